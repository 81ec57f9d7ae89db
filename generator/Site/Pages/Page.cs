namespace Portal.Site;

/// <summary>
/// One HTML page of the site, ready to render: its route, kind, title, place in the site and its view model.
/// Immutable; the templates see it as `page` and its model as `page.model`.
/// </summary>
public sealed record Page
{
    /// <summary>Template in theme/layouts that renders the main content.</summary>
    public required string Template { get; init; }
    /// <summary>Names the page kind for CSS (body class), tests and the outputs (which kinds get a QR code).</summary>
    public required string Kind { get; init; }
    /// <summary>Site path ("stories/2025/x/"); <see cref="Url"/> is its link under the base path.</summary>
    public required string Path { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string Title { get; init; }
    /// <summary>The title in the browser tab: the page's, then the site's short title.</summary>
    public required string FullTitle { get; init; }
    public string Description { get; init; } = "";
    /// <summary>The top navigation entry this page belongs to, for aria-current.</summary>
    public string Section { get; init; } = "";
    public IReadOnlyList<Link> Breadcrumbs { get; init; } = [];
    /// <summary>The visible publish or update date: inspections count an undated item as never updated.</summary>
    public string? DateLabel { get; init; }
    public string? DateText { get; init; }
    public string? DateIso { get; init; }
    /// <summary>Link of the page's share QR code (pages people forward), or null.</summary>
    public string? QrUrl { get; init; }
    public string OpenGraphType { get; init; } = "website";
    /// <summary>The page's own picture (a story's first), or null: share cards (og:image) and the poster show it.</summary>
    public SharePicture? Picture { get; init; }
    /// <summary>The page offers 生成分享海报 (story and task pages).</summary>
    public bool Poster { get; init; }
    /// <summary>Kept out of search engines and the sitemap (the 404 page).</summary>
    public bool NoIndex { get; init; }
    public Pagination? Pagination { get; init; }
    /// <summary>The column the page belongs to (栏目标签), or null for the 404 page, which belongs to none.</summary>
    public ColumnMetadata? Column { get; init; }
    /// <summary>The 内容页标签 of a story, task or notice page; null on the other pages.</summary>
    public ArticleMetadata? Article { get; init; }
    public required object Model { get; init; }
}
