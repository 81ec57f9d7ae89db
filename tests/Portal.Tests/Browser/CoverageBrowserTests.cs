using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// 媒体聚焦 filtered as a reader does it: a medium's or an outlet's figure shows only its stories and says how many;
/// the search page's 媒体类型 filter finds the same stories.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class CoverageBrowserTests(ServedSite site) : IClassFixture<ServedSite>
{
    private static Task<string[]> VisibleItems(IPage page) => page.EvalOnSelectorAllAsync<string[]>(
        ".coverage-list > li", "items => items.filter(li => li.offsetParent !== null).map(li => li.querySelector('h3 a').getAttribute('href'))");

    [Theory]
    [InlineData("data-medium", "报纸")]
    [InlineData("data-medium", "电视")]
    [InlineData("data-outlet", "甘肃卫视")]
    public async Task A_figure_filters_the_list_to_its_stories(string attribute, string name)
    {
        var (context, page, requests) = await site.Chromium.NewPageAsync();
        try
        {
            await page.GotoAsync(site.Url("coverage/").ToString());
            var all = await VisibleItems(page);
            var figure = page.Locator($"a[{attribute}='{name}']");
            var count = int.Parse((await figure.GetAttributeAsync("data-count"))!);
            Assert.InRange(count, 1, all.Length - 1);

            await figure.ClickAsync();
            await page.WaitForSelectorAsync($"a[{attribute}='{name}'][aria-current='true']", new() { Timeout = 30_000 });
            var shown = await VisibleItems(page);
            Assert.Equal(count, shown.Length);
            var key = attribute["data-".Length..];
            Assert.All(await page.EvalOnSelectorAllAsync<string[]>(".coverage-list > li:not([hidden])", $"items => items.map(li => li.getAttribute('data-item-{key}'))"),
                value => Assert.Equal(name, value));
            Assert.Equal($"正在显示“{name}”的{count}篇报道", (await page.InnerTextAsync("[data-coverage-status]")).Trim());

            await page.GetByRole(AriaRole.Link, new() { Name = "全部报道" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains('?'), new() { Timeout = 30_000 });
            Assert.Equal(all, await VisibleItems(page));
            Assert.All(requests, url => Assert.StartsWith(site.Address.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_search_page_filters_by_medium_and_outlet_as_the_coverage_page_counts()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync();
        try
        {
            await page.GotoAsync(site.Url("coverage/?medium=" + Uri.EscapeDataString("报纸")).ToString());
            await page.WaitForSelectorAsync("a[data-medium='报纸'][aria-current='true']", new() { Timeout = 30_000 });
            var newspaper = await VisibleItems(page);

            await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("推进") + "&medium=" + Uri.EscapeDataString("报纸")).ToString());
            await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            var found = await page.EvalOnSelectorAllAsync<string[]>("#search-results > li", "items => items.map(li => li.querySelector('a').getAttribute('href'))");
            Assert.Equal(newspaper.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
            Assert.Equal("报纸", await page.InputValueAsync("#search-medium"));
            var facets = await page.EvalOnSelectorAllAsync<string[]>("#facet-medium + .facet-list a", "links => links.map(a => a.textContent)");
            Assert.Contains($"报纸（{newspaper.Length}）", facets);

            await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("推进") + "&outlet=" + Uri.EscapeDataString("甘肃卫视")).ToString());
            await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            Assert.Single(await page.EvalOnSelectorAllAsync<string[]>("#search-results > li", "items => items.map(li => li.textContent)"));
            Assert.Equal("甘肃卫视", await page.InputValueAsync("#search-outlet"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
