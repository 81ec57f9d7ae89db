using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Tests.Browser;

public sealed class RelevanceSite : ServedSite
{
    protected override void Prepare(string contentDir) => RelevanceSuite.CreateContent(contentDir);
}

/// <summary>
/// The relevance suites run in Chromium against the real search page: the first suite (48 queries of every kind) and
/// the graded set of issue #25 (tests/fixtures/relevance/graded.tsv, with its hard kinds: traditional characters,
/// variant word forms, partial titles, department names by short name, full name and alias).
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class RelevanceTests(RelevanceSite site, ITestOutputHelper output) : IClassFixture<RelevanceSite>
{
    [Fact]
    public async Task Recall_and_mrr_meet_the_bar_and_no_answer_queries_find_nothing()
    {
        var queries = RelevanceSuite.Queries();
        Assert.True(queries.Count >= 40);
        var context = await site.Chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        int hits = 0, answerable = 0;
        double reciprocal = 0;
        var misses = new List<string>();
        foreach (var query in queries)
        {
            var links = await ResultsFor(page, query.Text);
            if (query.ExpectsNothing)
            {
                if (links.Length > 0) misses.Add($"{query.Text}: expected nothing, got {links[0]}");
                continue;
            }
            answerable++;
            var rank = RelevanceSuite.RankOf(query, links.Take(10).ToList(), site.Address.AbsolutePath);
            if (rank is >= 1 and <= 5) hits++;
            else misses.Add($"{query.Text} ({query.Kind}): rank {rank}, top {string.Join(" ", links.Take(3))}");
            if (rank is >= 1 and <= 10) reciprocal += 1.0 / rank;
        }
        await context.CloseAsync();
        var recall = hits / (double)answerable;
        var mrr = reciprocal / answerable;
        output.WriteLine($"recall@5 {recall:0.000}  MRR@10 {mrr:0.000}  ({answerable} answerable queries)");
        foreach (var miss in misses) output.WriteLine("  miss: " + miss);
        Assert.True(recall >= 0.95, $"recall@5 {recall:0.000}\n{string.Join("\n", misses)}");
        Assert.True(mrr >= 0.85, $"MRR@10 {mrr:0.000}\n{string.Join("\n", misses)}");
        Assert.DoesNotContain(misses, m => m.Contains("expected nothing"));
    }

    [Fact]
    public async Task Graded_set_has_recall_at_5_of_0_90_and_mrr_of_0_98_and_no_answer_queries_find_nothing()
    {
        var queries = GradedRelevance.Queries();
        Assert.True(queries.Count >= 150);
        Assert.True(queries.Count(q => GradedRelevance.HardKinds.Contains(q.Kind)) * 4 >= queries.Count);
        var context = await site.Chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000); // a loaded CI machine: wait for the state, however long it takes
        var scored = new List<(GradedRelevance.Query, GradedRelevance.Score)>();
        var misses = new List<string>();
        foreach (var query in queries)
        {
            var links = await ResultsFor(page, query.Text);
            if (query.ExpectsNothing)
            {
                if (links.Length > 0) misses.Add($"{query.Text}: expected nothing, got {links[0]}");
                continue;
            }
            var score = GradedRelevance.Evaluate(query, links, site.Address.AbsolutePath);
            scored.Add((query, score));
            if (score.Recall < 1 || score.ReciprocalRank < 1)
                misses.Add($"{query.Text} ({query.Kind}): recall@5 {score.Recall:0.00}, rank of first relevant {(score.ReciprocalRank > 0 ? 1 / score.ReciprocalRank : 0):0}, top {string.Join(" ", links.Take(3))}");
        }
        await context.CloseAsync();
        foreach (var line in GradedRelevance.Table(scored)) output.WriteLine(line);
        foreach (var miss in misses) output.WriteLine("  miss: " + miss);
        var recall = scored.Average(s => s.Item2.Recall);
        var mrr = scored.Average(s => s.Item2.ReciprocalRank);
        Assert.True(recall >= 0.90, $"recall@5 {recall:0.000}\n{string.Join("\n", misses)}");
        Assert.True(mrr >= 0.98, $"MRR@10 {mrr:0.000}\n{string.Join("\n", misses)}");
        Assert.DoesNotContain(misses, m => m.Contains("expected nothing"));
    }

    /// <summary>The search page's result links for a query, as a reader opening /search/?q=… sees them.</summary>
    private async Task<string[]> ResultsFor(IPage page, string query)
    {
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString(query)).ToString());
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        return await page.EvalOnSelectorAllAsync<string[]>("#search-results > li", "items => items.map(li => li.querySelector('a').getAttribute('href'))");
    }
}
