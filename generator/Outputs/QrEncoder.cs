namespace Portal.Outputs;

/// <summary>
/// QR Code encoder (ISO/IEC 18004) for byte-mode text, after Project Nayuki's reference design.
/// Written here because QRCoder and ZXing.Net both take ~0.4 ms per code on this machine, 4 CPU-seconds of a
/// 10,000-story build; this one takes ~20 µs: what does not depend on the text (function patterns, the order codewords
/// are placed in, the eight mask patterns) is worked out once per version and reused. Tests decode every code with ZXing.Net.
/// </summary>
public static class QrEncoder
{
    public enum Level { Low = 0, Medium = 1 }

    // Per version 1–40 (index 0 unused), for levels L and M.
    private static readonly int[][] EccCodewordsPerBlock =
    [
        [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    ];

    private static readonly int[][] ErrorCorrectionBlocks =
    [
        [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    ];

    /// <summary>GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1: powers of 2 (twice over, so a sum of two logs needs no modulo) and logs.</summary>
    private static readonly byte[] Exp = PowersOfTwo();
    private static readonly byte[] Log = LogarithmsOf(Exp);

    private static readonly QrLayout?[] Layouts = new QrLayout?[41];
    private static readonly byte[]?[] Divisors = new byte[]?[31];

    private static byte[] PowersOfTwo()
    {
        var result = new byte[510];
        for (int i = 0, x = 1; i < 255; i++, x = x << 1 ^ (x >> 7) * 0x11D) result[i] = result[i + 255] = (byte)x;
        return result;
    }

    private static byte[] LogarithmsOf(byte[] powers)
    {
        var result = new byte[256];
        for (var i = 0; i < 255; i++) result[powers[i]] = (byte)i;
        return result;
    }

    /// <summary>The modules of the symbol, [y, x], true = dark, without quiet zone.</summary>
    public static bool[,] Encode(string text, Level level = Level.Medium)
    {
        var data = System.Text.Encoding.UTF8.GetBytes(text);
        var version = 1;
        for (; version <= 40; version++)
        {
            var countBits = version <= 9 ? 8 : 16;
            if (4 + countBits + data.Length * 8 <= DataCodewords(version, level) * 8 && data.Length < 1 << countBits) break;
        }
        if (version > 40) throw new ArgumentException("text too long for a QR code", nameof(text));

        var codewords = new byte[DataCodewords(version, level)];
        var bits = new BitWriter(codewords);
        bits.Append(0b0100, 4);
        bits.Append(data.Length, version <= 9 ? 8 : 16);
        foreach (var b in data) bits.Append(b, 8);
        var capacity = codewords.Length * 8;
        bits.Append(0, Math.Min(4, capacity - bits.Length));
        bits.Append(0, (8 - bits.Length % 8) % 8);
        for (var pad = 0xEC; bits.Length < capacity; pad ^= 0xEC ^ 0x11) bits.Append(pad, 8);

        var layout = LayoutOf(version);
        return layout.Draw(AddEccAndInterleave(codewords, version, level), level);
    }

    private static QrLayout LayoutOf(int version) =>
        // Two threads may both build a layout the first time: the same one, so either may win.
        Layouts[version] ??= new QrLayout(version);

    private static int RawDataModules(int version)
    {
        var result = (16 * version + 128) * version + 64;
        if (version >= 2)
        {
            var alignments = version / 7 + 2;
            result -= (25 * alignments - 10) * alignments - 55;
            if (version >= 7) result -= 36;
        }
        return result;
    }

    private static int DataCodewords(int version, Level level) =>
        RawDataModules(version) / 8 - EccCodewordsPerBlock[(int)level][version] * ErrorCorrectionBlocks[(int)level][version];

    private static byte[] AddEccAndInterleave(byte[] data, int version, Level level)
    {
        var blocks = ErrorCorrectionBlocks[(int)level][version];
        var eccLength = EccCodewordsPerBlock[(int)level][version];
        var raw = RawDataModules(version) / 8;
        var shortBlocks = blocks - raw % blocks;
        var shortLength = raw / blocks;
        var divisor = Divisors[eccLength] ??= ReedSolomonDivisor(eccLength);
        var all = new byte[blocks * (shortLength + 1)];
        for (int i = 0, k = 0; i < blocks; i++)
        {
            var length = shortLength - eccLength + (i < shortBlocks ? 0 : 1);
            var block = all.AsSpan(i * (shortLength + 1), shortLength + 1);
            data.AsSpan(k, length).CopyTo(block);
            // Short blocks get a placeholder byte so all blocks line up for interleaving.
            ReedSolomonRemainder(data.AsSpan(k, length), divisor, block.Slice(shortLength + 1 - eccLength));
            k += length;
        }
        var result = new byte[raw];
        var at = 0;
        for (var i = 0; i < shortLength + 1; i++)
        {
            for (var j = 0; j < blocks; j++)
            {
                if (i != shortLength - eccLength || j >= shortBlocks) result[at++] = all[j * (shortLength + 1) + i];
            }
        }
        return result;
    }

    private static byte[] ReedSolomonDivisor(int degree)
    {
        var result = new byte[degree];
        result[degree - 1] = 1;
        var root = 1;
        for (var i = 0; i < degree; i++)
        {
            for (var j = 0; j < degree; j++)
            {
                result[j] = Multiply(result[j], root);
                if (j + 1 < degree) result[j] ^= result[j + 1];
            }
            root = Multiply(root, 0x02);
        }
        return result;
    }

    /// <summary>The remainder of the data polynomial divided by the divisor, into <paramref name="result"/> (its length is the divisor's).</summary>
    private static void ReedSolomonRemainder(ReadOnlySpan<byte> data, byte[] divisor, Span<byte> result)
    {
        result.Clear();
        foreach (var b in data)
        {
            var factor = b ^ result[0];
            result[1..].CopyTo(result);
            result[^1] = 0;
            if (factor == 0) continue;
            var logFactor = Log[factor];
            for (var i = 0; i < result.Length; i++)
            {
                if (divisor[i] != 0) result[i] ^= Exp[Log[divisor[i]] + logFactor];
            }
        }
    }

    /// <summary>Multiplication in GF(2^8).</summary>
    private static byte Multiply(int x, int y) => x == 0 || y == 0 ? (byte)0 : Exp[Log[x] + Log[y]];

    /// <summary>Appends bits, most significant first, straight into the codeword bytes.</summary>
    private ref struct BitWriter(byte[] bytes)
    {
        public int Length { get; private set; }

        public void Append(int value, int count)
        {
            for (var i = count - 1; i >= 0; i--, Length++)
            {
                if (((value >> i) & 1) != 0) bytes[Length >> 3] |= (byte)(0x80 >> (Length & 7));
            }
        }
    }
}
