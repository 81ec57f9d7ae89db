using Portal.Diagnostics;

namespace Portal.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body, keeping line numbers of both.</summary>
public sealed record FrontMatterDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Splits "---\nyaml\n---\nbody". Returns null after reporting when the front matter is missing or unclosed.</summary>
    public static FrontMatterDocument? Split(string text, string file, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            var looksLikeYaml = lines.Length > 0 && lines[0].Contains(':');
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
            if (trimmed is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : "";
                return new FrontMatterDocument(yaml, 2, body, i + 2);
            }
        }
        diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, file, 1, 1,
            "元数据区（front matter）没有结束标记。",
            "请在最后一个字段（如 summary）之后单独加一行“---”，再写正文。");
        return null;
    }
}
