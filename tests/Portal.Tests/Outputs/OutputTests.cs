using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Portal.Output;
using Portal.Outputs;
using Portal.Site;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Outputs;

/// <summary>Each output alone, over a small hand-made page tree: no content folder, no templates, no browser.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>The repository's theme words (CSV headers and the like come from theme.yml).</summary>
    private static readonly Portal.Model.ThemeText Theme =
        Portal.Loading.ThemeTextReader.Read(RepositoryPaths.Theme, new Portal.Diagnostics.DiagnosticBag())!;

    private static Page Page(string path, string kind, string? dateIso = null, bool noIndex = false, bool qr = false) => new()
    {
        Template = kind, Kind = kind, Path = path, Url = "/p/" + path, CanonicalUrl = "https://example.gov.cn/p/" + path, Title = kind,
        FullTitle = kind, DateIso = dateIso, NoIndex = noIndex, QrUrl = qr ? "/p/" + path + "qr.svg" : null, Model = new NotFoundView { Tasks = [] },
    };

    private static PageTree Tree(params Page[] pages) => Tree([], pages);

    private static ProgressCellView Cell(string period, int count, string? newest = null) =>
        new() { Period = period, Count = count, Url = count > 0 ? "/p/tasks/2/#x" : null, NewestDateText = null, NewestDateIso = newest };

    private static PageTree Tree(IReadOnlyList<string> media, params Page[] pages) => new()
    {
        Urls = new SiteUrls(new Uri("https://example.gov.cn/p/")),
        Chrome = null!,
        Pages = pages,
        Fingerprints = pages.Select(p => ViewFingerprint.Of(p)).ToList(),
        Feed = new AtomFeedView
        {
            Title = "网站", Description = "简介", HomeUrl = "https://example.gov.cn/p/", SelfUrl = "https://example.gov.cn/p/feed.xml", Author = "主办单位",
            Updated = new DateOnly(2025, 3, 2),
            Entries =
            [
                new FeedEntry { Title = "新的<稿件>", Summary = "摘要", Url = "https://example.gov.cn/p/stories/2025/b/", Date = new DateOnly(2025, 3, 2), Categories = ["即时报道", "农村公路"] },
                new FeedEntry { Title = "旧的稿件", Summary = "", Url = "https://example.gov.cn/p/stories/2025/a/", Date = new DateOnly(2025, 3, 1), Categories = ["典型案例"] },
            ],
        },
        Ledger =
        [
            new LedgerRow
            {
                Number = 1, Title = "深化改革", LeadText = "厅机关各部门", Leads = ["办公室", "法规处"], StoryCount = 2, LatestDateIso = "2025-03-02",
                LatestTitle = "标题, 含逗号", LatestUrl = "https://example.gov.cn/p/stories/2025/b/",
            },
            new LedgerRow { Number = 2, Title = "=恶意公式", LeadText = "运输处", Leads = ["运输处"], StoryCount = 0, LatestDateIso = "", LatestTitle = "", LatestUrl = "" },
        ],
        Progress = new ProgressBoardView
        {
            AsOfText = "2026年1月5日", AsOfIso = "2026-01-05",
            Periods =
            [
                new PeriodColumnView
                {
                    Period = "2025上半年",
                    OfficeReports = [new ReportLink { Title = "报告", Url = "/p/stories/2025/r/", AbsoluteUrl = "https://example.gov.cn/p/stories/2025/r/", DateText = "2025年7月1日" }],
                },
                new PeriodColumnView { Period = "2025下半年", OfficeReports = [] },
            ],
            Rows =
            [
                new ProgressRowView
                {
                    TaskNumber = 2, TaskTitle = "加力推进智慧交通建设", TaskUrl = "/p/tasks/2/", LeadText = "厅科技处、厅运输处",
                    Cells = [Cell("2025上半年", 3, "2025-06-30"), Cell("2025下半年", 0)],
                },
                new ProgressRowView
                {
                    TaskNumber = 3, TaskTitle = "=恶意公式", TaskUrl = "/p/tasks/3/", LeadText = "厅机关各部门",
                    Cells = [Cell("2025上半年", 0), Cell("2025下半年", 1, "2025-12-01")],
                },
            ],
            CsvUrl = "/p/tasks/progress.csv",
        },
        SearchDocuments = [],
        SearchTasks = [],
        SearchDepartments = [],
        SearchOutlets = [],
        SearchIndexPath = "search/index-test/",
        EditorChoices = new EditorChoices([], [], ["2025上半年"]),
        MediaFiles = media,
    };

    private OutputFolder Output() => new(folder.Combine("out"));

    private string Read(string sitePath) => File.ReadAllText(folder.Combine("out", OutputFolder.FileOf(sitePath)));

    [Fact]
    public void The_feed_is_atom_with_the_tree_entries_in_order_and_escaped()
    {
        new AtomFeed().Write(Tree(), Output());
        using var reader = XmlReader.Create(folder.Combine("out", "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(["新的<稿件>", "旧的稿件"], feed.Items.Select(i => i.Title.Text));
        Assert.Equal(["即时报道", "农村公路"], feed.Items.First().Categories.Select(c => c.Name));
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.FromHours(8)), feed.LastUpdatedTime);
        Assert.Contains("新的&lt;稿件&gt;", Read("feed.xml"));
    }

    [Fact]
    public void The_sitemap_lists_indexed_pages_with_their_dates_and_leaves_no_index_pages_out()
    {
        new SitemapXml().Write(Tree(Page("", "home", "2025-03-02"), Page("a/", "page"), Page("404.html", "not-found", noIndex: true)), Output());
        var ns = XNamespace.Get("http://www.sitemaps.org/schemas/sitemap/0.9");
        var urls = XDocument.Load(folder.Combine("out", "sitemap.xml")).Descendants(ns + "url").ToList();
        Assert.Equal(["https://example.gov.cn/p/", "https://example.gov.cn/p/a/"], urls.Select(u => u.Element(ns + "loc")!.Value));
        Assert.Equal("2025-03-02", urls[0].Element(ns + "lastmod")!.Value);
        Assert.Null(urls[1].Element(ns + "lastmod"));
    }

    [Fact]
    public void The_ledger_is_excel_ready_csv_quoted_and_safe_from_formulas()
    {
        var ledger = new LedgerCsv(Theme);
        ledger.Write(Tree(), Output());
        var bytes = File.ReadAllBytes(folder.Combine("out", "tasks", "ledger.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("任务序号,重点任务,牵头部门（原文）,牵头部门,稿件数量,最近进展日期,最近进展,最近进展链接", lines[0]);
        Assert.Equal(string.Join(",", ledger.Header), lines[0]);
        Assert.Equal("1,深化改革,厅机关各部门,办公室、法规处,2,2025-03-02,\"标题, 含逗号\",https://example.gov.cn/p/stories/2025/b/", lines[1]);
        Assert.StartsWith("2,'=恶意公式,", lines[2]);
    }

    [Fact]
    public void Qr_codes_are_drawn_for_the_pages_that_ask_and_not_drawn_again_for_the_same_address()
    {
        var tree = Tree(Page("stories/2025/a/", "story", qr: true), Page("tasks/1/", "task", qr: true), Page("stories/", "stories"));
        var output = Output();
        new QrCodes().Write(tree, output);
        Assert.StartsWith("<svg", Read("stories/2025/a/qr.svg"));
        Assert.False(File.Exists(folder.Combine("out", "stories", "qr.svg")));
        // A story also gets its code as a PNG, for its 公众号 copy; other pages do not need one.
        Assert.True(File.ReadAllBytes(folder.Combine("out", "stories", "2025", "a", "qr.png")).AsSpan(1, 3).SequenceEqual("PNG"u8));
        Assert.False(File.Exists(folder.Combine("out", "tasks", "1", "qr.png")));
        Assert.Equal(3, output.FilesWritten);

        // serve: the next build's memo knows the code, so nothing is drawn or written again.
        var next = new OutputFolder(folder.Combine("out"), output.Memo.Next(), inPlace: true);
        new QrCodes().Write(tree, next);
        Assert.Equal(0, next.FilesWritten);
    }

    [Fact]
    public void Robots_names_the_absolute_sitemap_and_nojekyll_keeps_underscored_folders()
    {
        new RobotsTxt().Write(Tree(), Output());
        Assert.Contains("Sitemap: https://example.gov.cn/p/sitemap.xml", Read("robots.txt"));
        Assert.True(File.Exists(folder.Combine("out", ".nojekyll")));
    }

    [Fact]
    public void A_pull_request_preview_refuses_every_crawler()
    {
        var tree = Tree();
        new RobotsTxt().Write(new PageTree
        {
            Urls = tree.Urls, Chrome = tree.Chrome, Pages = tree.Pages, Fingerprints = tree.Fingerprints, Feed = tree.Feed, Ledger = tree.Ledger,
            Progress = tree.Progress, SearchDocuments = tree.SearchDocuments, SearchTasks = tree.SearchTasks, SearchDepartments = tree.SearchDepartments, SearchOutlets = tree.SearchOutlets,
            SearchIndexPath = tree.SearchIndexPath, EditorChoices = tree.EditorChoices, MediaFiles = tree.MediaFiles, PullRequestPreview = 7,
        }, Output());
        Assert.Equal("User-agent: *\nDisallow: /\n", Read("robots.txt"));
    }

    [Fact]
    public void Static_files_copy_the_tree_media_and_the_hashed_theme_assets()
    {
        var content = folder.Combine("content");
        Directory.CreateDirectory(Path.Combine(content, "media", "2025"));
        File.WriteAllText(Path.Combine(content, "media", "2025", "a.txt"), "附件");
        var tree = Tree(["media/2025/a.txt"]);
        var assets = new Portal.Loading.ThemeAssets(RepositoryPaths.Theme);
        new StaticFiles(assets, content).Write(tree, Output());
        Assert.Equal("附件", Read("media/2025/a.txt"));
        var css = assets.SitePath("css/site.css");
        Assert.Matches(@"^assets/css/site\.[0-9a-f]{10}\.css$", css);
        // The stylesheet names other assets plainly in the theme, by their published names in the site.
        var published = Read(css);
        Assert.Contains("url(\"../cursors/hand.svg\")", File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "assets", "css", "site.css")));
        var hand = assets.SitePath("cursors/hand.svg");
        Assert.Matches(@"^assets/cursors/hand\.[0-9a-f]{10}\.svg$", hand);
        Assert.Contains($"url(\"../cursors/{Path.GetFileName(hand)}\")", published);
        Assert.DoesNotContain("url(\"../cursors/hand.svg\")", published);
        Assert.True(File.Exists(folder.Combine("out", hand)));
    }

    [Fact]
    public void The_progress_table_has_the_pages_figures_and_no_state()
    {
        new ProgressCsv(Theme).Write(Tree(), Output());
        var bytes = File.ReadAllBytes(folder.Combine("out", "tasks", "progress.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
        [
            "任务序号,重点任务,牵头部门,2025上半年进展稿件数,2025上半年最近报送日期,2025下半年进展稿件数,2025下半年最近报送日期",
            "2,加力推进智慧交通建设,厅科技处、厅运输处,3,2025-06-30,0,",
            "3,'=恶意公式,厅机关各部门,0,,1,2025-12-01",
            ",专项工作机制办公室半年工作情况报告,,https://example.gov.cn/p/stories/2025/r/,,,",
            "",
        ], Encoding.UTF8.GetString(bytes[3..]).Split("\r\n"));
    }
}
