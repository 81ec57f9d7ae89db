using System.Text;

namespace Portal.Outputs;

/// <summary>Share QR codes (WeChat users scan a page from a desktop screen) as small static SVG files.</summary>
/// <remarks>Drawn as one path of horizontal runs: several times smaller than one rectangle per module.</remarks>
public static class QrCodeSvg
{
    private const int QuietZone = 4;

    public static string For(string absoluteUrl)
    {
        var modules = QrEncoder.Encode(absoluteUrl);
        var size = modules.GetLength(0);
        var full = size + 2 * QuietZone;
        var path = new StringBuilder(size * size / 2);
        for (var y = 0; y < size; y++)
        {
            var x = 0;
            while (x < size)
            {
                if (!modules[y, x]) { x++; continue; }
                var start = x;
                while (x < size && modules[y, x]) x++;
                path.Append('M').Append(start + QuietZone).Append(' ').Append(y + QuietZone)
                    .Append('h').Append(x - start).Append("v1h-").Append(x - start).Append('z');
            }
        }
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" shape-rendering=\"crispEdges\">"
             + $"<rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
