using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>The search page contract of docs/design.md, in Chromium, on the real built site.</summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class SearchPageTests(ServedSite site) : IClassFixture<ServedSite>
{
    private async Task<(IBrowserContext Context, IPage Page, List<string> Requests)> Search(string query)
    {
        var tab = await site.Chromium.NewPageAsync();
        await tab.Page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString(query)).ToString());
        await tab.Page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        return tab;
    }

    private static async Task<List<string>> ResultLinks(IPage page) =>
        (await page.EvalOnSelectorAllAsync<string[]>("#search-results > li", "items => items.map(li => li.querySelector('a').getAttribute('href'))")).ToList();

    /// <summary>The result count the status line announces ("找到 N 条…").</summary>
    private static async Task<int> Found(IPage page) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(await page.TextContentAsync("#search-status") ?? "", @"找到 (\d+) 条").Groups[1].Value);

    [Theory]
    [InlineData("债务", "tasks/5/")]
    [InlineData("营商", "tasks/3/")]
    [InlineData("柳鹏", "mechanism/")]
    [InlineData("风光储", "tasks/6/")]
    public async Task Topic_queries_put_the_page_about_the_topic_first(string query, string expected)
    {
        var (context, page, _) = await Search(query);
        var links = await ResultLinks(page);
        Assert.NotEmpty(links);
        Assert.Equal(site.Address.AbsolutePath + expected, links[0]);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Traditional_characters_find_the_same_pages_as_simplified()
    {
        var (context, page, _) = await Search("農村公路");
        var traditional = await ResultLinks(page);
        await context.CloseAsync();
        (context, page, _) = await Search("农村公路");
        Assert.NotEmpty(traditional);
        Assert.Equal(await ResultLinks(page), traditional);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Results_follow_the_contract_and_mark_the_query()
    {
        var (context, page, requests) = await Search("债务风险");
        var items = await page.QuerySelectorAllAsync("#search-results > li");
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var first = await item.QuerySelectorAsync("a");
            Assert.NotNull(first);
            Assert.False(string.IsNullOrEmpty(await first!.GetAttributeAsync("href")));
        }
        var marks = await page.EvalOnSelectorAllAsync<string[]>("#search-results mark", "ms => ms.map(m => m.textContent)");
        Assert.Contains(marks, m => m.Contains("债务"));
        var status = await page.TextContentAsync("#search-status");
        Assert.Matches(@"找到 \d+ 条", status);
        Assert.Equal("polite", await page.GetAttributeAsync("#search-status", "aria-live"));
        Assert.All(requests, url => Assert.StartsWith(site.Address.GetLeftPart(UriPartial.Authority), url));
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_header_form_submits_to_the_search_page_and_back_works()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync();
        await page.GotoAsync(site.Url("notice/").ToString());
        await page.FillAsync("#site-search-q", "债务");
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        Assert.Contains("search/?q=", page.Url);
        Assert.Equal(site.Address.AbsolutePath + "tasks/5/", (await ResultLinks(page))[0]);

        await page.FillAsync("#search-q", "营商");
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForURLAsync(url => url.Contains(Uri.EscapeDataString("营商")));
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(site.Address.AbsolutePath + "tasks/3/", (await ResultLinks(page))[0]);

        await page.GoBackAsync();
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("债务", await page.InputValueAsync("#search-q"));
        Assert.Equal(site.Address.AbsolutePath + "tasks/5/", (await ResultLinks(page))[0]);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Filters_narrow_the_results_and_facets_show_counts()
    {
        var (context, page, _) = await Search("推进");
        var all = await Found(page);
        var facet = await page.EvalOnSelectorAllAsync<string[]>(".facet-list a", "links => links.map(a => a.textContent)");
        Assert.Contains(facet, f => f.StartsWith("即时报道（"));
        await context.CloseAsync();

        (context, page, _) = await Search("推进");
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("推进") + "&type=" + Uri.EscapeDataString("典型案例")).ToString());
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        var metas = await page.EvalOnSelectorAllAsync<string[]>("#search-results .result-meta", "ps => ps.map(p => p.textContent)");
        Assert.NotEmpty(metas);
        Assert.All(metas, m => Assert.StartsWith("典型案例", m));
        Assert.InRange(await Found(page), 1, all - 1);
        Assert.Equal("典型案例", await page.InputValueAsync("#search-type"));

        // A facet's count is what following it finds: the type facet counts the type filter's own results, and a
        // department link under the type filter predicts the results of both filters together.
        var filtered = await Found(page);
        var typeFacet = await page.EvalOnSelectorAllAsync<string[]>(".facet-list a", "links => links.map(a => a.textContent)");
        Assert.Contains($"典型案例（{filtered}）", typeFacet);
        var department = await page.EvalOnSelectorAsync<string[]>("#facet-department + .facet-list a", "a => [a.getAttribute('href'), a.textContent]");
        var predicted = int.Parse(System.Text.RegularExpressions.Regex.Match(department[1], @"（(\d+)）$").Groups[1].Value);
        await page.ClickAsync("#facet-department + .facet-list a");
        await page.WaitForURLAsync(url => url.Contains("department="));
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(predicted, await Found(page));
        Assert.InRange(predicted, 1, filtered);
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_case_kind_filter_keeps_only_cases_of_that_kind_and_its_facet_counts_them()
    {
        var (context, page, _) = await Search("推进");
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("推进") + "&case=" + Uri.EscapeDataString("反面")).ToString());
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        var links = await ResultLinks(page);
        Assert.NotEmpty(links);
        // Every result is a negative case: its page says so.
        var negative = Directory.GetFiles(Path.Combine(site.ContentDir, "stories"), "*.md", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("case: 反面\n", StringComparison.Ordinal))
            .Select(f => $"{site.Address.AbsolutePath}stories/{Path.GetFileName(Path.GetDirectoryName(f))}/{Path.GetFileNameWithoutExtension(f)}/")
            .ToHashSet();
        Assert.All(links, link => Assert.Contains(link, negative));
        Assert.Equal("反面", await page.InputValueAsync("#search-case"));
        var facet = await page.EvalOnSelectorAllAsync<string[]>(".facet-list a", "links => links.map(a => a.textContent)");
        Assert.Contains($"反面典型（{await Found(page)}）", facet);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Typing_fetches_the_shards_and_after_a_pause_the_first_records_and_the_search_reuses_them()
    {
        var (context, page, requests) = await Search("债务");
        int Count(string folder)
        {
            lock (requests) return requests.Count(url => url.Contains(folder, StringComparison.Ordinal));
        }
        var shardsBefore = Count("/s/");
        var recordsBefore = Count("/d/");
        var firstResult = (await ResultLinks(page))[0];

        await page.FillAsync("#search-q", "农村公路"); // an input event, no submit
        for (var wait = 0; Count("/d/") == recordsBefore && wait < 100; wait++) await Task.Delay(50);
        await Task.Delay(300); // the shards of 农村, 村公 and 公路, then the records of the first results
        var shards = Count("/s/");
        var records = Count("/d/");
        Assert.True(shards > shardsBefore, "typing 农村公路 fetched no index shard");
        Assert.True(records > recordsBefore, "a pause after typing 农村公路 fetched no result record");
        Assert.Equal(firstResult, (await ResultLinks(page))[0]); // nothing shown before the reader submits

        await page.PressAsync("#search-q", "Enter");
        await page.WaitForURLAsync(url => url.Contains(Uri.EscapeDataString("农村公路")));
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(shards, Count("/s/"));
        Assert.Equal(records, Count("/d/"));
        Assert.NotEmpty(await ResultLinks(page));
        await context.CloseAsync();
    }

    [Fact]
    public async Task More_results_appends_the_next_page_once_and_moves_focus_to_it()
    {
        var (context, page, _) = await Search("交通运输");
        var total = await Found(page);
        Assert.True(total > 10, $"the fixture site should give more than one page for 交通运输, found {total}");
        var first = await ResultLinks(page);
        Assert.Equal(10, first.Count);

        await page.DblClickAsync("#search-more button"); // a double click still asks for one page
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        await Task.Delay(300);
        var all = await ResultLinks(page);
        Assert.Equal(Math.Min(total, 20), all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(first, all.Take(10));
        Assert.Equal(all[10], await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        Assert.Contains($"已显示 {all.Count} 条，共 {total} 条结果", await page.TextContentAsync("#search-status") ?? "");
        await context.CloseAsync();
    }

    [Fact]
    public async Task No_answer_shows_a_useful_empty_state()
    {
        var (context, page, _) = await Search("足球比赛");
        Assert.Empty(await ResultLinks(page));
        Assert.True(await page.IsVisibleAsync("#search-empty"));
        var taskLinks = await page.EvalOnSelectorAllAsync<string[]>("#search-empty a", "links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(site.Address.AbsolutePath + "tasks/1/", taskLinks);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_hostile_query_is_shown_as_text()
    {
        var (context, page, _) = await Search("\"><img src=x onerror=alert(1)>债务");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        Assert.Equal(0, await page.EvalOnSelectorAllAsync<int>("#search-results img, #search-status img", "e => e.length"));
        Assert.Equal(0, dialogs);
        await context.CloseAsync();
    }
}
