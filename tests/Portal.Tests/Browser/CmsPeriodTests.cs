using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// Issue 22: in December 2026 the real /admin/ offered only 2025's half years and answered a typed 2026下半年 with the
/// English “No options”. In Chromium, against the editor a `serve` build dated 2026-12-01 writes: the 半年报告期 select
/// offers 2026上半年 and 2026下半年, its hint names them, and a half year it does not offer gets “无匹配项”.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class CmsPeriodTests : IAsyncLifetime
{
    private readonly Chromium chromium = new();
    private LocalEditorSite? site;

    public async Task InitializeAsync()
    {
        site = await LocalEditorSite.StartAsync("portal-periods", new DateOnly(2026, 12, 1));
        await chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        if (site is not null) await site.DisposeAsync();
    }

    [Fact]
    public async Task The_period_select_offers_the_half_years_through_december_2026_and_says_in_chinese_when_none_matches()
    {
        var (context, page, _) = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site!.Address, "admin/#/collections/stories/new").ToString());
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("登录") }).ClickAsync(new() { Timeout = 60_000 });
        var period = page.Locator("[id^='period-field-']");
        await period.WaitForAsync(new() { Timeout = 60_000 });
        await page.GetByText("本半年是 2026下半年，上一个半年是 2026上半年").WaitForAsync();

        await period.ClickAsync();
        var options = page.GetByRole(AriaRole.Option);
        await options.First.WaitForAsync();
        Assert.Equal(["2025上半年", "2025下半年", "2026上半年", "2026下半年", "2027上半年"], await options.AllInnerTextsAsync());

        await page.Keyboard.TypeAsync("2031下半年");
        await page.GetByText("无匹配项", new() { Exact = true }).WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(0, await page.GetByText("No options").CountAsync());

        // The one it offers is chosen by typing it.
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("2026下");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("2026下半年", new() { Exact = true }).WaitForAsync();
        await context.CloseAsync();
    }
}
