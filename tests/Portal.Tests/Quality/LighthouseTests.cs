using System.Text.Json;
using Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Tests.Quality;

/// <summary>
/// Lighthouse 12.2.3 (mobile emulation, Debian Chromium) on the home page, a story, a task and the search page:
/// performance, accessibility, best practices and SEO must each be at least 95. `bash scripts/lighthouse.sh`
/// runs only this test and prints the scores.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class LighthouseTests(ServedSite site, ITestOutputHelper output) : IClassFixture<ServedSite>
{
    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    public static TheoryData<string> Pages => new()
    {
        "",
        "stories/2025/2025-02-25-notice-issued/",
        "tasks/5/",
        "search/?q=%E5%80%BA%E5%8A%A1",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Scores_are_at_least_95(string path)
    {
        var lighthouse = NodeTools.Bin("lighthouse");
        NodeTools.RequireInstalled(lighthouse);
        using var temp = new TempFolder();
        var report = temp.Combine("report.json");
        var (code, log) = NodeTools.Run(lighthouse,
        [
            site.Url(path).ToString(),
            "--chrome-flags=" + string.Join(' ', Chromium.Arguments),
            "--only-categories=" + string.Join(',', Categories),
            "--output=json",
            "--output-path=" + report,
            "--quiet",
        ], timeoutSeconds: 180);
        Assert.True(code == 0 && File.Exists(report), log);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var scores = Categories.ToDictionary(c => c, c => (int)Math.Round(json.RootElement.GetProperty("categories").GetProperty(c).GetProperty("score").GetDouble() * 100));
        var line = $"lighthouse /{path}: " + string.Join("  ", scores.Select(s => $"{s.Key} {s.Value}"));
        output.WriteLine(line);
        Console.WriteLine(line);
        var failing = json.RootElement.GetProperty("audits").EnumerateObject()
            .Where(a => a.Value.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number && s.GetDouble() < 0.9)
            .Select(a => a.Name);
        Assert.True(scores.Values.All(s => s >= 95), line + "\nweak audits: " + string.Join(", ", failing));
    }
}
