using Portal.Site;

namespace Portal.Rendering;

/// <summary>One output page as the layout sees it.</summary>
public sealed class PageView
{
    /// <summary>Template in theme/layouts that renders the main content.</summary>
    public required string Template { get; init; }
    public required string Title { get; init; }
    public required string Path { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Names the page kind for CSS (body class) and tests.</summary>
    public required string Kind { get; init; }
    public string Url { get; set; } = "";
    public string CanonicalUrl { get; set; } = "";
    /// <summary>The top navigation entry this page belongs to, for aria-current.</summary>
    public string Section { get; init; } = "";
    public IReadOnlyList<Link> Breadcrumbs { get; init; } = [];
    /// <summary>The visible publish or update date: inspections count an undated item as never updated.</summary>
    public string? DateLabel { get; init; }
    public string? DateText { get; init; }
    public string? DateIso { get; init; }
    public string? QrUrl { get; set; }
    public string OpenGraphType { get; init; } = "website";
    public bool NoIndex { get; init; }
    public object? Model { get; init; }
    /// <summary>Fingerprint of the stories this page shows (see <see cref="PageInputs"/>); 0 for pages that show none.</summary>
    public ulong Inputs { get; init; }
    public Pagination? Pagination { get; init; }
    public string FullTitle { get; set; } = "";
}
