using System.Buffers;
using System.Text.RegularExpressions;
using Portal.Diagnostics;

namespace Portal.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body, keeping line numbers of both.</summary>
public sealed partial record FrontMatterDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    // What a Chinese input method gives for "---": em and en dashes, full-width hyphens, box lines, "一".
    private static readonly SearchValues<char> DashLike = SearchValues.Create("-—–－―─━‐‑‒ー一");

    // A line that can belong to front matter: a key, an indented or list line, a comment, or blank.
    [GeneratedRegex(@"^(\s*$|\s|-|#|[A-Za-z_][A-Za-z0-9_]*[ \u3000\t]*[:：])")]
    private static partial Regex YamlLikeLine();

    /// <summary>Splits "---\nyaml\n---\nbody". Returns null after reporting when the front matter is missing or unclosed.</summary>
    /// <remarks>A fence typed with Chinese dashes is reported (PORTAL0017) and still used, so the rest of the file is checked too.</remarks>
    public static FrontMatterDocument? Split(string text, string file, DiagnosticBag diagnostics)
    {
        // Line by line from the start, without splitting the whole text: only the front matter is scanned, and the
        // YAML and the body are each one substring of the text.
        var firstEnd = LineEnd(text, 0);
        var opening = text.AsSpan(0, firstEnd).TrimEnd();
        if (IsDashFence(opening)) ReportDashFence(opening.ToString(), 1, file, diagnostics);
        else if (!opening.SequenceEqual("---"))
        {
            var looksLikeYaml = text.AsSpan(0, firstEnd).Contains(':');
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, file, 1, 1,
                "文件开头缺少元数据区（front matter）。",
                looksLikeYaml
                    ? "请在文件第一行加上一行“---”，并在元数据结束处再加一行“---”。"
                    : "文件第一行必须是“---”，接着写 title、date 等字段，再用一行“---”结束，然后才是正文。可用 `new story` 命令生成模板。");
            return null;
        }
        var yamlStart = Math.Min(firstEnd + 1, text.Length);
        for (int start = yamlStart, line = 2; firstEnd < text.Length; line++)
        {
            var end = LineEnd(text, start);
            var trimmed = text.AsSpan(start, end - start).TrimEnd();
            var dashes = IsDashFence(trimmed);
            if (dashes) ReportDashFence(trimmed.ToString(), line, file, diagnostics);
            if (dashes || trimmed.SequenceEqual("---") || trimmed.SequenceEqual("..."))
            {
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                var body = end < text.Length ? text[(end + 1)..] : "";
                return new FrontMatterDocument(yaml, 2, body, line + 1);
            }
            if (end == text.Length) break;
            start = end + 1;
        }
        var lines = text.Split('\n');
        var expected = ExpectedEnd(lines);
        diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, file, expected, 1,
            $"元数据区（front matter）没有结束标记“---”：第 {expected} 行起看起来是正文。",
            $"请在最后一个字段之后、第 {expected} 行之前单独加一行“---”，再写正文。");
        return null;
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its '\n', or the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var at = text.IndexOf('\n', start);
        return at < 0 ? text.Length : at;
    }

    /// <summary>A line of dashes that is not "---": what "---" becomes with a Chinese input method on, or with one dash too many or few.</summary>
    public static bool IsDashFence(string trimmedLine) => IsDashFence(trimmedLine.AsSpan());

    private static bool IsDashFence(ReadOnlySpan<char> trimmedLine) =>
        trimmedLine.Length > 0 && !trimmedLine.SequenceEqual("---") && !trimmedLine.ContainsAnyExcept(DashLike)
        && (trimmedLine.Length > 1 || trimmedLine[0] is not ('-' or '一'));

    /// <summary>The line where unclosed front matter should have ended: the first line that cannot be YAML, where the body begins.</summary>
    private static int ExpectedEnd(string[] lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            if (!YamlLikeLine().IsMatch(lines[i])) return i + 1;
        }
        var last = lines.Length;
        while (last > 1 && lines[last - 1].Trim().Length == 0) last--;
        return last + 1;
    }

    private static void ReportDashFence(string line, int lineNumber, string file, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.DashFence, file, lineNumber, 1,
            $"第 {lineNumber} 行的“{line}”不是元数据区的分隔线：分隔线必须是三个英文减号“---”。",
            "中文输入法会把减号打成破折号“—”或全角“－”。请切换到英文输入法，把这一行改为“---”，或运行 `check --fix` 自动修正。");
}
