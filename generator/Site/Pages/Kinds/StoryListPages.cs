using Portal.Model;

namespace Portal.Site;

/// <summary>The story lists (工作动态): all stories, each year, each form (稿件类型) and each tag, paginated.</summary>
public sealed class StoryListPages : PageSource<ListPage<StoryListPages.Owner>>
{
    public enum List { All, Year, Type, Tag }

    /// <summary>Which list a page belongs to: all stories, or a year's, a type's or a tag's.</summary>
    public sealed record Owner(List List, TermEntry? Term);

    public const string Name = "stories";

    public override string Kind => Name;
    public override int Order => 90;
    public override string Template => "stories";
    public override Landing? Landing { get; } = new("stories", Routes.Stories);
    public override string? NotSearchedBecause => "lists of stories that are search documents themselves; years, types and tags are search filters";

    protected override IEnumerable<(string Path, ListPage<Owner> Route)> Addresses(SiteModel site) =>
        ListPage<Owner>.IfAny(new Owner(List.All, null), Routes.Stories, site.Stories)
            .Concat(site.Years.SelectMany(y => ListPage<Owner>.IfAny(new Owner(List.Year, y), y.Path, y.Stories)))
            .Concat(site.Types.SelectMany(t => ListPage<Owner>.IfAny(new Owner(List.Type, t), t.Path, t.Stories)))
            .Concat(site.Tags.SelectMany(t => ListPage<Owner>.IfAny(new Owner(List.Tag, t), t.Path, t.Stories)));

    protected override Page Build(PageContext context, string path, ListPage<Owner> route)
    {
        var text = context.Text;
        var term = route.Owner.Term;
        var home = context.Crumb("home");
        var (title, description, crumbs) = route.Owner.List switch
        {
            List.Year => (text.Page("year", "title", ("year", context.YearText(term!))), text.Page("year", "description", ("year", context.YearText(term!))),
                new[] { home, context.Crumb("stories") }),
            List.Type => (term!.Name, context.TypeDescription(term), new[] { home, context.Crumb("types") }),
            List.Tag => (text.Page("tag", "title", ("tag", term!.Name)), text.Page("tag", "description", ("tag", term.Name)),
                new[] { home, context.Crumb("tags") }),
            _ => (context.Title("stories"), text.Page("stories", "description"), new[] { home }),
        };
        var gallery = route.Owner.List == List.Type && term!.Name == StoryType.VideoTypeName;
        return Lists.Page(this, context, path, route, title, description, crumbs, gallery, caseKinds: null);
    }
}

/// <summary>What every story list page has: its title, its newest story's date, its cards and the year and type filters.</summary>
internal static class Lists
{
    public static Page Page<TOwner>(
        IPageSource source, PageContext context, string path, ListPage<TOwner> route, string title, string description,
        IReadOnlyList<Link> breadcrumbs, bool gallery, IReadOnlyList<TermCard>? caseKinds)
    {
        var (pagination, cards) = context.Slice(route);
        return context.Dated(context.Page(source, path, context.PagedTitle(title, pagination), pagination), PageContext.NewestOf(route.Stories)) with
        {
            Description = description, Breadcrumbs = breadcrumbs,
            Model = new StoryListView
            {
                Description = description, Stories = cards, Years = context.Years, Types = context.Types, IsGallery = gallery, CaseKinds = caseKinds,
            },
        };
    }
}

public sealed record StoryListView
{
    public required string Description { get; init; }
    public required IReadOnlyList<StoryCard> Stories { get; init; }
    public required IReadOnlyList<TermCard> Years { get; init; }
    public required IReadOnlyList<TermCard> Types { get; init; }
    /// <summary>Videos are shown as a gallery of posters.</summary>
    public bool IsGallery { get; init; }
    /// <summary>On the typical-case lists: 全部, 正面典型, 反面典型警示 with their counts.</summary>
    public IReadOnlyList<TermCard>? CaseKinds { get; init; }
}
