using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>
/// The campaign's own work on the built fixture site (issue: half-year progress, typical cases, the publicity forms):
/// case lists, the columns row, the ledger, the notice's order of lead departments, department roles.
/// </summary>
public sealed class CampaignPagesTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string sitePath) => Parser.ParseDocument(site.Read(sitePath));

    private static string[] Titles(IDocument page) => page.QuerySelectorAll(".story-list .story-card h2, .story-list .story-card h3").Select(h => h.TextContent.Trim()).ToArray();

    private string[] StoriesOf(string caseKind) =>
        Directory.GetFiles(Path.Combine(site.ContentDir, "stories"), "*.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Where(t => t.Contains($"case: {caseKind}\n", StringComparison.Ordinal))
            .Select(t => t.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal))[7..])
            .ToArray();

    [Theory]
    [InlineData("cases/positive/", "正面")]
    [InlineData("cases/negative/", "反面")]
    public void Each_case_list_holds_exactly_the_cases_of_its_kind_newest_first(string path, string kind)
    {
        var page = Page(path);
        var shown = Titles(page);
        Assert.NotEmpty(shown);
        Assert.Equal(StoriesOf(kind).Order(), shown.Order());
        var dates = page.QuerySelectorAll(".story-card time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(page.QuerySelectorAll(".story-card .case"), c => Assert.Equal($"{kind}典型", c.TextContent));
    }

    [Fact]
    public void The_cases_page_lists_both_kinds_and_links_each()
    {
        var page = Page("cases/");
        Assert.Equal(StoriesOf("正面").Concat(StoriesOf("反面")).Order(), Titles(page).Order());
        var filters = page.QuerySelectorAll(".filters a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/cases/positive/", filters);
        Assert.Contains("/cases/negative/", filters);
    }

    [Fact]
    public void The_columns_row_links_each_publicity_form_and_the_cases()
    {
        var columns = Page("").QuerySelectorAll("nav.column-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("即时报道", "/types/news/"), ("综述评论", "/types/commentary/"), ("专题访谈", "/types/interviews/"), ("宣传短片", "/types/videos/"), ("典型案例", "/cases/"),
             ("媒体聚焦", "/coverage/"), ("工作进展", "/tasks/progress/")],
            columns);
    }

    [Fact]
    public void Video_lists_are_a_gallery_of_posters()
    {
        var page = Page("types/videos/");
        Assert.NotNull(page.QuerySelector("ol.story-list.gallery"));
        var thumbs = page.QuerySelectorAll(".story-card img.thumb");
        Assert.Equal(page.QuerySelectorAll(".story-card").Length, thumbs.Length);
        Assert.All(thumbs, t => Assert.EndsWith("media/2025/poster.png", t.GetAttribute("src")));
        Assert.All(thumbs, t => Assert.Equal("", t.GetAttribute("alt")));
        Assert.Null(Page("types/news/").QuerySelector("ol.story-list.gallery"));
    }

    [Fact]
    public void A_negative_case_never_counts_as_a_tasks_latest_progress()
    {
        var csv = Encoding.UTF8.GetString(File.ReadAllBytes(site.File("tasks/ledger.csv")));
        var negative = StoriesOf("反面");
        Assert.NotEmpty(negative);
        Assert.DoesNotContain(negative, csv.Contains);
        var ledger = Page("tasks/").QuerySelector("table.ledger")!.TextContent;
        Assert.DoesNotContain(negative, ledger.Contains);
    }

    [Fact]
    public void Task_2_lead_departments_keep_the_notices_order_everywhere()
    {
        var taskPage = Page("tasks/2/").QuerySelector("dl.facts dd")!.QuerySelectorAll("a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["科技处", "运输处"], taskPage);
        var row = Page("tasks/").QuerySelectorAll("table.ledger tbody tr")[1].QuerySelectorAll("td")[1].TextContent;
        Assert.Equal("科技处、运输处", row);
        var csv = Encoding.UTF8.GetString(File.ReadAllBytes(site.File("tasks/ledger.csv"))).Split("\r\n")[2];
        Assert.StartsWith("2,加力推进智慧交通建设,厅科技处、运输处,科技处、运输处,", csv);
    }

    [Fact]
    public void Department_pages_show_their_roles_from_the_notice()
    {
        string Facts(string slug) => Page($"departments/{slug}/").QuerySelector("dl.facts")!.TextContent;
        var host = site.Read("departments/index.html");
        Assert.Contains("专项工作机制办公室设在本部门", Facts(Slug("厅直机关党委")));
        Assert.Contains("主要负责同志任专项工作机制办公室副主任", Facts(Slug("厅办公室")));
        Assert.Contains("相关负责同志任专项工作机制办公室副主任", Facts(Slug("派驻厅纪检监察组")));
        Assert.DoesNotContain("副主任", Facts(Slug("运输处")));
        // The notice gives 厅直机关党委 no full name: the site shows none rather than invent one.
        Assert.DoesNotContain("全称", Facts(Slug("厅直机关党委")));
        Assert.Contains("甘肃省交通运输厅运输处", Facts(Slug("运输处")));
        Assert.Contains("成员单位", Facts(Slug("运输处")));
        Assert.NotEmpty(host);
    }

    [Fact]
    public void The_home_page_counts_stories_per_form_and_cases_per_kind_from_content()
    {
        var figures = Page("").QuerySelectorAll("ul.figures a")
            .ToDictionary(a => a.QuerySelector(".figure-label")!.TextContent, a => int.Parse(a.QuerySelector(".figure-count")!.TextContent));
        Assert.Equal(StoriesOf("正面").Length, figures["正面典型"]);
        Assert.Equal(StoriesOf("反面").Length, figures["反面典型警示"]);
        var news = Directory.GetFiles(Path.Combine(site.ContentDir, "stories"), "*.md", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("type: 即时报道") && !File.ReadAllText(f).Contains("draft: true"));
        Assert.Equal(news, figures["即时报道"]);
        Assert.NotNull(Page("").QuerySelector("figure.video video[poster]"));
    }

    private string Slug(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(site.ContentDir, "departments.yml"));
        var at = Array.FindIndex(lines, l => l.TrimStart().StartsWith($"- name: {name}", StringComparison.Ordinal));
        return lines.Skip(at).First(l => l.TrimStart().StartsWith("slug:", StringComparison.Ordinal)).Split(':')[1].Split('#')[0].Trim();
    }
}

/// <summary>A column with no stories is left out of the navigation and named by `check`.</summary>
public sealed class EmptyColumnTests
{
    [Fact]
    public void An_empty_column_is_not_linked_and_check_warns_about_it()
    {
        using var content = new ContentCase();
        var result = content.Build();
        Assert.True(result.Success);
        var warnings = result.Diagnostics.Where(d => d.Code == "PORTAL0027").Select(d => d.Message).ToList();
        Assert.Contains(warnings, m => m.Contains("“专题访谈”"));
        Assert.DoesNotContain(warnings, m => m.Contains("“即时报道”"));
        var home = File.ReadAllText(Path.Combine(content.OutputDir, "index.html"));
        var nav = home[home.IndexOf("column-nav", StringComparison.Ordinal)..home.IndexOf("</nav>", home.IndexOf("column-nav", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("即时报道", nav);
        Assert.DoesNotContain("专题访谈", nav);
        Assert.DoesNotContain("典型案例", nav);
    }
}

/// <summary>The home page's banner, from site.yml, with its alternative text; a banner without one is an error.</summary>
public sealed class HomeBannerTests
{
    private static readonly byte[] Png = FixtureContent.Png;

    [Fact]
    public void A_banner_with_alternative_text_shows_on_the_home_page()
    {
        using var content = new ContentCase().WriteBytes("media/banner.png", Png);
        var site = Path.Combine(content.ContentDir, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("organizer:", "banner: { src: media/banner.png, alt: 深化“三抓三促”行动 推动交通运输高质量发展 }\norganizer:"));
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.OutputDir, "index.html")));
        var banner = home.QuerySelector("p.banner img")!;
        Assert.Equal("深化“三抓三促”行动 推动交通运输高质量发展", banner.GetAttribute("alt"));
        Assert.EndsWith("media/banner.png", banner.GetAttribute("src"));
        Assert.True(File.Exists(Path.Combine(content.OutputDir, "media", "banner.png")));
    }

    [Fact]
    public void A_banner_without_alternative_text_or_file_is_an_error()
    {
        using var content = new ContentCase();
        var site = Path.Combine(content.ContentDir, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("organizer:", "banner: { src: media/none.png }\norganizer:"));
        var result = content.Check();
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == "PORTAL0050" && d.File == "site.yml");
        Assert.Contains(result.Diagnostics, d => d.Code == "PORTAL0051" && d.File == "site.yml");
    }
}
