using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Site;
using Portal.Tests.Infrastructure;
using Portal.TestSupport;

namespace Portal.Tests.Site;

/// <summary>
/// Issue 21 (4): every page carries the government page metadata of 政府网站网页设计规范 (docs/page-metadata.md) as
/// `meta name` elements with the specification's exact names, and each value is what the content (site.yml, the story,
/// the task, the notice) and the theme's column words say. Read from the fixture build's HTML, first page of every kind.
/// </summary>
public sealed class PageMetadataTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Every name the layout may write: the site, column and article tags.</summary>
    private static readonly string[] SpecificationNames =
    [
        "SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription", "ColumnKeywords", "ColumnType",
        "ArticleTitle", "PubDate", "ContentSource", "Keywords", "Author", "Description", "Url",
    ];

    private static readonly string[] ArticleNames = ["ArticleTitle", "PubDate", "ContentSource", "Keywords", "Author", "Url"];

    private (SiteModel Model, ThemeText Theme) Loaded() => LoadedContent.GetOrAdd(site.ContentDir, dir =>
    {
        var diagnostics = new DiagnosticBag();
        var model = SiteBuild.LoadAndValidate(new BuildOptions { ContentDir = dir, Today = new DateOnly(2026, 11, 26) }, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        var theme = LoadedTheme.Load(RepositoryPaths.Theme, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        return (model, theme.Text);
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (SiteModel, ThemeText)> LoadedContent = new();

    public static TheoryData<string, string> FirstOfEachKind
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (kind, path) in FixturePageKinds.FirstOfEachKind) data.Add(kind, path);
            return data;
        }
    }

    private IDocument Page(string sitePath) => Parser.ParseDocument(site.Read(sitePath));

    /// <summary>The content of the one meta element named <paramref name="name"/> (names compare case-insensitively in HTML), or null.</summary>
    private static string? Meta(IDocument page, string name)
    {
        var metas = page.Head!.QuerySelectorAll("meta[name]").Where(m => string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(metas.Count <= 1, $"{metas.Count} meta elements named {name}");
        if (metas.Count == 0) return null;
        Assert.Equal(name, metas[0].GetAttribute("name")); // the specification's exact spelling
        return metas[0].GetAttribute("content");
    }

    [Theory]
    [MemberData(nameof(FirstOfEachKind))]
    public void Every_page_kind_carries_the_site_and_column_tags_from_content(string kind, string path)
    {
        var (model, theme) = Loaded();
        var page = Page(path);

        Assert.Equal(model.Config.Title, Meta(page, "SiteName"));
        Assert.Equal(site.BaseUrl.Host, Meta(page, "SiteDomain"));
        Assert.Equal(model.Config.SiteCode, Meta(page, "SiteIDCode"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "Description")), $"{kind}: no Description");

        var source = PageSources.All.Single(s => s.Kind == kind);
        if (kind == NotFoundPage.Name)
        {
            // The 404 page answers every unknown address: it belongs to no column.
            Assert.Null(Meta(page, "ColumnName"));
            return;
        }
        if (kind == StaticPages.Name)
        {
            var entry = model.Pages.Single(p => p.Path == path);
            Assert.Equal(entry.Title, Meta(page, "ColumnName"));
            Assert.Equal(entry.Summary, Meta(page, "ColumnDescription"));
            Assert.Equal(theme.Word(ThemeKeys.ColumnKeywords.StaticPage, ("title", entry.Title)), Meta(page, "ColumnKeywords"));
            Assert.Equal(theme.Word(ThemeKeys.ColumnTypes.StaticPage), Meta(page, "ColumnType"));
            return;
        }
        var section = source.Landing?.Section ?? source.Section;
        Assert.Equal(theme.Section(section).Title, Meta(page, "ColumnName"));
        // A column is described as its landing page describes itself.
        Assert.Equal(Meta(Page(PageSources.SectionPath(section)), "Description"), Meta(page, "ColumnDescription"));
        Assert.Equal(theme.Word(ThemeKeys.ColumnKeywords.Of(section)), Meta(page, "ColumnKeywords"));
        Assert.Equal(theme.Word(ThemeKeys.ColumnTypes.Of(section)), Meta(page, "ColumnType"));
    }

    [Theory]
    [MemberData(nameof(FirstOfEachKind))]
    public void Article_tags_are_on_story_task_and_notice_pages_only(string kind, string path)
    {
        var page = Page(path);
        var written = ArticleNames.Where(n => Meta(page, n) is not null).ToList();
        if (kind is StoryPages.Name or TaskPages.Name or NoticePage.Name)
            Assert.Contains("ArticleTitle", written);
        else
            Assert.Empty(written);
    }

    [Fact]
    public void A_story_page_says_what_its_story_says()
    {
        var (model, _) = Loaded();
        // Every story of the fixture: those with and without tags, an editor, a summary.
        foreach (var story in model.Stories)
        {
            var page = Page(story.Path);
            Assert.Equal(story.Title, Meta(page, "ArticleTitle"));
            Assert.Equal(story.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00", Meta(page, "PubDate"));
            Assert.Equal(story.Source.Source?.Name ?? model.Config.Organizer, Meta(page, "ContentSource"));
            Assert.Equal(story.Tags.Count == 0 ? null : string.Join(",", story.Tags.Select(t => t.Text)), Meta(page, "Keywords"));
            Assert.Equal(story.Source.Editor.Length == 0 ? null : story.Source.Editor, Meta(page, "Author"));
            Assert.Equal(story.Summary.Length > 0 ? story.Summary : story.Title, Meta(page, "Description"));
            Assert.Equal(site.BaseUrl + story.Path, Meta(page, "Url"));
        }
        Assert.Contains(model.Stories, s => s.Source.Editor.Length > 0);
    }

    [Fact]
    public void A_task_page_says_what_its_task_and_the_notice_say()
    {
        var (model, theme) = Loaded();
        foreach (var task in model.Tasks)
        {
            var page = Page(task.Path);
            Assert.Equal(theme.Page("task", "title", ("number", task.Number), ("title", task.Title)), Meta(page, "ArticleTitle"));
            // Its publish time is the date the page shows.
            var shown = page.QuerySelector("main .page-date time")!.GetAttribute("datetime");
            Assert.Equal(shown + " 00:00", Meta(page, "PubDate"));
            Assert.Equal(model.Notice.Issuer, Meta(page, "ContentSource"));
            Assert.Equal(task.Summary, Meta(page, "Description"));
            Assert.Equal(site.BaseUrl + task.Path, Meta(page, "Url"));
            Assert.Null(Meta(page, "Author"));
        }
    }

    [Fact]
    public void The_notice_page_says_what_the_notice_says()
    {
        var (model, _) = Loaded();
        var notice = model.Notice;
        var page = Page(Routes.Notice);
        Assert.Equal(notice.Title, Meta(page, "ArticleTitle"));
        var date = notice.PublishDate ?? notice.IssueDate;
        Assert.Equal(date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00", Meta(page, "PubDate"));
        Assert.Equal(notice.Issuer, Meta(page, "ContentSource"));
        Assert.Equal(site.BaseUrl + Routes.Notice, Meta(page, "Url"));
    }

    [Fact]
    public void No_page_writes_a_metadata_tag_with_nothing_in_it()
    {
        var pages = Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories).Where(f => !f.Contains("/admin/")).ToList();
        Assert.True(pages.Count > 50);
        foreach (var file in pages)
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var name in SpecificationNames)
            {
                var content = Meta(page, name);
                Assert.True(content is null || content.Trim().Length > 0, $"{file}: {name} is empty");
            }
        }
    }

    [Fact]
    public void Without_an_outlet_issuer_or_site_code_the_tags_name_the_publisher_and_leave_the_rest_out()
    {
        // The mini site: no siteCode, no organizer, a notice without issuer or date, a story without source, tags or editor.
        using var bare = new ContentCase(new MiniSite());
        Assert.True(bare.Build().Success);
        var story = Parser.ParseDocument(File.ReadAllText(Path.Combine(bare.OutputDir, "stories/2025/2025-02-25-rural-roads/index.html")));
        Assert.Null(Meta(story, "SiteIDCode"));
        Assert.Equal("测试专题网站", Meta(story, "ContentSource")); // no organizer: the site names itself, as the specification's example does
        Assert.Null(Meta(story, "Keywords"));
        Assert.Null(Meta(story, "Author"));
        var notice = Parser.ParseDocument(File.ReadAllText(Path.Combine(bare.OutputDir, "notice/index.html")));
        Assert.Equal("测试专题网站", Meta(notice, "ContentSource"));

        using var organized = new ContentCase(new MiniSite().With("content/site.yml", """
            title: 测试专题网站
            baseUrl: https://example.gov.cn/portal/
            organizer: 甘肃省交通运输厅
            """));
        Assert.True(organized.Build().Success);
        story = Parser.ParseDocument(File.ReadAllText(Path.Combine(organized.OutputDir, "stories/2025/2025-02-25-rural-roads/index.html")));
        Assert.Equal("甘肃省交通运输厅", Meta(story, "ContentSource"));
        Assert.Equal("example.gov.cn", Meta(story, "SiteDomain"));
        Assert.Equal("https://example.gov.cn/portal/stories/2025/2025-02-25-rural-roads/", Meta(story, "Url"));
    }
}
