using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

public static class PageReader
{
    public const string Folder = "pages";

    /// <summary>Slugs the generator publishes itself; a page file may not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>
    {
        "notice", "mechanism", "tasks", "departments", "stories", "types", "tags", "search", "sitemap", "assets", "media",
    };

    public static Loaded<StaticPage> Read(ContentFiles files, string fullPath, DiagnosticBag diagnostics)
    {
        var relative = files.Relative(fullPath);
        var slug = Path.GetFileNameWithoutExtension(fullPath);
        var slugOk = DepartmentsReader.SlugPattern().IsMatch(slug) && !ReservedSlugs.Contains(slug);
        if (!slugOk)
        {
            diagnostics.Error(DiagnosticCodes.InvalidPageFileName, relative, 0, 0,
                ReservedSlugs.Contains(slug)
                    ? $"页面文件名“{slug}”与网站自带栏目重名。"
                    : $"页面文件名“{slug}.md”只能包含小写英文字母、数字和连字符。",
                "请改用其他英文文件名，例如“guide.md”，页面网址即为 /guide/。");
        }
        var file = MarkdownFile.Read(files, fullPath, PageFields.Document, diagnostics);
        if (file is null) return new(null, []);
        var fm = file.FrontMatter;
        var title = fm.String(PageFields.Title);
        var summary = fm.String(PageFields.Summary)?.Value ?? "";
        var updated = fm.Date(PageFields.Updated)?.Value;
        var interprets = fm.String(PageFields.Interprets);
        fm.ReportUnknownKeys();
        if (title is null || !slugOk) return new(null, fm.Written);
        return new(new StaticPage
        {
            SourceFile = relative,
            Slug = slug,
            Title = title.Value.Value,
            Summary = summary,
            Updated = updated,
            Interprets = interprets,
            Body = file.ParseBody(),
        }, fm.Written);
    }
}
