using System.Text.RegularExpressions;
using Portal.Outputs;
using Portal.Tests.Infrastructure;
using ZXing;

namespace Portal.Tests.Rendering;

/// <summary>Every QR code is decoded back with ZXing.Net, from the SVG file the site publishes.</summary>
public sealed partial class QrCodeTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-\d+z")]
    private static partial Regex Run();

    [GeneratedRegex(@"viewBox=""0 0 (\d+) \d+""")]
    private static partial Regex ViewBox();

    /// <summary>Rasterises our SVG (one path of horizontal runs) at 4 px per module and decodes it.</summary>
    public static string? Decode(string svg)
    {
        const int Scale = 4;
        var size = int.Parse(ViewBox().Match(svg).Groups[1].Value);
        var pixels = new byte[size * Scale * size * Scale];
        Array.Fill(pixels, (byte)255);
        foreach (Match run in Run().Matches(svg))
        {
            int x = int.Parse(run.Groups[1].Value), y = int.Parse(run.Groups[2].Value), w = int.Parse(run.Groups[3].Value);
            for (var py = y * Scale; py < (y + 1) * Scale; py++)
                for (var px = x * Scale; px < (x + w) * Scale; px++)
                    pixels[py * size * Scale + px] = 0;
        }
        var source = new RGBLuminanceSource(pixels, size * Scale, size * Scale, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric { Options = { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        return reader.Decode(source)?.Text;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(40)]
    [InlineData(80)]
    [InlineData(120)]
    [InlineData(180)]
    [InlineData(260)]
    [InlineData(400)]
    [InlineData(900)]
    public void Codes_of_every_size_decode_to_their_text(int length)
    {
        var text = "https://example.gov.cn/portal/" + new string('a', length) + "/" + length;
        Assert.Equal(text, Decode(QrCodeSvg.For(text)));
    }

    [Fact]
    public void Chinese_urls_decode()
    {
        var text = "https://example.gov.cn/tags/四好农村路/";
        Assert.Equal(text, Decode(QrCodeSvg.For(text)));
    }

    [Fact]
    public void The_published_story_qr_code_leads_to_the_story()
    {
        var path = "stories/2025/2025-02-25-notice-issued/";
        var svg = File.ReadAllText(site.File(path + "qr.svg"));
        Assert.Equal(new Uri(site.BaseUrl, path).AbsoluteUri, Decode(svg));
        var html = site.Read(path);
        Assert.Contains("qr.svg", html);
        Assert.Contains($"<link rel=\"canonical\" href=\"{new Uri(site.BaseUrl, path).AbsoluteUri}\">", html);
    }
}
