using Portal.Model;

namespace Portal.Site;

/// <summary>The typical cases (典型案例): all cases, then 正面典型 and 反面典型警示, paginated, with the kinds as a filter.</summary>
public sealed class CaseListPages : PageSource<ListPage<TermEntry?>>
{
    public const string Name = "cases";

    public override string Kind => Name;
    public override int Order => 110;
    public override string Template => "stories";
    public override Landing? Landing { get; } = new("cases", Routes.Cases);
    public override string Section => "stories";
    public override string? NotSearchedBecause => "lists of stories that are search documents themselves; the case kind is a search filter";

    protected override IEnumerable<(string Path, ListPage<TermEntry?> Route)> Addresses(SiteModel site) =>
        ListPage<TermEntry?>.IfAny(null, Routes.Cases, site.Cases)
            .Concat(site.CaseKinds.SelectMany(k => ListPage<TermEntry?>.IfAny(k, k.Path, k.Stories)));

    protected override Page Build(PageContext context, string path, ListPage<TermEntry?> route)
    {
        var text = context.Text;
        var kinds = new[] { new TermCard { Name = text.Label("allCases"), Url = context.Urls.Href(Routes.Cases), Count = context.Site.Cases.Count, Description = "" } }
            .Concat(context.Site.CaseKinds.Where(k => k.Count > 0).Select(k => new TermCard { Name = Title(context, k.Name), Url = k.Url, Count = k.Count, Description = "" }))
            .ToList();
        var home = context.Crumb("home");
        return route.Owner is { } kind
            ? Lists.Page(this, context, path, route, text.Page(Key(kind.Name), "title"), text.Page(Key(kind.Name), "description"),
                [home, context.Crumb("cases")], gallery: false, kinds)
            : Lists.Page(this, context, path, route, context.Title("cases"), text.Page("cases", "description"),
                [home, context.Crumb("stories")], gallery: false, kinds);
    }

    /// <summary>正面典型 or 反面典型警示, as theme.yml words them.</summary>
    public static string Title(PageContext context, string kind) => context.Text.Page(Key(kind), "title");

    private static string Key(string kind) => kind == CaseKinds.Positive ? "positiveCases" : "negativeCases";
}
