namespace Portal.Site;

/// <summary>
/// One page kind as a unit: the paths it publishes, the pages it makes there, and what it adds to the search index.
/// The page tree, the known paths of the link check, the section addresses and the tests' lists of page kinds all
/// ask the sources (<see cref="PageSources.All"/>, which finds every implementation), so a kind is declared in one
/// place: its source file, which also holds its name (a constant `Name`) and its view.
/// </summary>
public interface IPageSource
{
    /// <summary>The kind's name (its source's constant `Name`): the page's body class, and how tests find a page of the kind.</summary>
    string Kind { get; }

    /// <summary>Where the kind's pages and search documents come in the site's lists (sitemap.xml, the index): ascending.</summary>
    int Order { get; }

    /// <summary>The layout in theme/layouts/ that renders its main content.</summary>
    string Template { get; }

    /// <summary>The theme.yml section whose address is this kind's first page (a list's landing page), or null.</summary>
    Landing? Landing { get; }

    /// <summary>The top navigation entry (theme.yml section) its pages belong to, for aria-current.</summary>
    string Section { get; }

    /// <summary>The kind's pages get a share QR code (the pages people forward, not list pages).</summary>
    bool Shared { get; }

    /// <summary>Why the kind has no search documents, or null when it has them: every kind makes the decision.</summary>
    string? NotSearchedBecause { get; }

    /// <summary>Every site path of the kind, from the site model alone (the link check knows them before pages exist).</summary>
    IEnumerable<string> Paths(SiteModel site);

    /// <summary>The kind's pages, one per path of <see cref="Paths"/>, in the same order.</summary>
    IEnumerable<Page> Pages(PageContext context);

    /// <summary>The kind's searchable units (empty when <see cref="NotSearchedBecause"/> says why).</summary>
    IEnumerable<SearchDocument> SearchDocuments(PageContext context);
}

/// <summary>
/// A page kind whose paths and pages come from one list of routes, so the two can never disagree: <typeparamref name="TRoute"/>
/// carries what one page needs (a story, a page of a list).
/// </summary>
public abstract class PageSource<TRoute> : IPageSource
{
    public abstract string Kind { get; }
    public abstract int Order { get; }
    public abstract string Template { get; }
    public virtual Landing? Landing => null;
    public virtual string Section => Landing?.Section ?? "";
    public virtual bool Shared => false;
    public virtual string? NotSearchedBecause => null;

    /// <summary>The kind's addresses: a site path and what its page there is made from.</summary>
    protected abstract IEnumerable<(string Path, TRoute Route)> Addresses(SiteModel site);

    /// <summary>The page at <paramref name="path"/>.</summary>
    protected abstract Page Build(PageContext context, string path, TRoute route);

    public IEnumerable<string> Paths(SiteModel site) => Addresses(site).Select(r => r.Path);

    public IEnumerable<Page> Pages(PageContext context) => Addresses(context.Site).Select(r => Build(context, r.Path, r.Route));

    public virtual IEnumerable<SearchDocument> SearchDocuments(PageContext context) => [];
}

/// <summary>A kind with one page at a fixed path (home, notice, the index pages).</summary>
public abstract class SinglePageSource : PageSource<bool>
{
    protected abstract string Path { get; }

    /// <summary>The theme.yml section this page is the address of, if any.</summary>
    protected virtual string? LandingSection => null;

    public sealed override Landing? Landing => LandingSection is { } section ? new Landing(section, Path) : null;

    /// <summary>False when the page would list nothing (an index of tags without tags): it is then not built.</summary>
    protected virtual bool HasContent(SiteModel site) => true;

    protected sealed override IEnumerable<(string Path, bool Route)> Addresses(SiteModel site) => HasContent(site) ? [(Path, true)] : [];

    protected sealed override Page Build(PageContext context, string path, bool route) => Build(context);

    protected abstract Page Build(PageContext context);
}

/// <summary>Page <see cref="Number"/> of a story list that belongs to <see cref="Owner"/> (a task, a year, a tag…).</summary>
public sealed record ListPage<TOwner>(TOwner Owner, string ListPath, IReadOnlyList<StoryEntry> Stories, int Number)
{
    /// <summary>
    /// Every page of an owner's page with its stories (a task, a department): an owner without stories still has its
    /// page, which shows the empty state.
    /// </summary>
    public static IEnumerable<(string Path, ListPage<TOwner> Route)> All(TOwner owner, string listPath, IReadOnlyList<StoryEntry> stories)
    {
        var count = Pagination.PageCount(stories.Count);
        for (var p = 1; p <= count; p++) yield return (Routes.Paged(listPath, p), new ListPage<TOwner>(owner, listPath, stories, p));
    }

    /// <summary>
    /// Every page of a story list (a year, a form, a tag, the cases, the coverage): a list without stories has no page
    /// at all, so nothing can link to an empty column (inspections count 空白栏目 against a site; `check` warns).
    /// </summary>
    public static IEnumerable<(string Path, ListPage<TOwner> Route)> IfAny(TOwner owner, string listPath, IReadOnlyList<StoryEntry> stories) =>
        stories.Count > 0 ? All(owner, listPath, stories) : [];
}

/// <summary>A theme.yml section (navigation, site map, footer, breadcrumbs) and the address it links to.</summary>
public sealed record Landing(string Section, string Path);
