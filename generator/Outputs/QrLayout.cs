namespace Portal.Outputs;

/// <summary>
/// What every QR symbol of one version shares, worked out once: the function patterns, the modules the codeword bits
/// fill in order, and for each level and mask the mask pattern over the data modules together with the format bits.
/// Immutable once built, so all threads share it.
/// </summary>
/// <remarks>
/// Grids are bit-packed lines (see <see cref="QrMaskPenalty"/>), kept both as rows and as columns: choosing the mask
/// then costs a few hundred word operations per candidate instead of a pass over every module.
/// </remarks>
internal sealed class QrLayout
{
    /// <summary>Format-information bits of each level (L = 01, M = 00).</summary>
    private static readonly int[] FormatBits = [1, 0];

    private readonly int version;
    private readonly int size;
    private readonly int words;
    private readonly ulong[] functionRows;
    private readonly ulong[] functionColumns;
    private readonly int[] dataOrder;
    private readonly ulong[][] overlayRows = new ulong[16][]; // [level * 8 + mask]
    private readonly ulong[][] overlayColumns = new ulong[16][];

    public QrLayout(int version)
    {
        this.version = version;
        size = version * 4 + 17;
        words = (size + 63) >> 6;
        var modules = new byte[size * size]; // 1 = dark
        var function = new bool[size * size];
        var formatPositions = new int[30]; // format bit i at [i] and at [15 + i]
        void Set(int x, int y, bool isDark)
        {
            modules[y * size + x] = isDark ? (byte)1 : (byte)0;
            function[y * size + x] = true;
        }
        DrawFunctionPatterns(Set, formatPositions);
        (functionRows, functionColumns) = Pack(i => modules[i] != 0);
        dataOrder = DataOrder(function);
        for (var level = 0; level < FormatBits.Length; level++)
        {
            for (var mask = 0; mask < 8; mask++)
            {
                var overlay = new bool[size * size];
                for (var y = 0; y < size; y++)
                    for (var x = 0; x < size; x++)
                        overlay[y * size + x] = !function[y * size + x] && Inverts(mask, x, y);
                var format = FormatWord(FormatBits[level], mask);
                for (var i = 0; i < 15; i++) overlay[formatPositions[i]] = overlay[formatPositions[15 + i]] = ((format >> i) & 1) != 0;
                (overlayRows[level * 8 + mask], overlayColumns[level * 8 + mask]) = Pack(i => overlay[i]);
            }
        }
    }

    /// <summary>Places the codewords, picks the mask with the lowest penalty and returns the symbol, [y, x], true = dark.</summary>
    public bool[,] Draw(byte[] codewords, QrEncoder.Level level)
    {
        var rows = (ulong[])functionRows.Clone();
        var columns = (ulong[])functionColumns.Clone();
        var count = Math.Min(dataOrder.Length, codewords.Length * 8);
        for (var i = 0; i < count; i++)
        {
            if (((codewords[i >> 3] >> (7 - (i & 7))) & 1) == 0) continue;
            int x = dataOrder[i] & 0xFF, y = dataOrder[i] >> 8;
            rows[y * words + (x >> 6)] |= 1UL << (x & 63);
            columns[x * words + (y >> 6)] |= 1UL << (y & 63);
        }

        var candidateRows = new ulong[rows.Length];
        var candidateColumns = new ulong[rows.Length];
        var best = 0;
        var lowest = int.MaxValue;
        for (var mask = 0; mask < 8; mask++)
        {
            Xor(rows, overlayRows[(int)level * 8 + mask], candidateRows);
            Xor(columns, overlayColumns[(int)level * 8 + mask], candidateColumns);
            var penalty = QrMaskPenalty.Of(candidateRows, candidateColumns, size);
            if (penalty < lowest)
            {
                best = mask;
                lowest = penalty;
            }
        }
        Xor(rows, overlayRows[(int)level * 8 + best], candidateRows);
        var result = new bool[size, size];
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                result[y, x] = ((candidateRows[y * words + (x >> 6)] >> (x & 63)) & 1) != 0;
        return result;
    }

    private static void Xor(ulong[] a, ulong[] b, ulong[] into)
    {
        for (var i = 0; i < into.Length; i++) into[i] = a[i] ^ b[i];
    }

    private (ulong[] Rows, ulong[] Columns) Pack(Func<int, bool> isSet)
    {
        var rows = new ulong[size * words];
        var columns = new ulong[size * words];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!isSet(y * size + x)) continue;
                rows[y * words + (x >> 6)] |= 1UL << (x & 63);
                columns[x * words + (y >> 6)] |= 1UL << (y & 63);
            }
        }
        return (rows, columns);
    }

    private static bool Inverts(int mask, int x, int y) => mask switch
    {
        0 => ((x + y) & 1) == 0,
        1 => (y & 1) == 0,
        2 => x % 3 == 0,
        3 => (x + y) % 3 == 0,
        4 => ((x / 3 + y / 2) & 1) == 0,
        5 => (x * y & 1) + x * y % 3 == 0,
        6 => (((x * y & 1) + x * y % 3) & 1) == 0,
        _ => ((((x + y) & 1) + x * y % 3) & 1) == 0,
    };

    private static int FormatWord(int levelBits, int mask)
    {
        var data = levelBits << 3 | mask;
        var remainder = data;
        for (var i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        return (data << 10 | remainder) ^ 0x5412;
    }

    private void DrawFunctionPatterns(Action<int, int, bool> set, int[] formatPositions)
    {
        for (var i = 0; i < size; i++)
        {
            set(6, i, i % 2 == 0);
            set(i, 6, i % 2 == 0);
        }
        DrawFinder(set, 3, 3);
        DrawFinder(set, size - 4, 3);
        DrawFinder(set, 3, size - 4);
        var positions = AlignmentPositions();
        var n = positions.Length;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if ((i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0)) continue;
                for (var dy = -2; dy <= 2; dy++)
                    for (var dx = -2; dx <= 2; dx++)
                        set(positions[i] + dx, positions[j] + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
            }
        }
        // The format modules are reserved here; their bits depend on the level and mask (the overlays).
        void Format(int index, int x, int y)
        {
            set(x, y, false);
            formatPositions[index] = y * size + x;
        }
        for (var i = 0; i <= 5; i++) Format(i, 8, i);
        Format(6, 8, 7);
        Format(7, 8, 8);
        Format(8, 7, 8);
        for (var i = 9; i < 15; i++) Format(i, 14 - i, 8);
        for (var i = 0; i < 8; i++) Format(15 + i, size - 1 - i, 8);
        for (var i = 8; i < 15; i++) Format(15 + i, 8, size - 15 + i);
        set(8, size - 8, true);
        DrawVersion(set);
    }

    private void DrawVersion(Action<int, int, bool> set)
    {
        if (version < 7) return;
        var remainder = version;
        for (var i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
        var bits = version << 12 | remainder;
        for (var i = 0; i < 18; i++)
        {
            var bit = ((bits >> i) & 1) != 0;
            var a = size - 11 + i % 3;
            var b = i / 3;
            set(a, b, bit);
            set(b, a, bit);
        }
    }

    private void DrawFinder(Action<int, int, bool> set, int x, int y)
    {
        for (var dy = -4; dy <= 4; dy++)
        {
            for (var dx = -4; dx <= 4; dx++)
            {
                var distance = Math.Max(Math.Abs(dx), Math.Abs(dy));
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && xx < size && yy >= 0 && yy < size) set(xx, yy, distance != 2 && distance != 4);
            }
        }
    }

    private int[] AlignmentPositions()
    {
        if (version == 1) return [];
        var count = version / 7 + 2;
        var step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
        var result = new int[count];
        result[0] = 6;
        for (int i = count - 1, position = size - 7; i >= 1; i--, position -= step) result[i] = position;
        return result;
    }

    /// <summary>The data modules (y &lt;&lt; 8 | x) in the order codeword bits fill them: two-module columns zigzagging from the bottom right.</summary>
    private int[] DataOrder(bool[] function)
    {
        var order = new List<int>(size * size);
        for (var right = size - 1; right >= 1; right -= 2)
        {
            if (right == 6) right = 5;
            for (var vertical = 0; vertical < size; vertical++)
            {
                for (var j = 0; j < 2; j++)
                {
                    var x = right - j;
                    var upward = ((right + 1) & 2) == 0;
                    var y = upward ? size - 1 - vertical : vertical;
                    if (!function[y * size + x]) order.Add(y << 8 | x);
                }
            }
        }
        return [.. order];
    }
}
