using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The shipped content built as it ships, read page by page as a government-website inspector reads it: honest 更新日期,
/// no link to an empty column, no fact the notice does not give shown as confirmed, and the self-check naming every
/// value left for the operator to confirm (待确认).
/// </summary>
public sealed partial class ShippedSiteInspectionTests(ShippedSiteInspectionTests.ShippedBuild shipped) : IClassFixture<ShippedSiteInspectionTests.ShippedBuild>
{
    /// <summary>The shipped content built once, dated by its own newest date, as `build` dates it outside git.</summary>
    public sealed class ShippedBuild : IDisposable
    {
        private readonly ContentCase content = new();

        public ShippedBuild()
        {
            Content = Loading.ContentLoader.Load(content.ContentDir, new DiagnosticBag());
            Newest = ContentDates.Newest(Content, includeDrafts: false)!.Value;
            Options = content.Options().WithAsOf(new AsOfDate(Newest, AsOfSource.Content));
            Result = SiteBuild.Build(Options);
            Assert.True(Result.Success, string.Join("\n", Result.Diagnostics));
            Pages = Directory.EnumerateFiles(content.OutputDir, "*.html", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => Path.GetRelativePath(content.OutputDir, f).Replace('\\', '/'), f => (IDocument)new HtmlParser().ParseDocument(File.ReadAllText(f)));
        }

        /// <summary>The shipped content as loaded once, for the dates the pages are checked against.</summary>
        public ContentSet Content { get; }

        public DateOnly Newest { get; }

        public BuildOptions Options { get; }

        public BuildResult Result { get; }

        public string ContentDir => content.ContentDir;

        public string OutputDir => content.OutputDir;

        /// <summary>Every built page by its path under the output folder (index.html files).</summary>
        public IReadOnlyDictionary<string, IDocument> Pages { get; }

        public void Dispose() => content.Dispose();
    }

    /// <summary>The kinds whose pages are lists of stories: an empty one is an empty column (空白栏目).</summary>
    private static readonly string[] ListKinds = ["stories", "cases", "coverage", "types", "tags"];

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex ChineseDate();

    [Fact]
    public void No_page_shows_a_date_later_than_the_newest_content_date()
    {
        Assert.True(shipped.Pages.Count > 30, $"only {shipped.Pages.Count} pages built");
        var dates = 0;
        foreach (var (path, page) in shipped.Pages)
        {
            foreach (var time in page.QuerySelectorAll("time[datetime]"))
            {
                var date = DateOnly.ParseExact(time.GetAttribute("datetime")![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.True(date <= shipped.Newest, $"{path}: <time> {date} is later than the newest content date {shipped.Newest}");
                dates++;
            }
            foreach (Match match in ChineseDate().Matches(page.Body!.TextContent))
            {
                var date = new DateOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
                Assert.True(date <= shipped.Newest, $"{path}: “{match.Value}” is later than the newest content date {shipped.Newest}");
            }
        }
        Assert.True(dates > shipped.Pages.Count, "too few dated elements were read: the pages' date lines were not found");
    }

    [Fact]
    public void The_home_page_is_dated_by_the_newest_story_or_the_notice_never_by_a_static_page()
    {
        var content = shipped.Content;
        var newestShown = ContentDates.NewestShown(content, includeDrafts: false)!.Value;
        var home = shipped.Pages["index.html"];
        Assert.Equal(newestShown.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), home.QuerySelector(".page-date time")!.GetAttribute("datetime"));
        // A static page's own edit is its own 更新日期, not the site's.
        foreach (var page in content.Pages.Where(p => p.Updated is not null))
        {
            var built = shipped.Pages[page.Slug + "/index.html"];
            Assert.Equal(page.Updated!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), built.QuerySelector(".page-date time")!.GetAttribute("datetime"));
        }
    }

    [Fact]
    public void No_list_page_is_empty_and_no_link_leads_to_a_list_without_items()
    {
        var listPages = shipped.Pages.Where(p => ListKinds.Any(k => p.Value.Body!.ClassList.Contains("kind-" + k))).ToList();
        Assert.NotEmpty(listPages);
        foreach (var (path, page) in listPages)
            Assert.True(page.QuerySelector("main .empty") is null, $"{path} is a list page that shows nothing");

        // The shipped content has only 即时报道: every other form, the cases and the coverage are empty columns.
        foreach (var empty in new[] { "types/commentary/", "types/interviews/", "types/videos/", "types/cases/", "cases/", "cases/positive/", "cases/negative/", "coverage/" })
        {
            Assert.False(File.Exists(Path.Combine(shipped.OutputDir, empty, "index.html")), $"/{empty} is built although it lists nothing");
            foreach (var (path, page) in shipped.Pages)
            {
                var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.TrimEnd('/').EndsWith("/" + empty.TrimEnd('/'), StringComparison.Ordinal));
                Assert.True(!links.Any(), $"{path} links to the empty list /{empty}");
            }
        }
        var sitemap = File.ReadAllText(Path.Combine(shipped.OutputDir, "sitemap.xml"));
        Assert.DoesNotContain("/types/commentary/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/coverage/", sitemap, StringComparison.Ordinal);
        var search = shipped.Pages["search/index.html"];
        Assert.DoesNotContain(search.QuerySelectorAll("#search-type option"), o => o.TextContent == "综述评论");
        Assert.Contains(search.QuerySelectorAll("#search-type option"), o => o.TextContent == "即时报道");
        Assert.Null(search.QuerySelector("#search-case"));
        // Home figures of zero are plain text; the figure that has stories is still a link.
        var figures = shipped.Pages["index.html"].QuerySelectorAll(".figures li").ToList();
        Assert.Contains(figures, f => f.TextContent.Contains("即时报道", StringComparison.Ordinal) && f.QuerySelector("a") is not null);
        foreach (var zero in figures.Where(f => f.QuerySelector(".figure-count")!.TextContent == "0"))
            Assert.Null(zero.QuerySelector("a"));
        // `check` still warns about each empty column.
        Assert.Contains(shipped.Result.Diagnostics, d => d.Code == DiagnosticCodes.EmptyColumn);
    }

    [Fact]
    public void The_first_story_of_an_empty_form_brings_its_column_back_everywhere()
    {
        using var content = new ContentCase()
            .Write("stories/2025/2025-03-01-commentary.md", ContentCase.Story(title: "一篇综述", date: "2025-03-01", type: "综述评论"));
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        string Read(string path) => File.ReadAllText(Path.Combine(content.OutputDir, path));
        Assert.Contains("一篇综述", Read("types/commentary/index.html"), StringComparison.Ordinal);
        Assert.Contains("/types/commentary/", Read("sitemap.xml"), StringComparison.Ordinal);
        var home = new HtmlParser().ParseDocument(Read("index.html"));
        Assert.Contains(home.QuerySelectorAll(".figures a"), a => a.TextContent.Contains("综述评论", StringComparison.Ordinal) && a.GetAttribute("href")!.EndsWith("/types/commentary/", StringComparison.Ordinal));
        var stories = new HtmlParser().ParseDocument(Read("stories/index.html"));
        Assert.Contains(stories.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.EndsWith("/types/commentary/", StringComparison.Ordinal));
        var search = new HtmlParser().ParseDocument(Read("search/index.html"));
        Assert.Contains(search.QuerySelectorAll("#search-type option"), o => o.TextContent == "综述评论");
    }

    [Fact]
    public void No_page_shows_an_operator_or_a_full_name_the_notice_does_not_give()
    {
        foreach (var (path, page) in shipped.Pages)
        {
            var text = page.Body!.TextContent;
            Assert.DoesNotContain("承办单位", text, StringComparison.Ordinal);
            Assert.DoesNotContain("承办。", text, StringComparison.Ordinal);
            Assert.DoesNotContain("派驻甘肃省交通运输厅纪检监察组", text, StringComparison.Ordinal);
        }
        // Every full name a department page shows is the plain expansion of the notice's 厅/省 prefix.
        var registry = new YamlDotNet.Serialization.Deserializer().Deserialize<Dictionary<string, List<Dictionary<string, object>>>>(
            File.ReadAllText(Path.Combine(shipped.ContentDir, "departments.yml")));
        var shown = 0;
        foreach (var department in registry["departments"])
        {
            var (name, slug, kind) = ((string)department["name"], (string)department["slug"], (string)department["kind"]);
            var page = shipped.Pages[$"departments/{slug}/index.html"];
            var fullName = page.QuerySelectorAll("dt").FirstOrDefault(dt => dt.TextContent == "全称")?.NextElementSibling?.TextContent;
            if (fullName is null) continue;
            var expansion = kind == "厅机关" ? "甘肃省交通运输厅" + name.TrimStart('厅') : name.StartsWith('省') ? "甘肃" + name : null;
            Assert.True(fullName == expansion, $"{name}: the page shows the full name “{fullName}”, which is not the notice's {name} with 厅/省 written out");
            shown++;
        }
        Assert.True(shown > 10, $"only {shown} department pages show a full name");
    }

    [Fact]
    public void Task_nine_is_led_by_the_notices_collective_on_every_public_page()
    {
        var task = shipped.Pages["tasks/9/index.html"];
        var lead = task.QuerySelectorAll("dt").First(dt => dt.TextContent == "牵头部门").NextElementSibling!;
        Assert.Equal("厅机关各部门", lead.TextContent.Trim());
        Assert.Empty(lead.QuerySelectorAll("a"));
        var row = shipped.Pages["tasks/index.html"].QuerySelectorAll("tr").First(tr => tr.TextContent.Contains("持续完善制度机制", StringComparison.Ordinal));
        Assert.Contains("厅机关各部门", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(row.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/departments/", StringComparison.Ordinal));
        // No department page claims task 9 as one it leads: the notice names none behind 厅机关各部门.
        foreach (var (path, page) in shipped.Pages.Where(p => p.Key.StartsWith("departments/", StringComparison.Ordinal)))
        {
            var led = page.QuerySelector("section[aria-labelledby='led-title']");
            Assert.False(led is not null && led.TextContent.Contains("持续完善制度机制", StringComparison.Ordinal), $"{path} lists task 9 as led by it");
        }
        // The office's progress figures still count the departments the collective stands for.
        var site = SiteBuild.LoadAndValidate(shipped.Options, new DiagnosticBag())!;
        Assert.True(site.Tasks.Single(t => t.Number == 9).Leads.Count > 5);
    }

    [Fact]
    public void Every_department_the_site_lists_is_one_the_notice_names()
    {
        var notice = Regex.Replace(File.ReadAllText(RepositoryPaths.SourceNotice), @"\s+", "");
        var registry = new YamlDotNet.Serialization.Deserializer().Deserialize<Dictionary<string, List<Dictionary<string, object>>>>(
            File.ReadAllText(Path.Combine(shipped.ContentDir, "departments.yml")));
        var writings = registry["departments"].ToDictionary(
            d => (string)d["slug"],
            d => new[] { (string)d["name"] }.Concat(d.TryGetValue("aliases", out var a) && a is List<object> list ? list.Cast<string>() : []).ToList());
        var listed = shipped.Pages["departments/index.html"].QuerySelectorAll("main a[href*='/departments/']").ToList();
        Assert.True(listed.Count > 20, $"only {listed.Count} departments listed");
        foreach (var link in listed)
        {
            var slug = link.GetAttribute("href")!.TrimEnd('/').Split('/')[^1];
            Assert.True(writings[slug].Any(w => notice.Contains(w, StringComparison.Ordinal)),
                $"{link.TextContent} is listed, but the notice names it in none of its writings ({string.Join("、", writings[slug])})");
        }
    }

    [Fact]
    public void The_self_check_names_each_value_left_for_the_operator_to_confirm()
    {
        var selfCheck = shipped.Result.Diagnostics.Single(d => d.Code == DiagnosticCodes.InspectionSelfCheck);
        var items = selfCheck.Table!.Skip(1).ToDictionary(row => row[0], row => row[1]);
        Assert.Contains("承办单位（待确认）", items.Keys);
        Assert.Contains("联系方式（待确认）", items.Keys);
        Assert.Contains("政务新媒体（待确认）", items.Keys);
        Assert.Contains("厅直机关党委", items["部门全称（待确认）"], StringComparison.Ordinal);
        Assert.Contains("派驻厅纪检监察组", items["部门全称（待确认）"], StringComparison.Ordinal);
        Assert.DoesNotContain("公路管理处", items["部门全称（待确认）"], StringComparison.Ordinal);
    }
}
