using System.Numerics;

namespace Portal.Outputs;

/// <summary>
/// The penalty score ISO/IEC 18004 uses to choose a QR symbol's mask (as Project Nayuki's reference computes it):
/// long runs of one colour, 2×2 blocks, finder-like 1:1:3:1:1 patterns and the dark/light balance.
/// </summary>
/// <remarks>
/// Works on bit-packed lines: line i (row i, or column i) is the words [i·w, (i+1)·w) with w = ⌈size / 64⌉, module j in
/// bit j % 64 of word j / 64, 1 = dark. Runs are found from the bits where a line changes colour, so a line costs its
/// number of runs, not its number of modules.
/// </remarks>
internal static class QrMaskPenalty
{
    public static int Of(ulong[] rows, ulong[] columns, int size)
    {
        var words = (size + 63) >> 6;
        var result = 0;
        var dark = 0;
        for (var i = 0; i < size; i++)
        {
            var row = rows.AsSpan(i * words, words);
            result += Line(row, size) + Line(columns.AsSpan(i * words, words), size);
            foreach (var word in row) dark += BitOperations.PopCount(word);
        }
        for (var y = 0; y < size - 1; y++) result += 3 * SameColourBlocks(rows.AsSpan(y * words, words), rows.AsSpan((y + 1) * words, words), size);
        var total = size * size;
        var k = (Math.Abs(dark * 20 - total * 10) + total - 1) / total - 1;
        return result + k * 10;
    }

    /// <summary>The 2×2 blocks of one colour whose top row is <paramref name="top"/>.</summary>
    private static int SameColourBlocks(ReadOnlySpan<ulong> top, ReadOnlySpan<ulong> bottom, int size)
    {
        var count = 0;
        for (var w = 0; w < top.Length; w++)
        {
            // Bit x of a "right" word is module x + 1.
            var topRight = top[w] >> 1 | (w + 1 < top.Length ? top[w + 1] << 63 : 0);
            var bottomRight = bottom[w] >> 1 | (w + 1 < bottom.Length ? bottom[w + 1] << 63 : 0);
            var same = ~((top[w] ^ topRight) | (top[w] ^ bottom[w]) | (top[w] ^ bottomRight));
            count += BitOperations.PopCount(same & Below(size - 1 - w * 64)); // blocks start at x < size − 1
        }
        return count;
    }

    /// <summary>The lowest <paramref name="bits"/> bits of a word (none when negative, all from 64 on).</summary>
    private static ulong Below(int bits) => bits <= 0 ? 0 : bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;

    /// <summary>Runs of five or more modules of one colour and finder-like patterns along one row or column.</summary>
    private static int Line(ReadOnlySpan<ulong> line, int size)
    {
        // Runs alternate light, dark, light, …, starting with a light run before module 0 (empty when module 0 is
        // dark): a run starts at each module that differs from the one before it, the module before 0 counting as light.
        // h0…h6 are the last seven run lengths, newest first (locals, so they stay in registers); the first run
        // includes the light border before the line, the last light run the one after it.
        int h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6;
        var result = 0;
        var start = 0;
        var isDark = false;
        var border = size;
        for (var w = 0; w < line.Length; w++)
        {
            var changes = (line[w] ^ (line[w] << 1 | (w > 0 ? line[w - 1] >> 63 : 0))) & Below(size - w * 64);
            while (changes != 0)
            {
                var at = w * 64 + BitOperations.TrailingZeroCount(changes);
                changes &= changes - 1;
                var run = at - start;
                if (run >= 5) result += run - 2; // 3 for five, 1 more for each module past five
                (h6, h5, h4, h3, h2, h1, h0) = (h5, h4, h3, h2, h1, h0, run + border);
                border = 0;
                if (!isDark) result += FinderPatterns(h0, h1, h2, h3, h4, h5, h6) * 40;
                start = at;
                isDark = !isDark;
            }
        }
        var last = size - start;
        if (last >= 5) result += last - 2;
        if (isDark)
        {
            (h6, h5, h4, h3, h2, h1, h0) = (h5, h4, h3, h2, h1, h0, last + border);
            border = 0;
            last = 0;
        }
        (h6, h5, h4, h3, h2, h1, h0) = (h5, h4, h3, h2, h1, h0, last + size + border);
        return result + FinderPatterns(h0, h1, h2, h3, h4, h5, h6) * 40;
    }

    /// <summary>Dark-light-dark(×3)-light-dark runs (h5…h1) with light of four modules on one side and one on the other: 0, 1 or 2.</summary>
    private static int FinderPatterns(int h0, int h1, int h2, int h3, int h4, int h5, int h6)
    {
        var n = h1;
        if (n == 0 || h2 != n || h3 != n * 3 || h4 != n || h5 != n) return 0;
        return (h0 >= n * 4 && h6 >= n ? 1 : 0) + (h6 >= n * 4 && h0 >= n ? 1 : 0);
    }
}
