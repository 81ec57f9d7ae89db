namespace Portal.Model;

/// <summary>
/// A list item as Word or a Chinese input method writes it: several items joined by Chinese separators, and items
/// wrapped in quotes that YAML does not take as quotes. The validator reports them and `check --fix` repairs them
/// from the same reading, so the message and the fix cannot disagree.
/// </summary>
public static class PastedListItems
{
    /// <summary>The Chinese separators an editor types between items: comma, enumeration comma, semicolon.</summary>
    public static readonly char[] Separators = ['，', '、', '；'];

    // Curly quotes and corner brackets (U+300C, U+300E and their closing pairs), then straight quotes.
    private const string Opening = "“”‘’\u300C\u300E\"'";
    private const string Closing = "“”‘’\u300D\u300F\"'";

    /// <summary>One piece of an item: its text without quotes, as written (trimmed), where it starts in the item, and whether quotes wrapped it.</summary>
    public readonly record struct Piece(string Text, string Written, int Offset, bool WasQuoted);

    public static bool HasSeparator(string item) => item.AsSpan().IndexOfAny(Separators) >= 0;

    /// <summary>The separators <paramref name="item"/> holds, each once, in the order of <see cref="Separators"/>.</summary>
    public static IReadOnlyList<char> SeparatorsIn(string item) => Separators.Where(item.Contains).ToList();

    /// <summary>The pieces of <paramref name="item"/> split at Chinese separators, trimmed, quotes taken off; empty pieces dropped.</summary>
    public static IReadOnlyList<Piece> Split(string item)
    {
        var pieces = new List<Piece>();
        var start = 0;
        for (var i = 0; i <= item.Length; i++)
        {
            if (i < item.Length && !Separators.Contains(item[i])) continue;
            var raw = item[start..i];
            var text = raw.Trim();
            if (text.Length > 0)
            {
                var offset = start + raw.IndexOf(text, StringComparison.Ordinal);
                var unquoted = Unquoted(text);
                pieces.Add(new Piece(unquoted ?? text, text, offset, unquoted is not null));
            }
            start = i + 1;
        }
        return pieces;
    }

    /// <summary>True when the item needs a repair: it joins several items, or quotes wrap it or one of its pieces.</summary>
    public static bool NeedsRepair(string item) => HasSeparator(item) || Split(item).Any(p => p.WasQuoted);

    /// <summary>The text inside a pair of quotes wrapping all of <paramref name="text"/>, or null when none does.</summary>
    private static string? Unquoted(string text)
    {
        if (text.Length < 3) return null;
        var open = Opening.IndexOf(text[0], StringComparison.Ordinal);
        var close = Closing.IndexOf(text[^1], StringComparison.Ordinal);
        if (open < 0 || close < 0) return null;
        // Curly quotes pair with any curly quote (Word and input methods mix them up); a straight quote only with itself.
        var straight = text[0] is '"' or '\'';
        if (straight && text[^1] != text[0]) return null;
        if (!straight && text[^1] is '"' or '\'') return null;
        var inner = text[1..^1].Trim();
        return inner.Length == 0 ? null : inner;
    }
}
