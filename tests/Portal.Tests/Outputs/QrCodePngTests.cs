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
    public void Every_pixel_is_its_module_scaled_up_inside_a_four_module_light_border()
    {
        var text = "https://gansu-transport.github.io/portal/stories/2025/2025-02-25-notice-issued/";
        var modules = QrEncoder.Encode(text);
        var image = ImageResult.FromMemory(QrCodePng.For(text), ColorComponents.Grey);
        var side = modules.GetLength(0) + 8;
        Assert.Equal(side * QrCodePng.Scale, image.Width);
        Assert.Equal(side * QrCodePng.Scale, image.Height);
        for (var py = 0; py < image.Height; py++)
        {
            for (var px = 0; px < image.Width; px++)
            {
                int x = px / QrCodePng.Scale - 4, y = py / QrCodePng.Scale - 4;
                var dark = x >= 0 && y >= 0 && x < side - 8 && y < side - 8 && modules[y, x];
                Assert.True(image.Data[py * image.Width + px] == (dark ? 0 : 255), $"pixel ({px}, {py})");
            }
        }
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
