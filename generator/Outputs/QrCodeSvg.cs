using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Portal.Outputs;

/// <summary>Share QR codes (WeChat users scan a page from a desktop screen) as small static SVG files.</summary>
/// <remarks>
/// Drawn as one path of horizontal runs: several times smaller than one rectangle per module. Written as ASCII bytes
/// straight into a buffer: a code is ~6 KB of digits, and a string builder would allocate it five times over.
/// </remarks>
public static class QrCodeSvg
{
    private const int QuietZone = 4;

    /// <summary>The longest path command for one run: "M177 177h177v1h-177z".</summary>
    private const int LongestRun = 20;

    public static string For(string absoluteUrl) => Encoding.ASCII.GetString(Draw(QrEncoder.Encode(absoluteUrl)));

    /// <summary>The SVG file of the symbol <paramref name="modules"/> ([y, x], true = dark) with the standard four-module quiet zone.</summary>
    public static byte[] Draw(bool[,] modules)
    {
        var size = modules.GetLength(0);
        var full = size + 2 * QuietZone;
        var buffer = ArrayPool<byte>.Shared.Rent(256 + size * (size / 2 + 1) * LongestRun);
        try
        {
            var svg = new Writer(buffer);
            svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "u8).Append(full).Append(' ').Append(full)
               .Append("\" shape-rendering=\"crispEdges\"><rect width=\""u8).Append(full).Append("\" height=\""u8).Append(full)
               .Append("\" fill=\"#fff\"/><path fill=\"#000\" d=\""u8);
            for (var y = 0; y < size; y++)
            {
                var x = 0;
                while (x < size)
                {
                    if (!modules[y, x]) { x++; continue; }
                    var start = x;
                    while (x < size && modules[y, x]) x++;
                    svg.Append('M').Append(start + QuietZone).Append(' ').Append(y + QuietZone)
                       .Append('h').Append(x - start).Append("v1h-"u8).Append(x - start).Append('z');
                }
            }
            svg.Append("\"/></svg>"u8);
            return buffer.AsSpan(0, svg.Length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Appends ASCII to a buffer known to be large enough (a class, so that chained calls share one length).</summary>
    private sealed class Writer(byte[] buffer)
    {
        public int Length { get; private set; }

        public Writer Append(ReadOnlySpan<byte> text)
        {
            text.CopyTo(buffer.AsSpan(Length));
            Length += text.Length;
            return this;
        }

        public Writer Append(char ascii)
        {
            buffer[Length++] = (byte)ascii;
            return this;
        }

        public Writer Append(int number)
        {
            Utf8Formatter.TryFormat(number, buffer.AsSpan(Length), out var written);
            Length += written;
            return this;
        }
    }
}
