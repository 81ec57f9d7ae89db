using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Site;

/// <summary>
/// What every page source shares while the page tree is made: the site model, the theme's words, and the cards and
/// links that many pages show, each made once (a 10,000-story update builds every page's model again).
/// </summary>
public sealed class PageContext
{
    private readonly StoryCard[] cards;
    private readonly Dictionary<TaskEntry, TaskCard> taskCards;
    private readonly Dictionary<TaskEntry, TaskLink> taskLinks;
    private readonly Dictionary<DepartmentEntry, Link> departmentLinks;
    private readonly Dictionary<DepartmentEntry, int> departmentIndex;
    private readonly Dictionary<string, Link> crumbs = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Link> yearCrumbs = [];
    private readonly string fullTitlePattern;

    public PageContext(SiteModel site, ThemeText text)
    {
        Site = site;
        Text = text;
        Urls = site.Urls;
        cards = site.Stories.Select(Card).ToArray();
        departmentLinks = site.Departments.ToDictionary(d => d, d => new Link { Text = d.Name, Url = d.Url });
        departmentIndex = site.Departments.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        taskLinks = site.Tasks.ToDictionary(t => t, t => new TaskLink { Number = t.Number, Title = t.Title, Url = t.Url });
        taskCards = site.Tasks.ToDictionary(t => t, t => new TaskCard
        {
            Number = t.Number, Title = t.Title, Url = t.Url, Summary = t.Summary, LeadText = t.LeadText,
            Leads = t.WrittenLeads.Select(l => l.Department is { } d ? departmentLinks[d] : new Link { Text = l.Written, Url = "" }).ToList(),
            StoryCount = t.Stories.Count,
            Latest = t.Latest is null ? null : CardOf(t.Latest),
        });
        fullTitlePattern = text.Label("fullTitle", ("site", site.Config.ShortTitle));
        Years = site.Years.Select(y => Term(y) with { Name = YearText(y) }).ToList();
        // Only forms with stories: a filter entry must not lead to a list that is not built.
        Types = site.Types.Where(t => t.Count > 0).Select(t => Term(t) with { Description = TypeDescription(t) }).ToList();
        TaskLinks = site.Tasks.Select(t => taskLinks[t]).ToList();
        DepartmentOptions = site.Departments.Select(d => new DepartmentOption { Slug = d.Slug, Name = d.Name, OtherNames = d.SearchNames.Skip(1).ToList() }).ToList();
        NoticeDate = site.Notice.PublishDate ?? site.Notice.IssueDate ?? site.Newest;
        NewMedia = NewMediaOf(site, text);
        Outlets = site.Coverage.Select(s => s.SourceName).Distinct().Order(StringComparer.Ordinal).ToList();
        outletIndex = Outlets.Select((o, i) => (o, i)).ToDictionary(x => x.o, x => x.i, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> outletIndex;

    /// <summary>The outlets of the media coverage, by name (the search page's 报道媒体 filter and the index's facet values).</summary>
    public IReadOnlyList<string> Outlets { get; }

    /// <summary>A story's medium and outlet as search facet values (positions in their lists), or nulls when it is not media coverage.</summary>
    public (int? Medium, int? Outlet) CoverageFacetsOf(StoryEntry story)
    {
        if (!story.IsCoverage || CoverageFigures.MediumOf(story) is not { } medium) return (null, null);
        var m = Model.MediaOutlets.All.ToList().IndexOf(medium);
        return (m < 0 ? null : m, outletIndex[story.SourceName]);
    }

    public SiteModel Site { get; }
    public ThemeText Text { get; }
    public SiteUrls Urls { get; }
    public IReadOnlyList<TermCard> Years { get; }
    public IReadOnlyList<TermCard> Types { get; }
    /// <summary>The key tasks in the notice's order, as links (also the search manifest's task filter).</summary>
    public IReadOnlyList<TaskLink> TaskLinks { get; }
    /// <summary>The departments as the search filter names them.</summary>
    public IReadOnlyList<DepartmentOption> DepartmentOptions { get; }
    /// <summary>Folder of the search index: named after the search documents, so it is known once they are collected.</summary>
    public string? SearchIndexPath { get; internal set; }
    /// <summary>The 政务新媒体 accounts of the footer and 关于本站; null when site.yml lists none (nothing is shown).</summary>
    public NewMediaList? NewMedia { get; }
    /// <summary>The date a page without a date of its own shows: inspections count an undated item as never updated.</summary>
    public DateOnly NoticeDate { get; }

    /// <summary>
    /// A page with the fields every page has; the caller adds the rest with `with`. Only the first page of a list gets
    /// a share QR code.
    /// </summary>
    public Page Page(IPageSource source, string path, string title, Pagination? pagination = null, string? section = null)
    {
        var qr = source.Shared && pagination is not { Current: > 1 } ? Urls.Href(path + Routes.QrCodeFile) : null;
        return new Page
        {
            Path = path, Template = source.Template, Kind = source.Kind, Title = title,
            Section = section ?? source.Section, Pagination = pagination,
            Url = Urls.Href(path), CanonicalUrl = Urls.Absolute(path), QrUrl = qr,
            FullTitle = path == Routes.Home ? title : fullTitlePattern.Replace("{title}", title, StringComparison.Ordinal),
            Model = null!,
        };
    }

    /// <summary>
    /// The page's date line: 更新日期 with the newest date of what the page shows, or, when it shows nothing dated
    /// (<paramref name="newest"/> null), the notice's 发布日期, since the notice is where its content comes from.
    /// Never a date no content carries.
    /// </summary>
    public Page Dated(Page page, DateOnly? newest) => newest is { } date
        ? page with { DateLabel = Text.Label("updated"), DateText = DateText(date), DateIso = Iso(date) }
        : page with { DateLabel = Text.Label("published"), DateText = DateText(NoticeDate), DateIso = Iso(NoticeDate) };

    /// <summary>The newest date of <paramref name="stories"/> (newest first, as every list of the model is), or null.</summary>
    public static DateOnly? NewestOf(IReadOnlyList<StoryEntry> stories) => stories.Count > 0 ? stories[0].Date : null;

    /// <summary>
    /// <paramref name="page"/> as an article (政府网站网页设计规范's 内容页标签): its publish time is the date the page
    /// shows, so the metadata and the page never disagree. Empty values are left out of the page, never written empty.
    /// </summary>
    public static Page AsArticle(Page page, string title, string source, IEnumerable<string> keywords, string author = "") => page with
    {
        Article = new ArticleMetadata
        {
            Title = title, PubDate = page.DateIso is { } date ? date + " 00:00" : "", Source = source,
            Keywords = string.Join(",", keywords.Where(k => k.Length > 0)), Author = author,
        },
    };

    /// <summary>来源 of what the site itself publishes: its organizer (主办单位), else the site's name.</summary>
    public string Publisher => Site.Config.Organizer.Length > 0 ? Site.Config.Organizer : Site.Config.Title;

    /// <summary>来源 of the notice and of the key tasks, whose text is the notice's: its issuer (发文机关).</summary>
    public string NoticeSource => Site.Notice.Issuer.Length > 0 ? Site.Notice.Issuer : Publisher;

    public StoryCard CardOf(StoryEntry story) => cards[story.Order];

    public TaskCard TaskCardOf(TaskEntry task) => taskCards[task];

    public TaskLink TaskLinkOf(TaskEntry task) => taskLinks[task];

    public Link DepartmentLinkOf(DepartmentEntry department) => departmentLinks[department];

    /// <summary>The department's position in the site's list: search documents name departments by it.</summary>
    public int DepartmentIndexOf(DepartmentEntry department) => departmentIndex[department];

    public static TermCard Term(TermEntry term) => new() { Name = term.Name, Url = term.Url, Count = term.Count, Description = term.Description };

    public static PersonView Person(Person person) => new() { Name = person.Name, Position = person.Position };

    /// <summary>
    /// Whether a theme.yml section's address is built: a list without stories (综述评论, 典型案例…) is not, and the
    /// navigation, footer and site map leave it out rather than link to nothing.
    /// </summary>
    public bool HasPage(string section) => Site.KnownPaths.Contains(PageSources.SectionPath(section));

    /// <summary>A section's title (theme.yml `sections`).</summary>
    public string Title(string section) => Text.Section(section).Title;

    public Link Crumb(string section)
    {
        lock (crumbs)
        {
            if (!crumbs.TryGetValue(section, out var crumb))
                crumbs[section] = crumb = new Link { Text = Title(section), Url = Urls.Href(PageSources.SectionPath(section)) };
            return crumb;
        }
    }

    /// <summary>The notice by its title: what an interpretation (政策解读) links back to.</summary>
    public Link NoticeLink() => noticeLink ??= new Link { Text = Site.Notice.Title, Url = Urls.Href(Routes.Notice) };

    private Link? noticeLink;

    public Link YearCrumb(int year)
    {
        lock (yearCrumbs)
        {
            if (!yearCrumbs.TryGetValue(year, out var crumb))
                yearCrumbs[year] = crumb = new Link { Text = YearText(year), Url = Urls.Href(Routes.StoryYear(year)) };
            return crumb;
        }
    }

    public string PagedTitle(string title, Pagination pagination) =>
        pagination.Current > 1 ? Text.Label("paged", ("title", title), ("page", pagination.Current)) : title;

    /// <summary>One page of a story list: its pagination and its cards.</summary>
    public (Pagination Pagination, IReadOnlyList<StoryCard> Cards) Slice<TOwner>(ListPage<TOwner> page)
    {
        var (listPath, stories, number) = (page.ListPath, page.Stories, page.Number);
        var first = (number - 1) * Routes.StoriesPerPage;
        var slice = new StoryCard[Math.Max(0, Math.Min(Routes.StoriesPerPage, stories.Count - first))];
        for (var i = 0; i < slice.Length; i++) slice[i] = CardOf(stories[first + i]);
        return (Pagination.For(listPath, number, stories.Count, Urls), slice);
    }

    /// <summary>A date as readers see it (theme.yml `formats.date`), formatted once per day however many pages show it.</summary>
    public string DateText(DateOnly date) =>
        dateTexts.GetOrAdd(date, static (d, text) => text.Word(ThemeKeys.Formats.Date, ("year", d.Year), ("month", d.Month), ("day", d.Day)), Text);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, string> dateTexts = new();

    /// <summary>A story type's description (theme.yml `storyTypes`), for its list page and the types page.</summary>
    public string TypeDescription(TermEntry type) => Text.Word(ThemeKeys.StoryTypes.Of(StoryType.All.Single(t => t.Name == type.Name)));

    /// <summary>A year as readers see it (2025年).</summary>
    public string YearText(int year) => Text.Label("year", ("year", year));

    /// <summary>A year's list as readers name it: the site model names years by their number.</summary>
    public string YearText(TermEntry year) => YearText(int.Parse(year.Name, System.Globalization.CultureInfo.InvariantCulture));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private StoryCard Card(StoryEntry story) => new()
    {
        Url = story.Url, Title = story.Title, DateIso = story.DateIso, DateText = DateText(story.Date), TypeName = story.Type.Name,
        TypeUrl = story.TypeUrl, CaseKind = story.CaseKind, Draft = story.Draft, Summary = story.Summary, ThumbnailUrl = story.Video?.PosterUrl,
    };

    private static NewMediaList? NewMediaOf(SiteModel site, ThemeText text)
    {
        if (site.Config.NewMedia.Count == 0) return null;
        return new NewMediaList
        {
            Title = text.Word(ThemeKeys.NewMedia.Title),
            Accounts = site.Config.NewMedia.Select(a => new NewMediaAccountView
            {
                Platform = a.Platform, Name = a.Name, Url = a.Url is { Value.Length: > 0 } url ? url.Value : null,
                QrUrl = site.Urls.Media(a.Qr.Value),
                QrAlt = text.Word(a.Platform == SiteFields.OtherPlatform ? ThemeKeys.NewMedia.QrAltOther : ThemeKeys.NewMedia.QrAlt, ("platform", a.Platform), ("name", a.Name)),
            }).ToList(),
        };
    }
}
