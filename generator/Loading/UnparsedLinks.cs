using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Loading;

/// <summary>
/// Image and link syntax Markdown left as text (a space in the address, a Chinese bracket): the page would show
/// "![培训现场](media/…)" to readers, so it is an error with the way to write it.
/// </summary>
public static partial class UnparsedLinks
{
    [GeneratedRegex(@"!?\[[^\]\n]*\][（(][^)）\n]*[)）]")]
    private static partial Regex LinkSyntax();

    public static void Report(MarkdownDocument document, string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (!text.Contains("](", StringComparison.Ordinal) && !text.Contains("]（", StringComparison.Ordinal)) return;
        var containers = document.Descendants<LeafBlock>().Where(b => b.Inline is not null)
            .SelectMany(b => b.Inline!.Descendants<ContainerInline>().Prepend(b.Inline!));
        var lines = new LineStarts(text);
        foreach (var container in containers)
        {
            var run = new StringBuilder();
            var positions = new List<Segment>();
            foreach (var inline in container)
            {
                if (inline is LiteralInline literal)
                {
                    // Literals made from an unmatched "[" carry no line; their offset in the text is right.
                    var content = literal.Content.ToString();
                    if (content.Length == 0) continue;
                    var (line, column) = lines.Position(literal.Span.Start);
                    positions.Add(new Segment(run.Length, line, column));
                    run.Append(content);
                    continue;
                }
                Check(run, positions, file, firstLine, diagnostics);
            }
            Check(run, positions, file, firstLine, diagnostics);
        }
    }

    /// <summary>Where a literal's text starts in the run of literals (<paramref name="At"/>) and in the file (zero-based).</summary>
    private readonly record struct Segment(int At, int Line, int Column);

    /// <summary>Zero-based line and column of an offset, by binary search over the line starts.</summary>
    private sealed class LineStarts(string text)
    {
        private readonly List<int> starts = Starts(text);

        private static List<int> Starts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
            return starts;
        }

        public (int Line, int Column) Position(int offset)
        {
            var line = starts.BinarySearch(offset);
            if (line < 0) line = ~line - 1;
            return (line, offset - starts[line]);
        }
    }

    private static void Check(StringBuilder run, List<Segment> positions, string file, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (Match m in LinkSyntax().Matches(run.ToString()))
        {
            var segment = positions.FindLast(p => p.At <= m.Index);
            var (line, column) = (segment.Line, segment.Column + m.Index - segment.At);
            var text = m.Value;
            var image = text.StartsWith('!');
            var what = image ? "图片" : "链接";
            var open = text.IndexOfAny(['(', '（'], text.IndexOf(']'));
            var label = text[(image ? 2 : 1)..text.IndexOf(']')];
            var address = text[(open + 1)..^1];
            // "[2025]（第3号）" is ordinary Chinese text; with Chinese brackets only an address counts.
            var chineseBrackets = text[open] == '（' || text[^1] == '）';
            if (chineseBrackets && !LooksLikeAddress(address)) continue;
            var (reason, fix) = address.Contains(' ') || address.Contains('\u3000')
                ? ("地址中有空格", $"请写成“{(image ? "!" : "")}[{label}](<{address}>)”（地址两边加尖括号），或把文件改名为不含空格的名字")
                : chineseBrackets
                    ? ("用了中文括号“（）”", $"请改用英文括号：“{(image ? "!" : "")}[{label}]({address})”")
                    : ("格式不完整", $"请检查方括号和圆括号是否成对，写成“{(image ? "!" : "")}[{label}](地址)”");
            diagnostics.Error(DiagnosticCodes.UnparsedLink, file, line + firstLine, column + 1,
                $"“{Shorten(text)}”没有成为{what}（{reason}），读者会在页面上看到这串符号。", fix + "。");
        }
        run.Clear();
        positions.Clear();
    }

    private static bool LooksLikeAddress(string address) =>
        address.StartsWith("media/", StringComparison.Ordinal) || address.StartsWith('/')
        || LinkSafety.IsWebAddress(address);

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
