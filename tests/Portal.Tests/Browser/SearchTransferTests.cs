using System.Net;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Tests.Browser;

/// <summary>
/// What a reader's first search costs on the relevance site (issue #25: at most 40 KiB), counted as the search
/// benchmark counts its "cold query" column: the search page's scripts and every index file the query fetched
/// (manifest, facets, shards, records, the traditional → simplified table when fetched), as sent (gzip) with their
/// headers; not the page's HTML, CSS or fonts.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class SearchTransferTests(RelevanceSite site, ITestOutputHelper output) : IClassFixture<RelevanceSite>
{
    private const long BudgetBytes = 40 * 1024;

    /// <summary>Queries measured: spread over the suites, so every kind of query counts, at most this many.</summary>
    private const int Sampled = 48;

    private static readonly HttpClient RawClient = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });

    [Fact]
    public async Task A_first_query_transfers_at_most_40_KiB_on_average()
    {
        // Both relevance suites, so the hard kinds (traditional characters, variants, department names) count too.
        var queries = RelevanceSuite.Queries().Select(q => q.Text).Concat(GradedRelevance.Queries().Select(q => q.Text)).ToList();
        var step = Math.Max(1, (queries.Count + Sampled - 1) / Sampled);
        var sizes = new List<long>();
        var byFile = new Dictionary<string, long>();
        for (var i = 0; i < queries.Count; i += step)
        {
            var context = await site.Chromium.Browser.NewContextAsync(); // an empty cache: a first visit
            var page = await context.NewPageAsync();
            var requests = new List<IRequest>();
            page.RequestFinished += (_, r) => { lock (requests) requests.Add(r); };
            await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString(queries[i])).ToString());
            await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });
            List<IRequest> finished;
            lock (requests) finished = [.. requests];
            long total = 0;
            foreach (var request in finished.Where(r => r.Url.Contains("/search/index-", StringComparison.Ordinal) || r.Url.Contains("/assets/js/search", StringComparison.Ordinal)))
            {
                var bytes = await Transferred(request);
                total += bytes;
                var kind = request.Url.Contains("/s/", StringComparison.Ordinal) ? "shards" : request.Url.Contains("/d/", StringComparison.Ordinal) ? "records" : new Uri(request.Url).Segments[^1];
                byFile[kind] = byFile.GetValueOrDefault(kind) + bytes;
            }
            // Nothing counted would pass any budget: the manifest at least must have come.
            Assert.True(total > 0, $"no search file was requested for “{queries[i]}”");
            sizes.Add(total);
            await context.CloseAsync();
        }
        var mean = sizes.Average();
        output.WriteLine($"first query: mean {mean / 1024:0.0} KiB, max {sizes.Max() / 1024.0:0.0} KiB over {sizes.Count} queries; " +
            string.Join(", ", byFile.OrderByDescending(f => f.Value).Select(f => $"{f.Key} {f.Value / 1024.0 / sizes.Count:0.0}")));
        Assert.True(mean <= BudgetBytes, $"a first query transfers {mean / 1024:0.0} KiB on average, over the {BudgetBytes / 1024} KiB budget");
    }

    /// <summary>Body as sent (gzip) plus headers. Playwright gives no body size for a worker's own script: the server is asked again.</summary>
    private static async Task<long> Transferred(IRequest request)
    {
        if (await request.ResponseAsync() is not { } response) return 0;
        var sizes = await request.SizesAsync();
        long body = sizes.ResponseBodySize;
        if (body == 0 && response.Status == 200)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
            message.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
            using var again = await RawClient.SendAsync(message);
            body = (await again.Content.ReadAsByteArrayAsync()).LongLength;
        }
        return body + sizes.ResponseHeadersSize;
    }
}
