using Portal.Outputs;
using Portal.Tests.Infrastructure;
using StbImageSharp;
using ZXing;

namespace Portal.Tests.Outputs;

/// <summary>The PNG share code (the 公众号 copy's last picture), read back by an independent PNG decoder and ZXing.Net.</summary>
public sealed class QrCodePngTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    public static string? Decode(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.Grey);
        var source = new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric { Options = { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        return reader.Decode(source)?.Text;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(180)]
    [InlineData(900)]
    public void Codes_of_every_size_decode_to_their_text(int length)
    {
        var text = "https://example.gov.cn/portal/" + new string('a', length) + "/" + length;
        Assert.Equal(text, Decode(QrCodePng.For(text)));
    }

    [Fact]
    public void Each_story_has_its_code_as_a_png_beside_the_page_and_other_pages_do_not()
    {
        var path = "stories/2025/2025-02-25-notice-issued/";
        var png = File.ReadAllBytes(site.File(path + "qr.png"));
        Assert.Equal(new Uri(site.BaseUrl, path).AbsoluteUri, Decode(png));
        var image = ImageResult.FromMemory(png, ColorComponents.Grey);
        Assert.Equal(image.Width, image.Height);
        Assert.Equal(0, image.Width % QrCodePng.Scale);
        Assert.False(File.Exists(site.File("notice/qr.png")));
        Assert.True(File.Exists(site.File("notice/qr.svg")));
    }
}
