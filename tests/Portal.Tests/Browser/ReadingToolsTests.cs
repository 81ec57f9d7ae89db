using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The header's 阅读辅助 tools (MIIT 适老化): operated with the keyboard alone, announced to screen readers,
/// remembered across pages before the first paint, reset in one press; the reading guide and the large cursor.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class ReadingToolsTests(ServedSite site) : IClassFixture<ServedSite>
{
    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus, as a keyboard user would.</summary>
    internal static async Task TabTo(IPage page, string selector)
    {
        for (var press = 0; press < 120; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement.matches(s)", selector)) return;
        }
        Assert.Fail($"Tab never reached {selector}");
    }

    private static Task<string> RootClasses(IPage page) => page.EvaluateAsync<string>("document.documentElement.className");

    private static Task<string> Announcement(IPage page) =>
        page.EvaluateAsync<string>("document.querySelector('.reading-tools [role=status]').textContent.trim()");

    [Theory]
    [InlineData("[data-font-size='3']", "Space", "fs-3", "已切换为特大字号")]
    [InlineData("[data-line-spacing='1']", "Enter", "ls-1", "已切换为加大行距")]
    [InlineData("[data-contrast]", "Space", "contrast", "已开启高对比度")]
    [InlineData("[data-large-cursor]", "Enter", "large-cursor", "已开启特大鼠标")]
    [InlineData("[data-reading-guide]", "Space", "reading-guide", "已开启阅读线")]
    public async Task A_tool_is_a_toggle_button_operated_by_keyboard_announced_and_remembered(string button, string key, string rootClass, string said)
    {
        var (context, page, requests) = await site.Chromium.NewPageAsync();
        // Records <html>'s classes at the moment <body> is parsed: anything later could show unstyled for a frame.
        await context.AddInitScriptAsync("""
            new MutationObserver((changes, observer) => {
              if (document.body) { window.classesAtBody = document.documentElement.className; observer.disconnect(); }
            }).observe(document, { childList: true, subtree: true });
            """);
        await page.GotoAsync(site.Url("").ToString());
        Assert.Equal("button", await page.EvalOnSelectorAsync<string>(button, "b => b.localName"));
        Assert.Equal("false", await page.GetAttributeAsync(button, "aria-pressed"));
        Assert.DoesNotContain(rootClass, (await RootClasses(page)).Split(' '));
        Assert.Equal("", await Announcement(page));

        await TabTo(page, button);
        await page.Keyboard.PressAsync(key);

        Assert.Equal("true", await page.GetAttributeAsync(button, "aria-pressed"));
        Assert.Contains(rootClass, (await RootClasses(page)).Split(' '));
        Assert.Equal(said, await Announcement(page));
        Assert.Equal("polite", await page.GetAttributeAsync(".reading-tools [role=status]", "aria-live"));

        await page.GotoAsync(site.Url("notice/").ToString());
        Assert.Contains(rootClass, (await page.EvaluateAsync<string>("window.classesAtBody")).Split(' '));
        Assert.Equal("true", await page.GetAttributeAsync(button, "aria-pressed"));
        Assert.Equal("", await Announcement(page));

        // Pressing again switches a toggle off (a size button stays chosen) and says so.
        await TabTo(page, button);
        await page.Keyboard.PressAsync(key == "Space" ? "Enter" : "Space");
        if (!button.Contains("='"))
        {
            Assert.Equal("false", await page.GetAttributeAsync(button, "aria-pressed"));
            Assert.DoesNotContain(rootClass, (await RootClasses(page)).Split(' '));
            Assert.Equal(said.Replace("开启", "关闭"), await Announcement(page));
        }
        else
        {
            Assert.Equal("true", await page.GetAttributeAsync(button, "aria-pressed"));
            Assert.StartsWith(said, await Announcement(page));
        }
        Assert.All(requests, url => Assert.Equal(site.Address.Authority, new Uri(url).Authority));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Choosing_a_size_presses_only_that_size_button()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync();
        await page.GotoAsync(site.Url("about/").ToString());
        await page.ClickAsync("[data-font-size='2']");
        var pressed = await page.EvalOnSelectorAllAsync<string[]>("[data-font-size]", "bs => bs.map(b => b.getAttribute('aria-pressed'))");
        Assert.Equal(["false", "false", "true", "false"], pressed);
        Assert.Equal("20.8px", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize"));
        await page.ClickAsync("[data-font-size='3']");
        Assert.Equal("24px", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize"));
        Assert.DoesNotContain("fs-2", (await RootClasses(page)).Split(' '));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Reset_restores_every_default_on_this_and_later_pages()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync();
        await page.GotoAsync(site.Url("").ToString());
        foreach (var button in new[] { "[data-font-size='3']", "[data-line-spacing='1']", "[data-contrast]", "[data-large-cursor]", "[data-reading-guide]" })
            await page.ClickAsync(button);
        Assert.Equal("js fs-3 ls-1 contrast large-cursor reading-guide", await RootClasses(page));

        await TabTo(page, "[data-reset]");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("js", await RootClasses(page));
        Assert.Equal("已恢复默认阅读设置", await Announcement(page));
        var pressed = await page.EvalOnSelectorAllAsync<string[]>("[aria-pressed='true']", "bs => bs.map(b => b.textContent)");
        // 字号, 行距 and 朗读's 语速 (under the closed 朗读 controls) are back to 标准.
        Assert.Equal(["标准", "标准", "标准"], pressed);

        await page.GotoAsync(site.Url("tasks/").ToString());
        Assert.Equal("js", await RootClasses(page));
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_reading_guide_follows_keyboard_focus_and_the_pointer_without_catching_clicks()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 800 } });
        await context.AddInitScriptAsync("localStorage.setItem('portal-reading-guide', '1')");
        await page.GotoAsync(site.Url("notice/").ToString());
        const string guide = ".reading-guide-bar";
        Assert.Equal("true", await page.GetAttributeAsync(guide, "aria-hidden"));
        Assert.Equal("none", await page.EvalOnSelectorAsync<string>(guide, "g => getComputedStyle(g).pointerEvents"));
        Assert.True(await page.IsVisibleAsync(guide));

        async Task GuideSitsUnderFocus()
        {
            // The guide moves one animation frame after the focus, once the browser has scrolled.
            await page.WaitForFunctionAsync("""
                () => Math.abs(document.querySelector('.reading-guide-bar').getBoundingClientRect().top
                  - (document.activeElement.getBoundingClientRect().bottom + 2)) <= 1
                """, null, new() { Timeout = 2000 });
        }
        await TabTo(page, "[data-print]");
        await GuideSitsUnderFocus();
        var first = await page.EvalOnSelectorAsync<double>(guide, "g => g.getBoundingClientRect().top");
        await TabTo(page, ".doc-toc a");
        await GuideSitsUnderFocus();
        Assert.NotEqual(first, await page.EvalOnSelectorAsync<double>(guide, "g => g.getBoundingClientRect().top"));

        await page.Mouse.MoveAsync(400, 300);
        Assert.Equal(312, await page.EvalOnSelectorAsync<double>(guide, "g => g.getBoundingClientRect().top"));
        var underGuide = await page.EvaluateAsync<string>("document.elementFromPoint(400, 314).className");
        Assert.NotEqual("reading-guide-bar", underGuide);
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_large_cursor_is_a_self_hosted_svg_and_focus_rings_grow()
    {
        var (context, page, requests) = await site.Chromium.NewPageAsync();
        await page.GotoAsync(site.Url("").ToString());
        await page.FocusAsync("#site-search-q");
        Assert.Equal("3px", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineWidth"));
        await page.ClickAsync("[data-large-cursor]");
        await page.FocusAsync("#site-search-q");
        Assert.Equal("5px", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineWidth"));

        foreach (var (selector, file) in new[] { ("main p", "arrow"), ("main a", "hand"), ("[data-reset]", "hand") })
        {
            var cursor = await page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).cursor");
            var match = System.Text.RegularExpressions.Regex.Match(cursor, @"url\(""([^""]+)""\)");
            Assert.True(match.Success, $"{selector}: {cursor}");
            var url = new Uri(match.Groups[1].Value);
            Assert.Equal(site.Address.Authority, url.Authority);
            Assert.Matches($@"/assets/cursors/{file}\.[0-9a-f]{{10}}\.svg$", url.AbsolutePath);
            // The stylesheet names the hashed file: a changed SVG without a changed name would be a broken cursor.
            var response = await page.APIRequest.GetAsync(url.ToString());
            Assert.Equal(200, response.Status);
            Assert.StartsWith("<svg", await response.TextAsync());
        }
        Assert.All(requests, url => Assert.Equal(site.Address.Authority, new Uri(url).Authority));
        await context.CloseAsync();
    }
}
