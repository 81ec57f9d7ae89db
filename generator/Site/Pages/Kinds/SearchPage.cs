namespace Portal.Site;

/// <summary>站内搜索: the form, its filters and where the index is; the results come from the index in the browser.</summary>
public sealed class SearchPage : SinglePageSource
{
    public const string Name = "search";

    public override string Kind => Name;
    public override int Order => 180;
    public override string Template => "search";
    protected override string? LandingSection => "search";
    public override string? NotSearchedBecause => "the search page itself";
    protected override string Path => Routes.Search;

    protected override Page Build(PageContext context) =>
        context.Page(this, Path, context.Title("search")) with
        {
            Description = context.Text.Page("search", "description"), Breadcrumbs = [context.Crumb("home")],
            Model = new SearchPageView
            {
                Tasks = context.TaskLinks, Types = context.Types, Years = context.Years, Departments = context.DepartmentOptions,
                CaseKinds = context.Site.CaseKinds.Where(k => k.Count > 0).Select(k => k.Name).ToList(),
                Media = CoverageFigures.Of(context.Site.Coverage).ByMedium.Where(c => c.Count > 0).Select(c => c.Name).ToList(), Outlets = context.Outlets, SitemapUrl = context.Urls.Href(Routes.SiteMap),
                IndexUrl = context.Urls.Href(context.SearchIndexPath ?? throw new InvalidOperationException("The search index path is set before the search page is made.")),
            },
        };
}

public sealed record SearchPageView
{
    public required IReadOnlyList<TaskLink> Tasks { get; init; }
    public required IReadOnlyList<TermCard> Types { get; init; }
    public required IReadOnlyList<TermCard> Years { get; init; }
    public required IReadOnlyList<DepartmentOption> Departments { get; init; }
    public required IReadOnlyList<string> CaseKinds { get; init; }
    /// <summary>The media and outlets of the coverage (媒体聚焦), for the 媒体类型 and 报道媒体 filters.</summary>
    public required IReadOnlyList<string> Media { get; init; }
    public required IReadOnlyList<string> Outlets { get; init; }
    public required string SitemapUrl { get; init; }
    public required string IndexUrl { get; init; }
}
