using System.Text.Json;
using Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Tests.Quality;

/// <summary>
/// Lighthouse 12.2.3 (mobile emulation, Debian Chromium) on the home page, a story, a task and the search page:
/// performance, accessibility, best practices and SEO must each be at least 95. `bash scripts/lighthouse.sh`
/// runs only this test and prints the scores.
/// </summary>
/// <remarks>
/// A single run of Lighthouse on a shared two-core machine says as much about the machine as about the page; this
/// is handled as Lighthouse's own guides advise, not by lowering the bar:
/// - headless Chromium's compositor may hold back a page's first frame for one or two whole seconds (viz throttles
///   BeginFrames of a client it deems unresponsive; GoogleChrome/lighthouse#17148), so a run's first paint lands
///   in one of two or three modes a second apart and Lantern inflates FCP and Speed Index from the late ones (a
///   task page scored 92 in CI that way). Each score is the median of three runs (the variability guide).
/// - main-thread tasks stretch when other processes take the cores, and Lantern multiplies them by four: that 4x
///   assumes a high-end desktop host (benchmarkIndex 1500-2000) and emulates a mid-tier phone from it. The
///   throttling guide says to calibrate the multiplier to the host's benchmarkIndex: a first run measures it and
///   the multiplier is scaled so the emulated phone stays the same (between 2x and the default 4x).
/// (<c>--disable-frame-rate-limit</c> removes the first-frame hold-back, but Lighthouse and PageSpeed Insights
/// run without it, and with it this machine's CPU noise moves total blocking time by hundreds of milliseconds.)
/// </remarks>
[Collection(SerialCollection.Name)]
[Trait(Tier.Category, Tier.Slow)] // Lighthouse in Chromium
public sealed class LighthouseTests(ServedSite site, ITestOutputHelper output) : IClassFixture<ServedSite>
{
    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];
    private const int Runs = 3;
    private const double DefaultMultiplier = 4;
    private const double LeastMultiplier = 2; // Lighthouse's table: a low-end desktop emulates a mid-tier phone at 2x
    private const double ReferenceBenchmarkIndex = 1750; // the host Lighthouse's default 4x is meant for

    private static (double Multiplier, double BenchmarkIndex)? calibration; // once per test run, shared by the pages

    public static TheoryData<string> Pages => new()
    {
        "",
        "stories/2025/2025-02-25-notice-issued/",
        "tasks/5/",
        "tasks/progress/",
        "search/?q=%E5%80%BA%E5%8A%A1",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Scores_are_at_least_95(string path)
    {
        var lighthouse = NodeTools.Bin("lighthouse");
        NodeTools.RequireInstalled(lighthouse);
        var (multiplier, benchmarkIndex) = Calibrate(lighthouse);
        var runs = Enumerable.Range(0, Runs).Select(_ => Run(lighthouse, path, multiplier)).ToList();
        var median = Categories.ToDictionary(c => c, c => runs.Select(r => r.Scores[c]).Order().ElementAt(Runs / 2));
        var line = $"lighthouse /{path}: " + string.Join("  ", median.Select(s => $"{s.Key} {s.Value}")) +
                   FormattableString.Invariant($"  (median of {Runs}, CPU x{multiplier} for benchmarkIndex {benchmarkIndex:0}; performance per run: {string.Join(", ", runs.Select(r => r.Scores["performance"]))})");
        output.WriteLine(line);
        Console.WriteLine(line);
        Assert.True(median.Values.All(s => s >= 95),
            line + "\nweak audits: " + string.Join("; ", runs.Select(r => string.Join(", ", r.Weak))));
    }

    private (double Multiplier, double BenchmarkIndex) Calibrate(string lighthouse)
    {
        if (calibration is null)
        {
            var index = Run(lighthouse, "", DefaultMultiplier).BenchmarkIndex;
            var multiplier = Math.Round(Math.Clamp(DefaultMultiplier * index / ReferenceBenchmarkIndex, LeastMultiplier, DefaultMultiplier), 1);
            calibration = (multiplier, index);
            var line = FormattableString.Invariant($"lighthouse calibration: benchmarkIndex {index:0} -> CPU slowdown x{multiplier}");
            output.WriteLine(line);
            Console.WriteLine(line);
        }
        return calibration.Value;
    }

    private (Dictionary<string, int> Scores, List<string> Weak, double BenchmarkIndex) Run(string lighthouse, string path, double multiplier)
    {
        using var temp = new TempFolder();
        var report = temp.Combine("report.json");
        var (code, log) = NodeTools.Run(lighthouse,
        [
            site.Url(path).ToString(),
            "--chrome-flags=" + string.Join(' ', Chromium.Arguments),
            "--throttling.cpuSlowdownMultiplier=" + multiplier.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--only-categories=" + string.Join(',', Categories),
            "--output=json",
            "--output-path=" + report,
            "--quiet",
        ], timeoutSeconds: 180);
        Assert.True(code == 0 && File.Exists(report), log);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var scores = Categories.ToDictionary(c => c, c => (int)Math.Round(json.RootElement.GetProperty("categories").GetProperty(c).GetProperty("score").GetDouble() * 100));
        var weak = json.RootElement.GetProperty("audits").EnumerateObject()
            .Where(a => a.Value.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number && s.GetDouble() < 0.9)
            .Select(a => a.Name + (a.Value.TryGetProperty("displayValue", out var v) ? $" ({v.GetString()})" : ""))
            .ToList();
        return (scores, weak, json.RootElement.GetProperty("environment").GetProperty("benchmarkIndex").GetDouble());
    }
}
