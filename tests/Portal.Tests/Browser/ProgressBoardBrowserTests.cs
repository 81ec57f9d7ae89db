using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reports;

namespace Portal.Tests.Browser;

/// <summary>The shipped content plus the office's material of <see cref="DispatchReportTests.WriteStories"/>, served as published.</summary>
public sealed class DispatchSite : ServedSite
{
    protected override void Prepare(string contentDir)
    {
        TempFolder.CopyDirectory(RepositoryPaths.Content, contentDir);
        DispatchReportTests.WriteStories(contentDir);
    }
}

/// <summary>
/// The public progress page (/tasks/progress/) as a reader and the office see it in Chromium: the half years through the
/// as-of one, the counts, the office's report under its half year. Its screenshot is the guide's picture of the page
/// (<see cref="GuideScreenshots"/>).
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class ProgressBoardBrowserTests(DispatchSite site) : IClassFixture<DispatchSite>
{
    [Fact]
    public async Task The_board_shows_each_half_year_through_the_as_of_one_with_the_offices_report_under_its_half_year()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new() { Width = 1100, Height = 800 } });
        await page.GotoAsync(site.Url("tasks/progress/").ToString());
        var board = page.Locator("table#progress-board");
        Assert.True(await board.IsVisibleAsync());

        // Built as of 2026-11-26 (ServedSite): four half years, each header the period's name first.
        var headers = await board.Locator("thead th").AllInnerTextsAsync();
        Assert.Equal(["重点任务", "牵头部门", "2025上半年", "2025下半年", "2026上半年", "2026下半年"], headers.Select(h => h.Split('\n')[0].Trim()));
        Assert.Contains("截至2026年11月26日", await page.InnerTextAsync("main"));

        async Task<string> Cell(int task, string period) =>
            (await board.Locator($"td[data-task=\"{task}\"][data-period=\"{period}\"]").InnerTextAsync()).Trim();
        Assert.StartsWith("1", await Cell(4, "2025上半年"));  // 公路管理处, 2025-03-10
        Assert.StartsWith("1", await Cell(4, "2025下半年"));  // 乡村振兴办, 2025-08-20
        Assert.StartsWith("1", await Cell(7, "2026上半年"));  // 厅办公室, 2026-02-01
        Assert.Equal("0", await Cell(4, "2026下半年"));
        Assert.DoesNotContain("未报送", await page.InnerTextAsync("body"));

        // At a desktop width every column is in view (the scroller needs no scrolling) and the task titles are lines of
        // text, not a column of single characters squeezed by the lead departments.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.True(await page.EvaluateAsync<bool>("(s => s.scrollWidth <= s.clientWidth)(document.querySelector('.table-scroll'))"), "the board is wider than its scroller");
        var fontSize = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('#progress-board tbody th')).fontSize)");
        foreach (var width in await board.Locator("tbody th").EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().width)"))
            Assert.True(width >= 8 * fontSize, $"a task title is {width} px wide");
        // The guide's picture: from the page's explanation (what is counted, 截至) to the end of the board.
        var top = (await page.Locator("main p.lead").BoundingBoxAsync())!;
        var bottom = (await page.Locator("main .table-scroll").BoundingBoxAsync())!;
        await page.ScreenshotAsync(new()
        {
            Path = GuideScreenshots.PathOf("12-progress-board.png"),
            FullPage = true,
            Clip = new() { X = bottom.X - 8, Y = top.Y - 8, Width = bottom.Width + 16, Height = bottom.Y + bottom.Height - top.Y + 16 },
        });

        // The office's report of 2025下半年 is linked under that half year, and opens.
        var report = board.Locator("thead th", new() { HasText = "2025下半年" }).Locator("a.office-report");
        Assert.Equal(1, await report.CountAsync());
        await report.ClickAsync();
        await page.WaitForURLAsync("**/stories/2026/2026-01-03-office-report/");
        Assert.Equal(DispatchReportTests.NotSubmissions[1], (await page.InnerTextAsync("h1")).Trim());
        await context.CloseAsync();
    }
}
