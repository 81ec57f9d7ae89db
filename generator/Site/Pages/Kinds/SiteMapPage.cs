namespace Portal.Site;

/// <summary>The HTML site map (网站地图): every section of theme.yml `siteMap` and every non-list page.</summary>
public sealed class SiteMapPage : SinglePageSource
{
    public const string Name = "sitemap";

    public override string Kind => Name;
    public override int Order => 160;
    public override string Template => "sitemap";
    protected override string? LandingSection => "sitemap";
    public override string? NotSearchedBecause => "an index of the pages that are searchable themselves";
    protected override string Path => Routes.SiteMap;

    protected override Page Build(PageContext context)
    {
        var site = context.Site;
        return context.Dated(context.Page(this, Path, context.Title("sitemap")), site.Newest) with
        {
            Description = context.Text.Page("sitemap", "description"), Breadcrumbs = [context.Crumb("home")],
            Model = new SiteMapView
            {
                Sections = context.Text.SiteMap.Where(context.HasPage).Select(k => new Link { Text = context.Title(k), Url = context.Urls.Href(PageSources.SectionPath(k)) }).ToList(),
                Tasks = context.TaskLinks,
                Departments = site.Departments.Select(context.DepartmentLinkOf).ToList(),
                Years = context.Years, Types = context.Types,
                Pages = site.Pages.Select(p => new Link { Text = p.Title, Url = p.Url }).ToList(),
            },
        };
    }
}

/// <summary>The HTML site map (网站地图): every section and every non-list page.</summary>
public sealed record SiteMapView
{
    public required IReadOnlyList<Link> Sections { get; init; }
    public required IReadOnlyList<TaskLink> Tasks { get; init; }
    public required IReadOnlyList<Link> Departments { get; init; }
    public required IReadOnlyList<TermCard> Years { get; init; }
    public required IReadOnlyList<TermCard> Types { get; init; }
    public required IReadOnlyList<Link> Pages { get; init; }
}
