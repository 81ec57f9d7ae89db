using System.Text.Json;
using AngleSharp.Html.Parser;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Reports;
using Portal.Site;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>
/// Issue 23 (4): 媒体聚焦 counted. /coverage/ shows every medium of the notice (报纸、网络、电视、新媒体) and every outlet
/// with the number of stories the content says it carried (markup contract: data-medium / data-outlet with data-count),
/// lists the coverage newest first with a link to the original where one is given, and the dispatch files and the
/// search index's facets count the same. Expected figures are counted here from the stories' own 来源 fields.
/// </summary>
public sealed class CoverageFiguresTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SiteModel> Loaded = new();

    private SiteModel Model() => Loaded.GetOrAdd(site.ContentDir, dir =>
    {
        var diagnostics = new DiagnosticBag();
        return SiteBuild.LoadAndValidate(new BuildOptions { ContentDir = dir, Today = new DateOnly(2026, 11, 26) }, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    });

    /// <summary>The published stories that name a medium in their 来源, as the content writes them.</summary>
    private List<Story> CoverageInContent() =>
        Model().Stories.Select(s => s.Source).Where(s => s.Source?.Medium is not null).ToList();

    private static string MediumOf(Story story) => story.Source?.Medium?.Value ?? "";

    [Fact]
    public void The_page_counts_the_coverage_per_medium_and_per_outlet_as_the_content_says()
    {
        var coverage = CoverageInContent();
        Assert.True(coverage.Select(s => MediumOf(s)).Distinct().Count() >= 2, "the fixture should carry coverage in two media at least");
        var page = Parser.ParseDocument(site.Read("coverage/"));

        var media = page.QuerySelectorAll("[data-medium][data-count]").Select(e => (e.GetAttribute("data-medium")!, int.Parse(e.GetAttribute("data-count")!))).ToList();
        // The notice's four media, in its order (三（四）: 用好报纸、网络、电视和新媒体平台), those without coverage at zero.
        Assert.Equal(["报纸", "网络", "电视", "新媒体"], media.Select(m => m.Item1));
        foreach (var (medium, count) in media) Assert.Equal(coverage.Count(s => MediumOf(s) == medium), count);

        var outlets = page.QuerySelectorAll("[data-outlet][data-count]").ToDictionary(e => e.GetAttribute("data-outlet")!, e => int.Parse(e.GetAttribute("data-count")!));
        var expected = coverage.GroupBy(s => s.Source!.Name).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), outlets.OrderBy(p => p.Key, StringComparer.Ordinal));
        // Each figure's text says its count, and its link filters the page to it.
        foreach (var figure in page.QuerySelectorAll("a[data-medium], a[data-outlet]"))
        {
            Assert.Contains(figure.GetAttribute("data-count") + "篇", figure.TextContent, StringComparison.Ordinal);
            Assert.Matches(@"^/coverage/\?(medium|outlet)=", figure.GetAttribute("href"));
        }
        Assert.Contains($"共{coverage.Count}篇媒体报道", page.QuerySelector("#coverage-figures-title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_is_every_story_of_the_coverage_newest_first_linking_to_the_original_where_given()
    {
        var coverage = CoverageInContent();
        var page = Parser.ParseDocument(site.Read("coverage/"));
        var items = page.QuerySelectorAll(".coverage-list > li").ToList();
        Assert.Equal(coverage.Count, items.Count);
        var dates = items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        foreach (var story in coverage)
        {
            var item = items.Single(i => i.QuerySelector("h3 a")!.TextContent == story.Title);
            Assert.Equal(MediumOf(story), item.GetAttribute("data-item-medium"));
            Assert.Equal(story.Source!.Name, item.GetAttribute("data-item-outlet"));
            var original = item.QuerySelectorAll("a[rel~=noopener]").Select(a => a.GetAttribute("href")).SingleOrDefault();
            Assert.Equal(story.Source.Url?.Value, original);
        }
    }

    [Fact]
    public void The_dispatch_files_count_the_coverage_as_the_page_does()
    {
        var model = Model();
        var coverage = CoverageInContent();
        var periods = coverage.Select(s => ReportPeriod.Of(s.Date.Value)).Distinct().ToList();
        Assert.NotEmpty(periods);
        foreach (var period in periods)
        {
            var material = DispatchMaterial.Compile(model, period, period.End);
            var inPeriod = coverage.Where(s => ReportPeriod.Of(s.Date.Value) == period).ToList();
            Assert.Equal(inPeriod.Count, material.Coverage.Total);
            Assert.Equal(MediaOutlets.All.Select(m => (m, inPeriod.Count(s => MediumOf(s) == m))), material.ByMedium.Select(b => (b.Name, b.Stories.Count)));
            Assert.Equal(
                inPeriod.GroupBy(s => s.Source!.Name).Select(g => (g.Key, g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal),
                material.ByOutlet.Select(b => (b.Name, b.Stories.Count)).OrderBy(p => p.Name, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_search_index_has_medium_and_outlet_as_facets_of_the_coverage()
    {
        var search = Parser.ParseDocument(site.Read("search/"));
        var index = search.QuerySelector("#search-results")!.GetAttribute("data-index")!;
        var folder = Path.Combine(site.OutputDir, index.Trim('/').Replace('/', Path.DirectorySeparatorChar));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        using var meta = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "meta.json")));
        var media = manifest.RootElement.GetProperty("media").EnumerateArray().Select(e => e.GetString()!).ToList();
        var outlets = manifest.RootElement.GetProperty("outlets").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(MediaOutlets.All, media);
        var coverage = CoverageInContent();
        Assert.Equal(coverage.Select(s => s.Source!.Name).Distinct().Order(StringComparer.Ordinal), outlets);

        // Count the documents per medium and outlet from meta.json: the same numbers as the content's.
        var mediumOf = meta.RootElement.GetProperty("medium").GetString()!;
        var outletOf = meta.RootElement.GetProperty("outlet").GetString()!.Split(',');
        Assert.Equal(manifest.RootElement.GetProperty("documents").GetInt32(), mediumOf.Length);
        Assert.Equal(mediumOf.Length, outletOf.Length);
        foreach (var medium in MediaOutlets.All)
            Assert.Equal(coverage.Count(s => MediumOf(s) == medium), mediumOf.Count(c => c != '-' && media[c - '0'] == medium));
        foreach (var outlet in outlets)
            Assert.Equal(coverage.Count(s => s.Source!.Name == outlet), outletOf.Count(o => o.Length > 0 && outlets[int.Parse(o)] == outlet));
        // The search page offers both filters.
        Assert.NotNull(search.QuerySelector("select[name=medium]"));
        Assert.Equal(outlets, search.QuerySelectorAll("select[name=outlet] option").Skip(1).Select(o => o.GetAttribute("value")!));
    }
}
