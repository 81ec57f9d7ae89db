using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Loading;
using Portal.Model;

namespace Portal.Site;

/// <summary>
/// Makes the <see cref="PageTree"/> from the site model: one <see cref="Page"/> per HTML page with its view model,
/// and the data of the machine-readable outputs. Words come from theme/theme.yml, links from <see cref="SiteUrls"/>.
/// </summary>
public sealed class PageTreeBuilder
{
    /// <summary>Page kinds that get a share QR code: the pages people forward, not list pages.</summary>
    private static readonly HashSet<string> SharedKinds = ["story", "task", "notice", "mechanism", "page", "department"];
    private const int FeedEntries = 20;
    private const int HomeLatest = 8;
    private const int HomeCases = 4;

    private readonly SiteModel site;
    private readonly ThemeText text;
    private readonly SiteUrls urls;
    private readonly StoryCard[] cards;
    private readonly Dictionary<TaskEntry, TaskCard> taskCards;
    private readonly Dictionary<TaskEntry, TaskLink> taskLinks;
    private readonly Dictionary<DepartmentEntry, Link> departmentLinks;
    private readonly IReadOnlyList<TermCard> years;
    private readonly IReadOnlyList<TermCard> types;
    private readonly ProgressBoardView progress;
    // Made once: every story page needs them, and a 10,000-story update builds every page's model again.
    private readonly Dictionary<string, Link> crumbs = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Link> yearCrumbs = [];
    private readonly string fullTitlePattern;

    private PageTreeBuilder(SiteModel site, ThemeText text)
    {
        this.site = site;
        this.text = text;
        urls = site.Urls;
        cards = site.Stories.Select(Card).ToArray();
        departmentLinks = site.Departments.ToDictionary(d => d, d => new Link(d.Name, d.Url));
        taskLinks = site.Tasks.ToDictionary(t => t, t => new TaskLink(t.Number, t.Title, t.Url));
        taskCards = site.Tasks.ToDictionary(t => t, t => new TaskCard(
            t.Number, t.Title, t.Url, t.Summary, t.LeadText, t.Leads.Select(d => departmentLinks[d]).ToList(), t.Stories.Count,
            t.Latest is null ? null : CardOf(t.Latest)));
        fullTitlePattern = text.Label("fullTitle", ("site", site.Config.ShortTitle));
        years = site.Years.Select(Term).ToList();
        types = site.Types.Select(Term).ToList();
        progress = Progress();
    }

    /// <param name="previewSearchIndex">`serve` keeps its index in one fixed folder, so an update rewrites only changed files.</param>
    /// <param name="pullRequest">The pull request a preview build shows, or null for the public site.</param>
    public static PageTree Build(SiteModel site, ThemeText text, ThemeAssets assets, bool previewSearchIndex, int? pullRequest = null) =>
        new PageTreeBuilder(site, text).Tree(assets, previewSearchIndex, pullRequest);

    private PageTree Tree(ThemeAssets assets, bool previewSearchIndex, int? pullRequest)
    {
        var documents = SearchDocuments.Collect(site);
        var searchTasks = site.Tasks.Select(t => taskLinks[t]).ToList();
        var searchDepartments = site.Departments.Select(d => new DepartmentOption(d.Slug, d.Name)).ToList();
        var indexPath = previewSearchIndex
            ? Routes.SearchIndexPreview
            : Routes.SearchIndex(ViewFingerprint.Of(new object[] { Routes.SearchIndexFormat, documents, searchTasks, searchDepartments }));
        var pages = ContentPages().Append(SearchPage(indexPath)).ToList();
        var fingerprints = new ulong[pages.Count];
        Parallel.For(0, pages.Count, i => fingerprints[i] = ViewFingerprint.Of(pages[i]));
        return new PageTree
        {
            Urls = urls,
            Chrome = Chrome(assets, pullRequest),
            PullRequestPreview = pullRequest,
            Pages = pages,
            Fingerprints = fingerprints,
            Feed = Feed(),
            Ledger = site.Tasks.Select(t => new LedgerRow(
                t.Number, t.Title, t.LeadText, t.Leads.Select(d => d.Name).ToList(), t.Stories.Count,
                t.Latest?.DateIso ?? "", t.Latest?.Title ?? "", t.Latest?.AbsoluteUrl ?? "")).ToList(),
            Progress = progress,
            SearchDocuments = documents,
            SearchTasks = searchTasks,
            SearchDepartments = searchDepartments,
            SearchIndexPath = indexPath,
            EditorChoices = new EditorChoices(
                searchTasks, site.Departments.Select(d => (d.Name, (IReadOnlyList<string>)d.Aliases)).ToList(),
                // The half years reported so far and the next one, which editors report on next.
                [.. site.Progress.Periods.Select(p => p.ToString()), site.Progress.Periods[^1].Next.ToString()]),
            MediaFiles = site.MediaFiles,
            // `serve` (a loopback address) edits the local folder through its own backend, whatever site.yml says.
            RemoteEditor = !urls.BaseUrl.IsLoopback && site.Config.Editing is { Backend: { } backend } editing && Uri.TryCreate(editing.Server, UriKind.Absolute, out var server)
                ? new RemoteEditor(backend, editing.Repo, editing.Branch, server, editing.AppId, editing.Review)
                : null,
        };
    }

    private IEnumerable<Page> ContentPages()
    {
        // Every content page shows a date: inspections count an undated item as never updated.
        var noticeDate = site.Notice.PublishDate ?? site.Notice.IssueDate ?? site.LastUpdated;
        var noticeDateText = ChineseDate.Format(noticeDate);
        var noticeDateIso = Iso(noticeDate);
        var updatedText = ChineseDate.Format(site.LastUpdated);
        var updatedIso = Iso(site.LastUpdated);
        var home = Crumb("home");
        var published = text.Label("published");
        var updated = text.Label("updated");

        yield return Page(Routes.Home, "home", "home", site.Config.Title, "home") with
        {
            Description = site.Config.Description,
            Model = new HomeView(
                site.Config.Banner is { } banner ? new MediaView(urls.Media(banner.Src.Value), banner.Alt, "") : null,
                site.Tasks.Select(t => taskCards[t]).ToList(), cards.Take(HomeLatest).ToList(),
                site.Cases.Take(HomeCases).Select(CardOf).ToList(), urls.Href(Routes.Cases), Figures(),
                LatestVideo() is { } video ? CardOf(video) : null, LatestVideo()?.Video,
                site.Notice.Title, site.Notice.DocumentNumber, urls.Href(Routes.Notice), urls.Href(Routes.Tasks), urls.Href(Routes.Stories),
                urls.Href(Routes.Mechanism), Person(site.Mechanism.Source.ChiefConvener), site.Mechanism.Source.Conveners.Select(Person).ToList(),
                site.Mechanism.Source.Office.LocatedIn.Value, updatedText, updatedIso),
        };

        yield return Page(Routes.Notice, "notice", "notice", site.Notice.Title, "notice") with
        {
            Description = text.Page("notice", "description", ("documentNumber", site.Notice.DocumentNumber), ("title", site.Notice.Title)),
            Breadcrumbs = [home], DateLabel = published,
            DateText = site.Notice.PublishDate is { } pd ? ChineseDate.Format(pd) : null,
            DateIso = site.Notice.PublishDate is { } p ? Iso(p) : null, OpenGraphType = "article",
            Model = NoticeView(),
        };

        var mechanism = site.Mechanism;
        yield return Page(Routes.Mechanism, "mechanism", "mechanism", mechanism.Source.Title, "mechanism") with
        {
            Description = text.Page("mechanism", "description"), Breadcrumbs = [home],
            DateLabel = published, DateText = noticeDateText, DateIso = noticeDateIso,
            Model = new MechanismPageView(
                urls.Href(Routes.Notice + "#attachment"), Person(mechanism.Source.ChiefConvener), mechanism.Source.Conveners.Select(Person).ToList(),
                mechanism.OfficeHost is { } host ? departmentLinks[host] : null, mechanism.Source.Office.LocatedIn.Value,
                mechanism.Source.Office.Director,
                mechanism.Deputies.Select(d => new DeputyView(d.Name, d.Department?.Url, d.Role)).ToList(),
                mechanism.OfficeMembers.Select(d => departmentLinks[d]).ToList(), mechanism.UnitMembers.Select(d => departmentLinks[d]).ToList(),
                mechanism.Source.Duties, mechanism.Source.OfficeDuties),
        };

        yield return Page(Routes.Tasks, "tasks", "tasks", Title("tasks"), "tasks") with
        {
            Description = text.Page("tasks", "description"), Breadcrumbs = [home],
            DateLabel = updated, DateText = updatedText, DateIso = updatedIso,
            Model = new TasksView(site.Tasks.Select(t => taskCards[t]).ToList(), urls.Href(Routes.TaskLedgerCsv), urls.Href(Routes.TaskProgress)),
        };

        foreach (var task in site.Tasks)
        {
            var title = text.Page("task", "title", ("number", task.Number), ("title", task.Title));
            foreach (var (pagination, stories) in Paginate(task.Path, task.Stories))
            {
                yield return Page(Routes.Paged(task.Path, pagination.Current), "task", "task", PagedTitle(title, pagination), "tasks", pagination) with
                {
                    Description = task.Summary, Breadcrumbs = [home, Crumb("tasks")],
                    DateLabel = task.Latest is null ? published : text.Label("latestProgress"),
                    DateText = task.Latest?.DateText ?? noticeDateText, DateIso = task.Latest?.DateIso ?? noticeDateIso,
                    OpenGraphType = "article",
                    Model = new TaskPageView(taskCards[task], new MarkdownBody(task.Source.Body, urls), stories, pagination.Current == 1,
                        task.Reports.Select(r => new PeriodReportsView(r.Period.ToString(), r.Reports.Select(CardOf).ToList())).ToList(),
                        urls.Href(Routes.TaskProgress)),
                };
            }
        }

        yield return Page(Routes.TaskProgress, "progress", "progress", Title("progress"), "tasks") with
        {
            Description = text.Page("progress", "description"), Breadcrumbs = [home, Crumb("tasks")],
            DateLabel = updated, DateText = updatedText, DateIso = updatedIso,
            Model = progress,
        };

        yield return Page(Routes.Departments, "departments", "departments", Title("departments"), "departments") with
        {
            Description = text.Page("departments", "description"), Breadcrumbs = [home],
            DateLabel = updated, DateText = updatedText, DateIso = updatedIso,
            Model = new DepartmentsView(DepartmentKinds.All
                .Select(k => new DepartmentGroupView(k.Label, site.Departments.Where(d => d.Source.Kind == k.Kind)
                    .Select(d => new DepartmentCard(d.Name, d.Url, d.LedTasks.Count)).ToList()))
                .Where(g => g.Departments.Count > 0).ToList()),
        };
        foreach (var department in site.Departments)
        {
            foreach (var (pagination, stories) in Paginate(department.Path, department.Stories))
            {
                var latest = department.Stories.Count > 0 ? department.Stories[0] : null;
                yield return Page(Routes.Paged(department.Path, pagination.Current), "department", "department",
                    PagedTitle(department.Name, pagination), "departments", pagination) with
                {
                    Description = text.Page("department", "description", ("fullName", department.FullName)),
                    Breadcrumbs = [home, Crumb("departments")],
                    DateLabel = latest is null ? published : text.Label("latestStory"),
                    DateText = latest?.DateText ?? noticeDateText, DateIso = latest?.DateIso ?? noticeDateIso,
                    Model = new DepartmentPageView(department.Name, department.FullName, department.KindLabel, department.Aliases, department.IsMechanismMember,
                        department.IsOfficeHost, department.DeputyRole, department.Description, department.LedTasks.Select(t => taskLinks[t]).ToList(), stories),
                };
            }
        }

        foreach (var page in StoryLists(Title("stories"), Routes.Stories, site.Stories, text.Page("stories", "description"), [home]))
            yield return page;
        foreach (var year in site.Years)
        {
            foreach (var page in StoryLists(text.Page("year", "title", ("year", year.Name)), year.Path, year.Stories,
                         text.Page("year", "description", ("year", year.Name)), [home, Crumb("stories")]))
                yield return page;
        }
        yield return Page(Routes.Types, "terms", "types", Title("types"), "stories") with
        {
            Description = text.Page("types", "description"), Breadcrumbs = [home, Crumb("stories")],
            DateLabel = updated, DateText = updatedText, DateIso = updatedIso,
            Model = new TermsView(types, false),
        };
        foreach (var type in site.Types)
        {
            var gallery = type.Name == StoryType.VideoTypeName;
            foreach (var page in StoryLists(type.Name, type.Path, type.Stories, type.Description, [home, Crumb("types")], gallery: gallery))
                yield return page;
        }
        var caseKinds = new[] { new TermCard(text.Label("allCases"), urls.Href(Routes.Cases), site.Cases.Count, "") }
            .Concat(site.CaseKinds.Select(k => new TermCard(CaseTitle(k.Name), k.Url, k.Count, ""))).ToList();
        foreach (var page in StoryLists(Title("cases"), Routes.Cases, site.Cases, text.Page("cases", "description"), [home, Crumb("stories")],
                     kind: "cases", caseKinds: caseKinds))
            yield return page;
        foreach (var page in StoryLists(Title("coverage"), Routes.Coverage, site.Coverage, text.Page("coverage", "description"), [home, Crumb("stories")],
                     kind: "coverage"))
            yield return page;
        foreach (var kind in site.CaseKinds)
        {
            var key = CaseKey(kind.Name);
            foreach (var page in StoryLists(text.Page(key, "title"), kind.Path, kind.Stories, text.Page(key, "description"), [home, Crumb("cases")],
                         kind: "cases", caseKinds: caseKinds))
                yield return page;
        }
        yield return Page(Routes.Tags, "terms", "tags", Title("tags"), "stories") with
        {
            Description = text.Page("tags", "description"), Breadcrumbs = [home, Crumb("stories")],
            DateLabel = updated, DateText = updatedText, DateIso = updatedIso,
            Model = new TermsView(site.Tags.Select(Term).ToList(), true),
        };
        foreach (var tag in site.Tags)
        {
            foreach (var page in StoryLists(text.Page("tag", "title", ("tag", tag.Name)), tag.Path, tag.Stories,
                         text.Page("tag", "description", ("tag", tag.Name)), [home, Crumb("tags")]))
                yield return page;
        }

        foreach (var story in site.Stories)
        {
            yield return Page(story.Path, "story", "story", story.Title, "stories") with
            {
                Description = story.Summary.Length > 0 ? story.Summary : story.Title,
                Breadcrumbs = [home, Crumb("stories"), YearCrumb(story.Year)],
                DateLabel = published, DateText = story.DateText, DateIso = story.DateIso, OpenGraphType = "article",
                Model = StoryView(story),
            };
        }

        foreach (var page in site.Pages)
        {
            yield return Page(page.Path, "page", "page", page.Title, page.Source.Slug) with
            {
                Description = page.Summary, Breadcrumbs = [home],
                DateLabel = page.UpdatedText is null ? null : updated, DateText = page.UpdatedText, DateIso = page.UpdatedIso,
                Model = new StaticPageView(new MarkdownBody(page.Source.Body, urls), Channels(page.Source.Slug)),
            };
        }

        yield return Page(Routes.SiteMap, "sitemap", "sitemap", Title("sitemap"), "sitemap") with
        {
            Description = text.Page("sitemap", "description"), Breadcrumbs = [home],
            DateLabel = updated, DateText = updatedText, DateIso = updatedIso,
            Model = new SiteMapView(
                text.SiteMap.Select(k => new Link(Title(k), urls.Href(Routes.Section(k)))).ToList(),
                site.Tasks.Select(t => taskLinks[t]).ToList(), site.Departments.Select(d => departmentLinks[d]).ToList(), years, types,
                site.Pages.Select(p => new Link(p.Title, p.Url)).ToList()),
        };
        yield return Page(Routes.NotFound, "404", "not-found", text.Page("notFound", "title"), "") with
        {
            Description = text.Page("notFound", "description"), NoIndex = true,
            Model = new NotFoundView(site.Tasks.Select(t => taskLinks[t]).ToList()),
        };
    }

    private Page SearchPage(string indexPath) =>
        Page(Routes.Search, "search", "search", Title("search"), "search") with
        {
            Description = text.Page("search", "description"), Breadcrumbs = [Crumb("home")],
            Model = new SearchPageView(site.Tasks.Select(t => taskLinks[t]).ToList(), types, years,
                site.Departments.Select(d => new DepartmentOption(d.Slug, d.Name)).ToList(), CaseKinds.All, urls.Href(Routes.SiteMap), urls.Href(indexPath)),
        };

    private IEnumerable<Page> StoryLists(
        string title, string path, IReadOnlyList<StoryEntry> stories, string description, IReadOnlyList<Link> breadcrumbs,
        string kind = "stories", bool gallery = false, IReadOnlyList<TermCard>? caseKinds = null)
    {
        foreach (var (pagination, page) in Paginate(path, stories))
        {
            yield return Page(Routes.Paged(path, pagination.Current), "stories", kind, PagedTitle(title, pagination), "stories", pagination) with
            {
                Description = description, Breadcrumbs = breadcrumbs, DateLabel = text.Label("updated"),
                DateText = stories.FirstOrDefault()?.DateText ?? ChineseDate.Format(site.LastUpdated),
                DateIso = stories.FirstOrDefault()?.DateIso ?? Iso(site.LastUpdated),
                Model = new StoryListView(description, page, years, types, gallery, caseKinds),
            };
        }
    }

    /// <summary>A page with the fields every page has; the caller adds the rest with `with`.</summary>
    /// <param name="pagination">A list's page: only its first page gets a share QR code.</param>
    private Page Page(string path, string template, string kind, string title, string section, Pagination? pagination = null)
    {
        var canonical = urls.Absolute(path);
        var qr = SharedKinds.Contains(kind) && pagination is not { Current: > 1 } ? urls.Href(path + Routes.QrCodeFile) : null;
        return new Page
        {
            Path = path, Template = template, Kind = kind, Title = title, Section = section, Pagination = pagination,
            Url = urls.Href(path), CanonicalUrl = canonical, QrUrl = qr,
            FullTitle = path == Routes.Home ? title : fullTitlePattern.Replace("{title}", title, StringComparison.Ordinal),
            Model = null!,
        };
    }

    private StoryPageView StoryView(StoryEntry story) => new(
        story.Title, story.DateIso, story.DateText, story.Type.Name, story.TypeUrl, story.CaseKind,
        story.Source.Source is { } source
            ? new SourceView(source.Name, source.Medium?.Value, source.Url?.Value, source.Date is { } d ? ChineseDate.Format(d) : null)
            : null,
        story.Tasks.Select(t => taskLinks[t]).ToList(), story.Departments.Select(d => departmentLinks[d]).ToList(), story.Summary,
        story.Cover, story.Video, story.Tags, story.Newer is null ? null : CardOf(story.Newer), story.Older is null ? null : CardOf(story.Older),
        story.Related.Select(CardOf).ToList(), story.Source.Editor, new MarkdownBody(story.Source.Body, urls));

    /// <summary>The notice as GB/T 9704 lays it out: body, then 附件 (after the first level-1 heading), then the 版记 block.</summary>
    private NoticePageView NoticeView()
    {
        var notice = site.Notice;
        var blocks = notice.Body.Document;
        var split = -1;
        for (var i = 0; i < blocks.Count && split < 0; i++) if (blocks[i] is HeadingBlock { Level: 1 }) split = i;
        var heading = split < 0 ? "" : PlainText(((HeadingBlock)blocks[split]).Inline).Trim();
        var space = heading.IndexOf(' ');
        var (label, title) = space > 0 ? (heading[..space], heading[(space + 1)..].Trim()) : ("附件", heading);

        // Table of contents: the numbered sections, for in-page navigation and shareable anchors.
        var contents = blocks.Take(split < 0 ? blocks.Count : split).OfType<HeadingBlock>()
            .Where(h => h.Level <= 3)
            .Select(h => new Link(PlainText(h.Inline), urls.Href(Routes.Notice + "#" + h.GetAttributes().Id)))
            .ToList();
        if (split >= 0) contents.Add(new Link($"{label}：{title}", urls.Href(Routes.Notice + "#attachment")));

        string Date(DateOnly? d) => d is { } v ? ChineseDate.Format(v) : "";
        var metadata = new List<MetadataRow>
        {
            new("索引号", notice.IndexNumber), new("主题分类", notice.Topic),
            new("发文机关", notice.Issuer), new("成文日期", Date(notice.WrittenDate)),
            new("标题", notice.Title), new("发文字号", notice.DocumentNumber),
            new("发布日期", Date(notice.PublishDate)), new("公开属性", notice.Disclosure.Replace("此件", "") is { Length: > 0 } d ? d : notice.Disclosure),
        };
        var hasAttachment = split >= 0 && split + 1 < blocks.Count;
        return new NoticePageView(
            notice.IssuerMark, notice.DocumentNumber, notice.Title, notice.Recipients, notice.Disclosure, notice.IssuingOffice,
            new MarkdownBody(notice.Body, urls, 0, split < 0 ? int.MaxValue : split), label, title,
            hasAttachment ? new MarkdownBody(notice.Body, urls, split + 1) : null,
            contents, metadata.Where(m => m.Value.Length > 0).ToList(), Date(notice.IssueDate), string.Join("，", notice.CarbonCopy),
            notice.Attachments.Select(Download).ToList());
    }

    private DownloadView Download(NoticeAttachment attachment)
    {
        var path = MediaPath.Normalize(attachment.File.Value) ?? attachment.File.Value;
        var file = site.DocumentFiles.GetValueOrDefault(path);
        var format = file?.Format ?? DocumentFormat.OfName(path);
        return new DownloadView(attachment.Title, urls.Href(Routes.Media(path)), format?.Name ?? "", file is null ? "" : FileSize.Format(file.Length));
    }

    /// <summary>
    /// 联系我们 and 咨询建言与社会监督 show what site.yml configures, so the page and the footer never disagree;
    /// other static pages have no channel list.
    /// </summary>
    private ChannelList? Channels(string slug)
    {
        var config = site.Config;
        var (title, items) = slug switch
        {
            "contact" => ("联系方式", new ChannelView[]
            {
                new("通讯地址", config.Contact.Address, null), new("联系电话", config.Contact.Phone, Tel(config.Contact.Phone)),
                new("电子邮箱", config.Contact.Email, Mail(config.Contact.Email)),
            }),
            "feedback" => ("咨询建言与监督渠道", new ChannelView[]
            {
                new("网上留言", config.Feedback.Url is null ? "" : "进入留言系统", config.Feedback.Url?.Value), new("电话", config.Feedback.Phone, Tel(config.Feedback.Phone)),
                new("电子邮箱", config.Feedback.Email, Mail(config.Feedback.Email)), new("来信地址", config.Feedback.Address, null),
            }),
            _ => ("", []),
        };
        return items.Length == 0 ? null : new ChannelList(title, items.Where(c => c.Text.Length > 0).ToList());

        static string? Tel(string phone) => phone.Length > 0 ? "tel:" + string.Concat(phone.Where(c => char.IsAsciiDigit(c) || c is '+' or '-')) : null;
        static string? Mail(string email) => email.Length > 0 ? "mailto:" + email : null;
    }

    private AtomFeedView Feed() => new(
        site.Config.Title, site.Config.Description, urls.Absolute(Routes.Home), urls.Absolute(Routes.Feed), site.Config.Organizer, site.LastUpdated,
        site.Stories.Take(FeedEntries)
            .Select(s => new FeedEntry(s.Title, s.Summary, s.AbsoluteUrl, s.Date, [s.Type.Name, .. s.Tags.Select(t => t.Text)]))
            .ToList());

    private SiteChrome Chrome(ThemeAssets assets, int? pullRequest)
    {
        var config = site.Config;
        var contactPage = site.Pages.FirstOrDefault(p => p.Source.Slug == "contact");
        return new SiteChrome
        {
            Title = config.Title,
            ShortTitle = config.ShortTitle,
            Description = config.Description,
            HomeUrl = urls.Href(Routes.Home),
            SearchUrl = urls.Href(Routes.Search),
            FeedUrl = urls.Href(Routes.Feed),
            StylesheetUrl = urls.Href(assets.SitePath("css/site.css")),
            PreferencesScriptUrl = urls.Href(assets.SitePath("js/preferences.js")),
            SearchScriptUrl = urls.Href(assets.SitePath("js/search.js")),
            SearchWorkerUrl = urls.Href(assets.SitePath("js/search-worker.js")),
            IconUrl = urls.Href(assets.SitePath("icons/favicon.svg")),
            Navigation = text.Navigation.Select(k => new NavLink(k, text.Section(k).NavText, urls.Href(Routes.Section(k)))).ToList(),
            Columns = Columns(),
            FooterLinks = site.Pages.Select(p => new Link(p.Title, p.Url))
                .Concat(text.Footer.Select(k => new Link(text.Section(k).FooterText, urls.Href(Routes.Section(k)))))
                .ToList(),
            Organizer = config.Organizer,
            Operator = config.Operator,
            ContactAddress = config.Contact.Address,
            ContactPhone = config.Contact.Phone,
            ContactEmail = config.Contact.Email,
            ContactUrl = contactPage?.Url ?? "",
            Icp = config.Icp,
            IcpUrl = GovernmentPlatforms.IcpQuery,
            PublicSecurityFiling = config.PublicSecurityFiling,
            PublicSecurityFilingUrl = config.PublicSecurityFiling.Length > 0 ? GovernmentPlatforms.PublicSecurityQuery(config.PublicSecurityFiling) : "",
            PublicSecurityBadgeUrl = urls.Href(assets.SitePath("icons/public-security.svg")),
            SiteCode = config.SiteCode,
            ConacUrl = config.Conac.IsFilled ? config.Conac.Url!.Value.Value : "",
            ConacLogoUrl = config.Conac.IsFilled ? urls.Media(config.Conac.Logo!.Value.Value) : "",
            ErrorReportUrl = config.ErrorReport?.Value
                ?? (config.SiteCode.Length > 0 ? GovernmentPlatforms.ErrorReport(config.SiteCode) : ""),
            ContentSecurityPolicy = text.ContentSecurityPolicy,
            PreviewBanner = pullRequest is { } number ? text.Label("previewBanner", ("number", number)) : "",
        };
    }

    /// <summary>
    /// The columns row (theme.yml `columns`): a section, or a story type by its slug. A column without stories is not
    /// linked: inspections count an empty column against a site (`check` warns about it).
    /// </summary>
    private List<NavLink> Columns()
    {
        var columns = new List<NavLink>();
        foreach (var key in text.Columns)
        {
            var (label, path, count) = key switch
            {
                "cases" => (Title("cases"), Routes.Cases, site.Cases.Count),
                "progress" => (Title("progress"), Routes.TaskProgress, 1),
                "coverage" => (Title("coverage"), Routes.Coverage, site.Coverage.Count),
                _ when site.Types.FirstOrDefault(t => t.Path == Routes.Type(StoryType.All.First(st => st.Slug == key))) is { } type
                    => (type.Name, type.Path, type.Count),
                _ => (Title(key), Routes.Section(key), 1),
            };
            if (count > 0) columns.Add(new NavLink(key, label, urls.Href(path)));
        }
        return columns;
    }

    /// <summary>The home page's figures, counted from content: stories of each form, reports of the latest half year, cases of each kind.</summary>
    private List<FigureView> Figures() =>
        site.Types.Where(t => t.Name != StoryType.CaseTypeName).Select(t => new FigureView(t.Name, t.Count, t.Url))
            .Append(new FigureView(text.Label("latestReports", ("period", site.Progress.Periods[^1])), site.Progress.LatestReports, urls.Href(Routes.TaskProgress)))
            .Concat(site.CaseKinds.Select(k => new FigureView(CaseTitle(k.Name), k.Count, k.Url)))
            .ToList();

    private ProgressBoardView Progress()
    {
        var board = site.Progress;
        var rows = board.Rows.Select((row, i) => new ProgressRowView(
                row.Task.Number, row.Task.Title, row.Task.Url,
                i > 0 && board.Rows[i - 1].Task == row.Task ? 0 : board.Rows.Count(r => r.Task == row.Task),
                row.Lead, row.Department?.Url,
                board.Periods.Select(period => new ProgressCellView(period.ToString(), row.In(period).Count > 0 ? "reported" : "missing",
                    row.In(period).Select(s => new ReportLink(s.Title, s.Url, s.AbsoluteUrl, s.DateText)).ToList())).ToList()))
            .ToList();
        return new ProgressBoardView(board.Periods.Select(p => p.ToString()).ToList(), rows, urls.Href(Routes.TaskProgressCsv));
    }

    private StoryEntry? LatestVideo() => site.Stories.FirstOrDefault(s => s.Video is not null);

    private static string CaseKey(string kind) => kind == CaseKinds.Positive ? "positiveCases" : "negativeCases";

    private string CaseTitle(string kind) => text.Page(CaseKey(kind), "title");

    private StoryCard CardOf(StoryEntry story) => cards[story.Order];

    private StoryCard Card(StoryEntry story) => new(
        story.Url, story.Title, story.DateIso, story.DateText, story.Type.Name, story.TypeUrl, story.CaseKind, story.Draft, story.Summary,
        story.Video?.PosterUrl);

    private static TermCard Term(TermEntry term) => new(term.Name, term.Url, term.Count, term.Description);

    private static PersonView Person(Person person) => new(person.Name, person.Position);

    private string Title(string section) => text.Section(section).Title;

    private Link Crumb(string section)
    {
        if (!crumbs.TryGetValue(section, out var crumb)) crumbs[section] = crumb = new Link(Title(section), urls.Href(Routes.Section(section)));
        return crumb;
    }

    private Link YearCrumb(int year)
    {
        if (!yearCrumbs.TryGetValue(year, out var crumb))
            yearCrumbs[year] = crumb = new Link(text.Label("year", ("year", year)), urls.Href(Routes.StoryYear(year)));
        return crumb;
    }

    private string PagedTitle(string title, Pagination pagination) =>
        pagination.Current > 1 ? text.Label("paged", ("title", title), ("page", pagination.Current)) : title;

    private IEnumerable<(Pagination, IReadOnlyList<StoryCard>)> Paginate(string path, IReadOnlyList<StoryEntry> stories)
    {
        var count = Pagination.PageCount(stories.Count);
        for (var p = 1; p <= count; p++)
        {
            var first = (p - 1) * Routes.StoriesPerPage;
            var slice = new StoryCard[Math.Min(Routes.StoriesPerPage, stories.Count - first)];
            for (var i = 0; i < slice.Length; i++) slice[i] = CardOf(stories[first + i]);
            yield return (Pagination.For(path, p, stories.Count, urls), slice);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static string PlainText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
