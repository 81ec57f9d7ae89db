using System.Text.RegularExpressions;
using Portal.Diagnostics;

namespace Portal.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body, keeping line numbers of both.</summary>
public sealed partial record FrontMatterDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    // What a Chinese input method gives for "---": em and en dashes, full-width hyphens, box lines, "一".
    private const string DashLike = "-—–－―─━‐‑‒ー一";

    // A line that can belong to front matter: a key, an indented or list line, a comment, or blank.
    [GeneratedRegex(@"^(\s*$|\s|-|#|[A-Za-z_][A-Za-z0-9_]*[ \u3000\t]*[:：])")]
    private static partial Regex YamlLikeLine();

    /// <summary>Splits "---\nyaml\n---\nbody". Returns null after reporting when the front matter is missing or unclosed.</summary>
    /// <remarks>A fence typed with Chinese dashes is reported (PORTAL0017) and still used, so the rest of the file is checked too.</remarks>
    public static FrontMatterDocument? Split(string text, string file, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        var opening = lines[0].TrimEnd();
        if (IsDashFence(opening)) ReportDashFence(opening, 1, file, diagnostics);
        else if (opening != "---")
        {
            var looksLikeYaml = lines[0].Contains(':');
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, file, 1, 1,
                "文件开头缺少元数据区（front matter）。",
                looksLikeYaml
                    ? "请在文件第一行加上一行“---”，并在元数据结束处再加一行“---”。"
                    : "文件第一行必须是“---”，接着写 title、date 等字段，再用一行“---”结束，然后才是正文。可用 `new story` 命令生成模板。");
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            var dashes = IsDashFence(trimmed);
            if (dashes) ReportDashFence(trimmed, i + 1, file, diagnostics);
            if (dashes || trimmed is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : "";
                return new FrontMatterDocument(yaml, 2, body, i + 2);
            }
        }
        var end = ExpectedEnd(lines);
        diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, file, end, 1,
            $"元数据区（front matter）没有结束标记“---”：第 {end} 行起看起来是正文。",
            $"请在最后一个字段之后、第 {end} 行之前单独加一行“---”，再写正文。");
        return null;
    }

    /// <summary>A line of dashes that is not "---": what "---" becomes with a Chinese input method on, or with one dash too many or few.</summary>
    public static bool IsDashFence(string trimmedLine) =>
        trimmedLine.Length > 0 && trimmedLine != "---" && trimmedLine.All(c => DashLike.Contains(c))
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
