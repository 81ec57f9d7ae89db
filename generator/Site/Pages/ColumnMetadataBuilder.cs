using Portal.Model;

namespace Portal.Site;

/// <summary>
/// Gives every page its column (栏目标签, docs/page-metadata.md) once all pages exist: a page's column is the section its
/// kind lands on (典型案例, 工作进展…), else its navigation section; a static page is a column of its own. The column is
/// described by its landing page, so the metadata says what that page says.
/// </summary>
internal static class ColumnMetadataBuilder
{
    /// <summary>The theme.yml column words of a static page (关于本站…), which has no section of its own.</summary>
    private const string StaticPageColumn = "page";

    public static List<Page> Attach(List<Page> pages, PageContext context)
    {
        var byPath = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in pages) byPath.TryAdd(page.Path, page);
        var landingOf = PageSources.All.ToDictionary(s => s.Kind, s => s.Landing?.Section, StringComparer.Ordinal);
        var columns = new Dictionary<string, ColumnMetadata>(StringComparer.Ordinal);
        var attached = new List<Page>(pages.Count);
        foreach (var page in pages)
        {
            var section = landingOf[page.Kind] ?? page.Section;
            if (section.Length == 0)
            {
                attached.Add(page); // the 404 page belongs to no column
                continue;
            }
            if (!columns.TryGetValue(section, out var column))
                columns[section] = column = Column(context, section, page, byPath);
            attached.Add(page with { Column = column });
        }
        return attached;
    }

    private static ColumnMetadata Column(PageContext context, string section, Page page, Dictionary<string, Page> byPath)
    {
        var text = context.Text;
        if (!PageSources.Sections.Contains(section))
        {
            // A static page: its own title and summary describe it.
            return new ColumnMetadata
            {
                Name = page.Title, Description = page.Description,
                Keywords = text.Word(ThemeKeys.ColumnKeywords.Of(StaticPageColumn), ("title", page.Title)),
                Type = text.Word(ThemeKeys.ColumnTypes.Of(StaticPageColumn)),
            };
        }
        var landing = byPath.GetValueOrDefault(PageSources.SectionPath(section));
        return new ColumnMetadata
        {
            Name = context.Title(section),
            Description = landing?.Description is { Length: > 0 } description ? description : page.Description,
            Keywords = text.Word(ThemeKeys.ColumnKeywords.Of(section)),
            Type = text.Word(ThemeKeys.ColumnTypes.Of(section)),
        };
    }
}
