namespace Portal.Site;

/// <summary>媒体聚焦: stories carried by newspapers, websites, television and new media, newest first, paginated.</summary>
public sealed class CoveragePages : PageSource<ListPage<bool>>
{
    public const string Name = "coverage";

    public override string Kind => Name;
    public override int Order => 120;
    public override string Template => "stories";
    public override Landing? Landing { get; } = new("coverage", Routes.Coverage);
    public override string Section => "stories";
    public override string? NotSearchedBecause => "a list of stories that are search documents themselves";

    protected override IEnumerable<(string Path, ListPage<bool> Route)> Addresses(SiteModel site) =>
        ListPage<bool>.IfAny(true, Routes.Coverage, site.Coverage);

    protected override Page Build(PageContext context, string path, ListPage<bool> route) =>
        Lists.Page(this, context, path, route, context.Title("coverage"), context.Text.Page("coverage", "description"),
            [context.Crumb("home"), context.Crumb("stories")], gallery: false, caseKinds: null);
}
