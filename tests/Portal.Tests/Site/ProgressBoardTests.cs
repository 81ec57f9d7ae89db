using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>
/// The half-year progress board (/tasks/progress/ and progress.csv), each task's 半年工作情况, and the office's summary
/// in `check`, on the fixture site whose reports are <see cref="FixtureContent.Reports"/>.
/// </summary>
public sealed class ProgressBoardTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string sitePath) => Parser.ParseDocument(site.Read(sitePath));

    private IElement Cell(int task, string department, string period) =>
        Page("tasks/progress/").QuerySelector($"table#progress-board td[data-task=\"{task}\"][data-department=\"{department}\"][data-period=\"{period}\"]")
        ?? throw new InvalidOperationException($"no cell for task {task}, {department}, {period}");

    private string ReportUrl(int index) =>
        Directory.GetFiles(Path.Combine(site.ContentDir, "stories"), $"*-fixture-{index:00}.md", SearchOption.AllDirectories).Single() is var file
            ? $"/stories/{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileNameWithoutExtension(file)}/"
            : "";

    [Fact]
    public void One_column_per_half_year_from_the_first_to_the_latest_reported()
    {
        var headers = Page("tasks/progress/").QuerySelectorAll("table#progress-board thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["重点任务", "牵头部门", "2025上半年", "2025下半年"], headers);
    }

    [Theory]
    [InlineData(1, 2, "科技处", "2025上半年")]
    [InlineData(3, 4, "公路管理处", "2025上半年")]
    [InlineData(10, 2, "运输处", "2025上半年")]
    [InlineData(13, 5, "财务审计处", "2025上半年")] // written 2025年上半年: normalised
    [InlineData(17, 9, "厅机关各部门", "2025上半年")] // a collective lead, satisfied by one of its members
    [InlineData(25, 8, "乡村振兴办", "2025下半年")]
    public void A_reported_cell_links_to_its_report(int story, int task, string department, string period)
    {
        var cell = Cell(task, department, period);
        Assert.Equal("reported", cell.GetAttribute("data-state"));
        Assert.Equal([ReportUrl(story)], cell.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData(1, "政策法规处", "2025上半年")]
    [InlineData(2, "科技处", "2025下半年")]
    [InlineData(8, "厅办公室", "2025上半年")]
    public void A_missing_cell_says_so_neutrally_without_a_link(int task, string department, string period)
    {
        var cell = Cell(task, department, period);
        Assert.Equal("missing", cell.GetAttribute("data-state"));
        Assert.Equal("未报送", cell.TextContent.Trim());
        Assert.Empty(cell.QuerySelectorAll("a"));
    }

    [Fact]
    public void Rows_follow_the_notice_one_per_task_and_lead_a_collective_being_one_row()
    {
        var rows = Page("tasks/progress/").QuerySelectorAll("table#progress-board tbody tr")
            .Select(tr => (tr.QuerySelector("td")!.GetAttribute("data-task"), tr.QuerySelector("td")!.GetAttribute("data-department")))
            .ToList();
        Assert.Equal(("2", "科技处"), rows[5]);
        Assert.Equal(("2", "运输处"), rows[6]);
        Assert.Equal([("9", "厅机关各部门")], rows.Where(r => r.Item1 == "9"));
        Assert.Equal(19, rows.Count); // the leads of the nine tasks in the notice: 5 + 2 + 2 + 2 + 1 + 1 + 2 + 3 + 1
        Assert.All(Page("tasks/progress/").QuerySelectorAll("table#progress-board td"), td =>
            Assert.Contains(td.GetAttribute("data-state"), new[] { "reported", "missing" }));
    }

    [Fact]
    public void The_csv_holds_the_same_cells_in_excel_ready_utf8()
    {
        var bytes = File.ReadAllBytes(site.File("tasks/progress.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("任务序号,重点任务,牵头部门,2025上半年,2025上半年报告链接,2025下半年,2025下半年报告链接", lines[0]);
        var board = Page("tasks/progress/").QuerySelectorAll("table#progress-board td");
        Assert.Equal(board.Length / 2, lines.Length - 1);
        var row = lines.Single(l => l.StartsWith("2,加力推进智慧交通建设,科技处,", StringComparison.Ordinal));
        Assert.Equal($"2,加力推进智慧交通建设,科技处,已报送,https://example.gov.cn{ReportUrl(1)},未报送,", row);
    }

    [Fact]
    public void Each_task_page_lists_its_reports_by_period()
    {
        var section = Page("tasks/2/").QuerySelectorAll("section").Single(s => s.QuerySelector("h2")?.TextContent == "半年工作情况");
        Assert.Equal(["2025上半年"], section.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal([ReportUrl(10), ReportUrl(1)], section.QuerySelectorAll(".story-card a[href^='/stories/']").Select(a => a.GetAttribute("href")));
        var none = Page("tasks/1/").QuerySelectorAll("section").Single(s => s.QuerySelector("h2")?.TextContent == "半年工作情况");
        Assert.Contains("尚未报送", none.TextContent);
    }

    [Fact]
    public void The_board_is_in_the_columns_row_and_under_key_tasks()
    {
        var page = Page("tasks/progress/");
        Assert.Contains(page.QuerySelectorAll("nav.column-nav a"), a => a.TextContent == "工作进展" && a.GetAttribute("href") == "/tasks/progress/");
        Assert.Equal("重点任务", page.QuerySelector("nav.site-nav a[aria-current=page]")!.TextContent);
        Assert.Equal(["首页", "重点任务"], page.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.TextContent));
    }

    [Fact]
    public void Check_sums_up_the_missing_reports_of_the_latest_half_year_in_one_warning_with_a_table()
    {
        var warnings = site.Result.Diagnostics.Where(d => d.Code == "PORTAL0025").ToList();
        var summary = Assert.Single(warnings);
        Assert.Contains("2025下半年尚未报送工作情况的牵头部门", summary.Message);
        Assert.Contains("任务1 政策法规处", summary.Message);
        Assert.DoesNotContain("任务8 乡村振兴办", summary.Message);
        Assert.DoesNotContain("任务9 厅机关各部门", summary.Message);
        Assert.NotNull(summary.Table);
        Assert.Equal(["重点任务", "牵头部门", "2025下半年工作情况", "最近进展"], summary.Table![0]);
        Assert.Contains(summary.Table, row => row[1] == "政策法规处" && row[2] == "未报送");
        Assert.Equal("tasks", summary.File);
    }
}
