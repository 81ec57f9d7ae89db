using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Model;

/// <summary>
/// The words of the notice reproduced as the original writes them although they are wrong (形动 for 行动), each
/// followed on the page by <paramref name="Mark"/> (〔原文如此〕) so a reader sees the mistake is the original's, not the
/// site's. The text itself is never changed. The words come from content (notice.md's sic), the mark from the theme.
/// </summary>
public sealed record SicMarks(IReadOnlyList<string> Words, string Mark)
{
    /// <summary>
    /// Where a mark follows in <paramref name="text"/>: the end of each occurrence of a word, scanning from the left
    /// without overlaps, the longest word first where two start at one place. Rendering and validation both ask here,
    /// so a word check accepts is a word the page marks.
    /// </summary>
    public static List<int> Ends(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        var ends = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            var longest = 0;
            foreach (var word in words)
            {
                if (word.Length > longest && text[i..].StartsWith(word, StringComparison.Ordinal)) longest = word.Length;
            }
            if (longest == 0) { i++; continue; }
            i += longest;
            ends.Add(i);
        }
        return ends;
    }

    /// <summary>How often <paramref name="word"/> is marked in <paramref name="blocks"/>' text (a word split by emphasis is not).</summary>
    public static int Count(IEnumerable<Block> blocks, string word)
    {
        if (word.Length == 0) return 0;
        var count = 0;
        foreach (var block in blocks)
        {
            var leaves = block is LeafBlock leaf ? [leaf] : block.Descendants<LeafBlock>();
            foreach (var inline in leaves.Select(l => l.Inline).OfType<ContainerInline>())
            {
                foreach (var literal in inline.Descendants<LiteralInline>()) count += Ends(literal.Content.AsSpan(), [word]).Count;
            }
        }
        return count;
    }
}
