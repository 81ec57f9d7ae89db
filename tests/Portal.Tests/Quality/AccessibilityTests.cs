using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Quality;

/// <summary>
/// axe-core (WCAG 2.1 A and AA) in Chromium on every page kind in every mode of the reading tools (normal, high
/// contrast, largest font, wide line spacing, large cursor, reading guide, all at once), and 朗读 open, paused and
/// showing its note in each mode, plus checks the checkers
/// cannot make: 200 % zoom keeps the layout in every mode, keyboard focus is visible.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium and axe-core
public sealed class AccessibilityTests(ServedSite site) : IClassFixture<ServedSite>
{
    /// <summary>Named views (search answers, a second list page); every other kind is added by <see cref="FixturePageKinds"/>.</summary>
    private static readonly string[] Variants =
    [
        "", "notice/", "mechanism/", "tasks/", "tasks/4/", "departments/", "departments/highway-administration/",
        "stories/", "stories/page/2/", "stories/2025/", "stories/2025/2025-03-16-fixture-03/", "stories/2025/2025-03-06-fixture-01/",
        "types/", "types/cases/", "types/videos/", "cases/", "cases/negative/", "coverage/", "tasks/progress/", "tags/", "tags/四好农村路/", "about/", "accessibility/", "contact/", "copyright/", "privacy/", "feedback/", "sitemap/",
        "search/", "search/?q=%E5%80%BA%E5%8A%A1", "search/?q=%E8%B6%B3%E7%90%83", "404.html",
    ];

    public static readonly string[] PageKinds =
        FixturePageKinds.WithEveryKind(Variants.Select(p => (p, p))).Select(v => v.Path).Distinct().ToArray();

    public static TheoryData<string> Modes => new() { "normal", "contrast", "largest-font", "line-spacing", "large-cursor", "reading-guide", "all-tools" };

    /// <summary>What the reading tools store for a mode, set before any page script runs.</summary>
    private static string ModeScript(string mode) => mode switch
    {
        "contrast" => "localStorage.setItem('portal-contrast', '1')",
        "largest-font" => "localStorage.setItem('portal-font-size', '3')",
        "line-spacing" => "localStorage.setItem('portal-line-spacing', '1')",
        "large-cursor" => "localStorage.setItem('portal-large-cursor', '1')",
        "reading-guide" => "localStorage.setItem('portal-reading-guide', '1')",
        "all-tools" => "['portal-contrast', 'portal-line-spacing', 'portal-large-cursor', 'portal-reading-guide'].forEach(k => localStorage.setItem(k, '1')); localStorage.setItem('portal-font-size', '3')",
        _ => "localStorage.clear()",
    };

    /// <summary>The classes a mode must put on &lt;html&gt;, so a mode that silently did nothing fails.</summary>
    private static string ModeClasses(string mode) => mode switch
    {
        "contrast" => "js contrast",
        "largest-font" => "js fs-3",
        "line-spacing" => "js ls-1",
        "large-cursor" => "js large-cursor",
        "reading-guide" => "js reading-guide",
        "all-tools" => "js fs-3 ls-1 contrast large-cursor reading-guide",
        _ => "js",
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Every_page_kind_has_zero_wcag_violations(string mode)
    {
        var context = await site.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", BypassCSP = true });
        await context.AddInitScriptAsync(ModeScript(mode));
        await context.AddInitScriptAsync(FakeSpeech.Script());
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        async Task Check(string state)
        {
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            foreach (var violation in result.Violations)
            {
                var targets = string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()));
                problems.Add($"{mode} {state}: {violation.Id} ({violation.Impact}) {targets}");
            }
        }
        foreach (var path in PageKinds)
        {
            await page.GotoAsync(site.Url(path).ToString());
            if (path.StartsWith("search/?", StringComparison.Ordinal))
                await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
            await Check("/" + path);
        }
        // 朗读 open and reading (its controls shown, a sentence highlighted), then its note where there is no Chinese voice.
        await page.GotoAsync(site.Url("stories/2025/2025-03-06-fixture-01/").ToString());
        await page.ClickAsync("[data-read-aloud]");
        await page.EvaluateAsync("speech.finish()");
        Assert.True(await page.IsVisibleAsync("#read-aloud-controls"));
        await Check("read-aloud open");
        await page.ClickAsync("[data-read-aloud-pause]");
        await Check("read-aloud paused");
        await page.EvaluateAsync("speech.voices = []");
        await page.ClickAsync("[data-read-aloud]");
        await page.ClickAsync("[data-read-aloud]");
        await page.WaitForSelectorAsync("[data-read-aloud-note]:not([hidden])");
        await Check("read-aloud note");
        // 生成分享海报 drawn (the poster, its status and 保存图片 shown), and 媒体聚焦 filtered to one medium.
        await page.GotoAsync(site.Url("stories/2025/2025-03-06-fixture-01/").ToString());
        await page.ClickAsync("[data-poster-make]");
        await page.WaitForSelectorAsync("[data-poster][data-state='done']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await Check("poster drawn");
        await page.GotoAsync(site.Url("coverage/?medium=" + Uri.EscapeDataString("报纸")).ToString());
        await page.WaitForSelectorAsync("[data-medium][aria-current]", new() { Timeout = 30_000 });
        await Check("coverage filtered");
        Assert.Equal(ModeClasses(mode), await page.EvaluateAsync<string>("document.documentElement.className"));
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Axe_does_report_a_real_violation()
    {
        // Guards the gate: the same call must catch an image without alt text.
        var context = await site.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("about/").ToString());
        await page.EvaluateAsync("document.querySelector('main').appendChild(document.createElement('img')).src = 'x.png'");
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        Assert.Contains(result.Violations, v => v.Id == "image-alt");
        await context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Layout_stays_intact_at_200_percent_zoom(string mode)
    {
        // 200 % zoom of a 1280 px window is a 640 px viewport at device scale 2: nothing may overflow sideways.
        var context = await site.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 640, Height = 900 },
            DeviceScaleFactor = 2,
        });
        await context.AddInitScriptAsync(ModeScript(mode));
        var page = await context.NewPageAsync();
        var overflowing = new List<string>();
        foreach (var path in PageKinds.Where(p => !p.Contains('?')))
        {
            await page.GotoAsync(site.Url(path).ToString());
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 641) overflowing.Add($"{mode} /{path}: {width}px");
        }
        Assert.Equal(ModeClasses(mode), await page.EvaluateAsync<string>("document.documentElement.className"));
        await context.CloseAsync();
        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    [Fact]
    public async Task Skip_link_and_focus_are_visible_and_preferences_persist()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync();
        await page.GotoAsync(site.Url("").ToString());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到主要内容", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        var top = await page.EvaluateAsync<double>("document.activeElement.getBoundingClientRect().top");
        Assert.True(top >= 0, "the focused skip link must be on screen");

        await page.ClickAsync("[data-font-size='3']");
        await page.ClickAsync("[data-contrast]");
        await page.GotoAsync(site.Url("notice/").ToString());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.classList.contains('fs-3') && document.documentElement.classList.contains('contrast')"));
        Assert.Equal("true", await page.GetAttributeAsync("[data-contrast]", "aria-pressed"));
        var fontSize = await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize");
        Assert.Equal("24px", fontSize);
        await context.CloseAsync();
    }
}
