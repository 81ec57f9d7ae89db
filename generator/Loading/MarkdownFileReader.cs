using Portal.Diagnostics;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

/// <summary>A Markdown file with front matter, read and split, ready for a typed reader.</summary>
public sealed record MarkdownFile(string RelativePath, YamlMap FrontMatter, FrontMatterDocument Parts, DiagnosticBag Diagnostics)
{
    public static MarkdownFile? Read(ContentFiles files, string fullPath, ContentDocument document, DiagnosticBag diagnostics)
    {
        var relative = files.Relative(fullPath);
        var text = SourceText.Read(fullPath, relative, diagnostics);
        if (text is null) return null;
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, relative, 1, 1,
                "文件是空的。", "请补全元数据和正文，或删除这个文件。可用 `new story` 命令生成模板。");
            return null;
        }
        var parts = FrontMatterDocument.Split(text, relative, diagnostics);
        if (parts is null) return null;
        var map = YamlSource.ParseMapping(parts.Yaml, relative, parts.YamlFirstLine, document.Fields, diagnostics);
        return map is null ? null : new MarkdownFile(relative, map, parts, diagnostics);
    }

    public Model.MarkdownSource ParseBody() => MarkdownParser.Parse(Parts.Body, RelativePath, Parts.BodyFirstLine, Diagnostics);
}
