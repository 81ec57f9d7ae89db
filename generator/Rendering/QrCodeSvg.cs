using QRCoder;

namespace Portal.Rendering;

/// <summary>Share QR codes (WeChat users scan a page from a desktop screen) as small static SVG files.</summary>
public static class QrCodeSvg
{
    public static string For(string absoluteUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(absoluteUrl, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
