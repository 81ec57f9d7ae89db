using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>The notice's 打印 button: a keyboard-operable button that opens the print dialog; printing leaves out the tools.</summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class NoticePrintTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Fact]
    public async Task The_print_button_calls_print_from_the_keyboard()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync();
        // Headless Chromium has no print dialog to wait for: count the calls instead.
        await context.AddInitScriptAsync("window.printCalls = 0; window.print = () => { window.printCalls++; };");
        await page.GotoAsync(site.Url("notice/").ToString());
        Assert.Equal("打印", (await page.TextContentAsync("button[data-print]"))?.Trim());
        Assert.True(await page.IsVisibleAsync("button[data-print]"));

        await ReadingToolsTests.TabTo(page, "button[data-print]");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(1, await page.EvaluateAsync<int>("window.printCalls"));
        await page.Keyboard.PressAsync("Space");
        Assert.Equal(2, await page.EvaluateAsync<int>("window.printCalls"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Printing_hides_the_reading_tools_the_guide_and_the_button_but_keeps_the_notice()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync();
        await context.AddInitScriptAsync("localStorage.setItem('portal-reading-guide', '1')");
        await page.GotoAsync(site.Url("notice/").ToString());
        string[] tools = [".reading-tools", ".reading-guide-bar", "button[data-print]"];
        foreach (var selector in tools) Assert.True(await page.IsVisibleAsync(selector), $"{selector} on screen");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var selector in tools) Assert.False(await page.IsVisibleAsync(selector), $"{selector} printed");
        Assert.True(await page.IsVisibleAsync(".gongwen-title"));
        await context.CloseAsync();
    }
}
