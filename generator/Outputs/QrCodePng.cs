using System.Buffers;
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

    /// <summary>Pixels per module: 8 gives 264–440 px codes, sharp on a phone and easy to scan from a screen, and at one bit
    /// per pixel makes each module exactly one byte of a pixel row.</summary>
    public const int Scale = 8;

    // Up (2) repeats the pixel row above; none (0) stores the row as it is.
    private const byte FilterNone = 0;
    private const byte FilterUp = 2;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>zlib-ng's level 2: a tenth of the CPU time of the smallest setting for a file ~1.4× its size (~650 bytes).</summary>
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 2 };

    public static byte[] For(string absoluteUrl) => Encode(QrEncoder.Encode(absoluteUrl));

    /// <summary>Dark modules black on white, with the standard four-module quiet zone.</summary>
    public static byte[] Encode(bool[,] modules)
    {
        var size = modules.GetLength(0);
        var side = size + 2 * QuietZone; // modules across, quiet zone included; also bytes per pixel row
        var pixels = side * Scale;
        var stride = side + 1; // each pixel row starts with its filter type
        // Pooled: the raw image (~15 KB) is needed only until it is compressed.
        var pooled = ArrayPool<byte>.Shared.Rent(stride * pixels);
        try
        {
            using var compressed = Compress(Raw(modules, pooled.AsSpan(0, stride * pixels), size, side, stride));
            return Png(pixels, compressed);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(pooled);
        }
    }

    private static ReadOnlySpan<byte> Raw(bool[,] modules, Span<byte> raw, int size, int side, int stride)
    {
        raw.Clear();
        for (var my = 0; my < side; my++)
        {
            // A module row's first pixel row is stored: bit depth 1, greyscale, so a light module is 0xFF, a dark one 0.
            var first = my * Scale * stride;
            raw[first] = FilterNone;
            raw.Slice(first + 1, side).Fill(0xFF);
            var y = my - QuietZone;
            if (y >= 0 && y < size)
            {
                for (var x = 0; x < size; x++)
                {
                    if (modules[y, x]) raw[first + 1 + QuietZone + x] = 0;
                }
            }
            // Its other pixel rows repeat it: filter "up" with all-zero differences, which deflate shrinks to almost nothing.
            for (var i = 1; i < Scale; i++) raw[first + i * stride] = FilterUp;
        }
        return raw;
    }

    private static MemoryStream Compress(ReadOnlySpan<byte> raw)
    {
        var compressed = new MemoryStream(1024);
        using (var zlib = new ZLibStream(compressed, Compression, leaveOpen: true)) zlib.Write(raw);
        return compressed;
    }

    private static byte[] Png(int pixels, MemoryStream compressed)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, pixels);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), pixels);
        header[8] = 1; // bit depth
        header[9] = 0; // greyscale; compression, filter and interlace methods stay 0
        using var png = new MemoryStream(Signature.Length + 3 * 12 + header.Length + (int)compressed.Length);
        png.Write(Signature);
        Chunk(png, "IHDR"u8, header);
        Chunk(png, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(type);
        png.Write(data);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        png.Write(number);
    }
}
