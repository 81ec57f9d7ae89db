using Microsoft.Playwright;
using Portal.Preview;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// What an editor sees in `serve`'s tab while writing (issue #25 item 3): an edit of the story's words shows in the open
/// page without a reload (the reader keeps the place they scrolled to, the page's buttons keep working), while an edit
/// that changes what surrounds the content reloads the page, and a tab on another page is left alone.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium, a server
public sealed class PreviewRefreshTests : IAsyncLifetime
{
    private const string StoryPath = "stories/2025/2025-02-25-notice-issued/";
    private readonly ServedContent served = new();

    private string StoryFile => Path.Combine(served.Content.ContentDir, "stories/2025/2025-02-25-notice-issued.md");

    public Task InitializeAsync() => served.InitializeAsync();

    public Task DisposeAsync() => served.DisposeAsync();

    /// <summary>Opens a page, marks its window (a reload forgets the mark) and waits until reload.js knows the page as served.</summary>
    private async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844); // a phone
        var ownCopy = page.WaitForRequestFinishedAsync(new() { Predicate = r => r.Url.EndsWith(path, StringComparison.Ordinal) && r.Frame == page.MainFrame && !r.IsNavigationRequest });
        await page.GotoAsync(new Uri(served.Session.Address, path).AbsoluteUri);
        await ownCopy; // reload.js's own copy of the page, fetched after `load`
        await page.EvaluateAsync("() => { window.portalTestMark = 'kept'; }");
        return page;
    }

    [Fact]
    public async Task A_body_edit_shows_in_place_keeping_the_scroll_position_and_the_page_working()
    {
        var (context, _, requests) = await served.Chromium.NewPageAsync();
        await context.AddInitScriptAsync(FakeSpeech.Script());
        var page = await OpenAsync(context, StoryPath);
        var other = await OpenAsync(context, "tasks/");
        // The other tab counts the reload events it is sent (the quick edit's, then the update's), to know when both came.
        await other.EvaluateAsync("() => { window.portalTestEvents = 0; new EventSource('/__portal/events').addEventListener('reload', () => window.portalTestEvents++); }");
        await page.EvaluateAsync("() => window.scrollTo(0, 400)");
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(scrolled > 100, $"the story page is too short to scroll ({scrolled})");

        File.AppendAllText(StoryFile, "\n\n编辑刚刚补充的一段话。\n");
        await page.GetByText("编辑刚刚补充的一段话。").WaitForAsync(new() { Timeout = 30_000 });

        Assert.Equal("kept", await page.EvaluateAsync<string?>("() => window.portalTestMark"));
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
        Assert.NotNull(await page.GetAttributeAsync("html", "data-portal-refreshed"));
        // The page's own script still answers its button in <main> after the update, and reads the page as it is now.
        await page.ClickAsync("[data-read-aloud]");
        Assert.Equal("true", await page.GetAttributeAsync("[data-read-aloud]", "aria-pressed"));
        await page.WaitForFunctionAsync("() => speech.spoken.some(u => u.text.includes('编辑刚刚补充的一段话')) || (speech.finish(), false)", null, new() { Timeout = 30_000, PollingInterval = 50 });
        // The tab on another page was told of both and not reloaded (a reload would start within moments of the event).
        await other.WaitForFunctionAsync("() => window.portalTestEvents >= 2", null, new() { Timeout = 60_000 });
        await other.WaitForTimeoutAsync(500);
        Assert.Equal("kept", await other.EvaluateAsync<string?>("() => window.portalTestMark"));
        lock (requests) Assert.All(requests, url => Assert.StartsWith(served.Session.Address.GetLeftPart(UriPartial.Authority), url));
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_title_edit_shows_in_the_tab_title_and_heading_and_a_change_around_the_content_reloads()
    {
        var (context, _, _) = await served.Chromium.NewPageAsync();
        var page = await OpenAsync(context, StoryPath);

        File.WriteAllText(StoryFile, File.ReadAllText(StoryFile).Replace("title: 省交通运输厅印发", "title: 标题改过：省交通运输厅印发"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("标题改过：", new() { Timeout = 30_000 });
        Assert.StartsWith("标题改过：", await page.TitleAsync());
        Assert.Equal("kept", await page.EvaluateAsync<string?>("() => window.portalTestMark"));

        // The site's name is in the header and footer of every page: the page reloads to show it.
        var site = Path.Combine(served.Content.ContentDir, "site.yml");
        var yaml = File.ReadAllText(site);
        var organizer = System.Text.RegularExpressions.Regex.Match(yaml, @"(?m)^organizer: (\S+)");
        Assert.True(organizer.Success, "site.yml names no organizer");
        File.WriteAllText(site, yaml.Replace(organizer.Value, organizer.Value + "预览测试"));
        await page.WaitForFunctionAsync("() => window.portalTestMark === undefined && document.body.textContent.includes('预览测试')", null, new() { Timeout = 60_000 });
        await context.CloseAsync();
    }
}
