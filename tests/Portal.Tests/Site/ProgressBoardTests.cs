using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>
/// The public progress board (/tasks/progress/ and progress.csv): per key task and half year, the number of 进展 stories
/// through the as-of half year, linked to the task page's section, never who is late; on the fixture site whose
/// reports are <see cref="FixtureContent.Reports"/>, built as of 2026-11-26.
/// </summary>
public sealed class ProgressBoardTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string sitePath) => Parser.ParseDocument(site.Read(sitePath));

    private static IElement Cell(IDocument board, int task, string period) =>
        board.QuerySelector($"table#progress-board td[data-task=\"{task}\"][data-period=\"{period}\"]")
        ?? throw new InvalidOperationException($"no cell for task {task}, {period}");

    private string ReportUrl(int index) =>
        Directory.GetFiles(Path.Combine(site.ContentDir, "stories"), $"*-fixture-{index:00}.md", SearchOption.AllDirectories).Single() is var file
            ? $"/stories/{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileNameWithoutExtension(file)}/"
            : "";

    [Fact]
    public void One_column_per_half_year_from_the_first_through_the_as_of_half_year()
    {
        var headers = Page("tasks/progress/").QuerySelectorAll("table#progress-board thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["重点任务", "牵头部门", "2025上半年", "2025下半年", "2026上半年", "2026下半年"], headers);
        Assert.Contains("截至2026年11月26日", Page("tasks/progress/").QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData(2, "2025上半年", 2)]
    [InlineData(4, "2025上半年", 1)]
    [InlineData(5, "2025上半年", 1)] // written 2025年上半年: normalised
    [InlineData(8, "2025下半年", 1)]
    public void A_cell_counts_the_tasks_progress_stories_and_links_to_them(int task, string period, int count)
    {
        var cell = Cell(Page("tasks/progress/"), task, period);
        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), cell.GetAttribute("data-count"));
        var link = Assert.Single(cell.QuerySelectorAll("a"));
        var anchor = $"progress-{period[..4]}-{(period.Contains('下') ? 2 : 1)}";
        Assert.Equal($"/tasks/{task}/#{anchor}", link.GetAttribute("href"));
        Assert.StartsWith(count.ToString(System.Globalization.CultureInfo.InvariantCulture), link.TextContent);
        Assert.NotNull(cell.QuerySelector("time[datetime]"));
        // The link lands on the half year's heading of the task page, which lists the stories counted.
        var heading = Page($"tasks/{task}/").GetElementById(anchor);
        Assert.Equal(period, heading?.TextContent);
    }

    [Theory]
    [InlineData(1, "2025上半年")]
    [InlineData(2, "2025下半年")]
    [InlineData(3, "2026下半年")]
    public void A_half_year_without_progress_is_a_plain_zero(int task, string period)
    {
        var cell = Cell(Page("tasks/progress/"), task, period);
        Assert.Equal("0", cell.GetAttribute("data-count"));
        Assert.Equal("0", cell.TextContent.Trim());
        Assert.Empty(cell.QuerySelectorAll("a"));
    }

    [Fact]
    public void Rows_follow_the_notice_one_per_task_with_its_leads_as_the_notice_writes_them()
    {
        var rows = Page("tasks/progress/").QuerySelectorAll("table#progress-board tbody tr").ToList();
        Assert.Equal(9, rows.Count);
        Assert.Equal(Enumerable.Range(1, 9).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            rows.Select(tr => tr.QuerySelector("td[data-task]")!.GetAttribute("data-task")));
        Assert.Equal("厅机关各部门", rows[8].QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.All(rows, tr => Assert.Equal(4, tr.QuerySelectorAll("td[data-count]").Length));
    }

    [Fact]
    public void No_page_of_the_site_names_anyone_as_late()
    {
        var pages = Directory.GetFiles(site.OutputDir, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.DoesNotContain("未报送", File.ReadAllText(page)));
        Assert.DoesNotContain("未报送", File.ReadAllText(site.File("tasks/progress.csv")));
    }

    [Fact]
    public void The_csv_holds_the_same_figures_in_excel_ready_utf8()
    {
        var bytes = File.ReadAllBytes(site.File("tasks/progress.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("任务序号,重点任务,牵头部门,2025上半年进展稿件数,2025上半年最近报送日期,2025下半年进展稿件数,", lines[0]);
        Assert.Equal(11, lines.Length); // header, nine tasks, the office's reports
        var board = Page("tasks/progress/");
        foreach (var line in lines[1..10])
        {
            var cells = line.Split(',');
            var task = int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Cell(board, task, "2025上半年").GetAttribute("data-count"), cells[3]);
            Assert.Equal(Cell(board, task, "2025下半年").GetAttribute("data-count"), cells[5]);
        }
    }

    [Fact]
    public void Each_task_page_lists_its_progress_by_half_year()
    {
        var section = Page("tasks/2/").GetElementById("progress")!;
        Assert.Equal("进展报送", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(["2025上半年"], section.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal([ReportUrl(10), ReportUrl(1)], section.QuerySelectorAll(".story-card a[href^='/stories/']").Select(a => a.GetAttribute("href")));
        Assert.Contains("暂无进展报送", Page("tasks/1/").GetElementById("progress")!.TextContent);
    }

    [Fact]
    public void The_board_is_in_the_columns_row_and_under_key_tasks()
    {
        var page = Page("tasks/progress/");
        Assert.Contains(page.QuerySelectorAll("nav.column-nav a"), a => a.TextContent == "工作进展" && a.GetAttribute("href") == "/tasks/progress/");
        Assert.Equal("重点任务", page.QuerySelector("nav.site-nav a[aria-current=page]")!.TextContent);
        Assert.Equal(["首页", "重点任务"], page.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("2025-09-15", new[] { "2025上半年", "2025下半年" })]
    [InlineData("2026-01-10", new[] { "2025上半年", "2025下半年", "2026上半年" })]
    [InlineData("2026-12-06", new[] { "2025上半年", "2025下半年", "2026上半年", "2026下半年" })]
    public void The_columns_run_to_the_as_of_half_year_and_count_nothing_after_it(string asOf, string[] periods)
    {
        using var folder = new TempFolder();
        var content = FixtureContent.Create(folder.Combine("content"));
        // The office's half-year report on 2025下半年, published in January 2026.
        Directory.CreateDirectory(Path.Combine(content, "stories", "2026"));
        File.WriteAllText(Path.Combine(content, "stories", "2026", "2026-01-05-office-report.md"),
            "---\ntitle: 专项工作机制办公室2025年下半年工作情况报告\ndate: 2026-01-05\ntasks: [1]\ndepartments: [专项工作机制办公室]\n"
            + "type: 综述评论\nreport: 半年工作情况\nperiod: 2025下半年\n---\n\n2025年下半年，各牵头部门定期报送进展情况。\n");
        var result = SiteBuild.Build(new BuildOptions
        {
            ContentDir = content, OutputDir = folder.Combine("_site"), ThemeDir = RepositoryPaths.Theme,
            BaseUrl = new Uri("https://example.gov.cn/"), Today = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var board = Parser.ParseDocument(File.ReadAllText(folder.Combine("_site", "tasks", "progress", "index.html")));
        Assert.Equal(periods, board.QuerySelectorAll("table#progress-board thead th").Skip(2).Select(th => th.FirstChild!.TextContent.Trim()));
        Assert.All(board.QuerySelectorAll("td[data-period]"), td => Assert.Contains(td.GetAttribute("data-period"), periods));
        var asOfDate = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        // Under its column once published (not yet on 2025-09-15), linking to the report itself.
        var officeLinks = board.QuerySelectorAll("table#progress-board thead a.office-report").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(asOfDate >= new DateOnly(2026, 1, 5) ? ["/stories/2026/2026-01-05-office-report/"] : [], officeLinks);
        if (officeLinks.Count > 0)
            Assert.Contains("2025下半年", board.QuerySelector("table#progress-board thead a.office-report")!.ParentElement!.TextContent);
        Assert.Contains($"截至{asOfDate.Year}年{asOfDate.Month}月{asOfDate.Day}日", board.QuerySelector("main")!.TextContent);
    }
}
