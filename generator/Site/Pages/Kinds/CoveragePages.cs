namespace Portal.Site;

/// <summary>
/// 媒体聚焦: the stories carried by newspapers, websites, television and new media, newest first, on one page, counted
/// per medium and per outlet (<see cref="CoverageFigures"/>, as the dispatch files count them). A figure links to the
/// page filtered to it (?medium=报纸, ?outlet=…), which theme/assets/js/coverage-filter.js applies; without a script the
/// whole list stays shown.
/// </summary>
public sealed class CoveragePages : SinglePageSource
{
    public const string Name = "coverage";

    public override string Kind => Name;
    public override int Order => 120;
    public override string Template => "coverage";
    protected override string Path => Routes.Coverage;
    protected override string? LandingSection => "coverage";
    public override string Section => "stories";
    public override string? NotSearchedBecause => "a list of stories that are search documents themselves; their medium and outlet are search facets";

    protected override bool HasContent(SiteModel site) => site.Coverage.Count > 0;

    protected override Page Build(PageContext context)
    {
        var site = context.Site;
        var figures = CoverageFigures.Of(site.Coverage);
        var url = context.Urls.Href(Routes.Coverage);
        var description = context.Text.Page("coverage", "description");
        CoverageFigureView Figure(CoverageCount count, string filter) => new()
        {
            Name = count.Name, Count = count.Count, FilterUrl = url + "?" + filter + "=" + Uri.EscapeDataString(count.Name),
        };
        return context.Dated(context.Page(this, Routes.Coverage, context.Title("coverage")), PageContext.NewestOf(site.Coverage)) with
        {
            Description = description, Breadcrumbs = [context.Crumb("home"), context.Crumb("stories")],
            Model = new CoverageView
            {
                Description = description, Total = figures.Total,
                Media = figures.ByMedium.Select(c => Figure(c, "medium")).ToList(),
                Outlets = figures.ByOutlet.Select(c => Figure(c, "outlet")).ToList(),
                Items = site.Coverage.Select(story => new CoverageItemView
                {
                    Url = story.Url, Title = story.Title, DateIso = story.DateIso, DateText = context.DateText(story.Date),
                    Summary = story.Summary, Outlet = story.SourceName, Medium = CoverageFigures.MediumOf(story) ?? "",
                    OriginalUrl = story.Source.Source?.Url?.Value,
                    OriginalDateText = story.Source.Source?.Date is { } d ? context.DateText(d) : null,
                }).ToList(),
            },
        };
    }
}

public sealed record CoverageView
{
    public required string Description { get; init; }
    public required int Total { get; init; }
    /// <summary>Every medium of the notice, in its order, zero counts included (the notice names all four).</summary>
    public required IReadOnlyList<CoverageFigureView> Media { get; init; }
    public required IReadOnlyList<CoverageFigureView> Outlets { get; init; }
    /// <summary>The coverage, newest first.</summary>
    public required IReadOnlyList<CoverageItemView> Items { get; init; }
}

/// <summary>A medium or an outlet with its count and the link that filters the page to it.</summary>
public sealed record CoverageFigureView
{
    public required string Name { get; init; }
    public required int Count { get; init; }
    public required string FilterUrl { get; init; }
}

/// <summary>One story of the coverage: its page here, and the original where the story gives its address.</summary>
public sealed record CoverageItemView
{
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string DateIso { get; init; }
    public required string DateText { get; init; }
    public required string Summary { get; init; }
    public required string Outlet { get; init; }
    public required string Medium { get; init; }
    public required string? OriginalUrl { get; init; }
    public required string? OriginalDateText { get; init; }
}
