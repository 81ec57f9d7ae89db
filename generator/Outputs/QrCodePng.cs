using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Portal.Outputs;

/// <summary>
/// A share QR code as a small greyscale PNG: the picture the 公众号 copy of a story ends with (WeChat's editor takes
/// PNG and JPEG from a public address, not SVG). A 1-bit image of a boolean matrix needs no image library: the
/// format is a signature, three chunks and a zlib stream (RFC 2083), written here in a few lines.
/// </summary>
public static class QrCodePng
{
    private const int QuietZone = 4;

    /// <summary>Pixels per module: 8 gives 264–440 px codes, sharp on a phone and easy to scan from a screen.</summary>
    public const int Scale = 8;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] For(string absoluteUrl) => Encode(QrEncoder.Encode(absoluteUrl));

    /// <summary>Dark modules black on white, with the standard four-module quiet zone.</summary>
    public static byte[] Encode(bool[,] modules)
    {
        var size = modules.GetLength(0);
        var pixels = (size + 2 * QuietZone) * Scale;
        var rowBytes = (pixels + 7) / 8;
        // Bit depth 1, greyscale: a set bit is white. Each row starts with filter type 0 (none).
        var raw = new byte[(rowBytes + 1) * pixels];
        for (var y = 0; y < pixels; y++)
        {
            var row = y * (rowBytes + 1);
            for (var x = 0; x < pixels; x++)
            {
                int mx = x / Scale - QuietZone, my = y / Scale - QuietZone;
                var dark = mx >= 0 && my >= 0 && mx < size && my < size && modules[my, mx];
                if (!dark) raw[row + 1 + x / 8] |= (byte)(0x80 >> (x % 8));
            }
        }
        using var png = new MemoryStream();
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, pixels);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), pixels);
        header[8] = 1; // bit depth
        header[9] = 0; // greyscale; compression, filter and interlace methods stay 0
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(raw);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = new byte[4 + data.Length];
        for (var i = 0; i < 4; i++) typeAndData[i] = (byte)type[i];
        data.CopyTo(typeAndData, 4);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.HashToUInt32(typeAndData));
        png.Write(number);
    }
}
