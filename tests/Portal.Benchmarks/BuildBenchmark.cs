using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// Cold full builds of our Release binary and of the lean Hugo site (hugo-site/, built as its README says) on the
/// same stories, measured in the same run: after one untimed warm-up build of each tool, K alternating timed runs
/// (this machine is shared and one run of either tool can be 30 % off) whose medians are compared. Every Portal run
/// prints its stages (PORTAL_TIMINGS=1), so the per-stage profile comes from the timed runs themselves. Hugo takes
/// minutes and ~9 GiB at 50,000 stories, so it runs only up to <c>--hugo-max-stories</c>; larger sizes measure
/// Portal alone and end with a growth line.
/// </summary>
public static class BuildBenchmark
{
    private const string Usage =
        "usage: build [N …] [--runs K] [--hugo-max-stories M] [--portal-only-runs L]   (N stories per corpus, default 10000; K ≥ 1 alternating timed runs per tool, default 3; Hugo only at N ≤ M, default 10000, 0 = never; L timed runs at the sizes Hugo does not build, default K)";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private sealed record Size(int Stories, Measured Portal, Measured? Hugo);

    public static int Run(IReadOnlyList<string> args)
    {
        var runs = 3;
        var hugoMaxStories = 10_000;
        int? portalOnlyRuns = null;
        var sizes = new List<int>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Count && int.TryParse(args[i + 1], Invariant, out runs) && runs > 0) i++;
            else if (args[i] == "--hugo-max-stories" && i + 1 < args.Count && int.TryParse(args[i + 1], Invariant, out hugoMaxStories) && hugoMaxStories >= 0) i++;
            else if (args[i] == "--portal-only-runs" && i + 1 < args.Count && int.TryParse(args[i + 1], Invariant, out var l) && l > 0)
            {
                portalOnlyRuns = l;
                i++;
            }
            else if (int.TryParse(args[i], Invariant, out var n) && n > 0) sizes.Add(n);
            else
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
        }
        if (sizes.Count == 0) sizes.Add(10_000);
        if (!File.Exists(ReleaseGenerator.Dll))
        {
            Console.Error.WriteLine("build the generator first: dotnet build generator -c Release");
            return 2;
        }
        var hugo = HugoSite.Binary;
        var work = Directory.Exists("/dev/shm") ? "/dev/shm/portal-bench" : Path.Combine(Path.GetTempPath(), "portal-bench");
        foreach (var line in BenchmarkMachine.Describe(work, hugo)) Console.WriteLine(line);
        var shipped = Directory.Exists(Path.Combine(RepositoryPaths.Content, "stories"))
            ? Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Content, "stories"), "*.md", SearchOption.AllDirectories).Count()
            : 0;
        Console.WriteLine($"# method: per size, one untimed warm-up build of each tool, then {runs} timed cold run(s) of each, alternating (Portal, Hugo, Portal, …); medians. " +
                          $"Portal builds content/ ({shipped} shipped stories) plus the N generated stories (StoryCorpus, seed 20250225); " +
                          "Hugo builds the N generated stories alone with the lean site tests/Portal.Benchmarks/hugo-site " +
                          "(a private copy; `hugo --source SITE --contentDir CORPUS --destination OUT --cacheDir CACHE --noBuildLock --quiet`, fresh empty OUT and CACHE each run). " +
                          $"Hugo runs at sizes up to {hugoMaxStories:N0} stories (--hugo-max-stories); larger sizes are Portal's alone, {portalOnlyRuns ?? runs} timed run(s) without a warm-up (--portal-only-runs: a 100,000-story build takes minutes; the corpus is on tmpfs, so there is no disk cache to warm). Wall, CPU (user+sys) and peak RSS from GNU time.");

        var measured = new List<Size>();
        foreach (var n in sizes)
        {
            var withHugo = hugo is not null && n <= hugoMaxStories;
            var size = Measure(n, withHugo ? runs : portalOnlyRuns ?? runs, work, withHugo ? hugo : null);
            if (size is null) return 1;
            measured.Add(size);
        }
        if (Directory.Exists(work)) Directory.Delete(work, true);
        if (measured.Count > 1) Growth(measured);
        Console.WriteLine($"# load average at the end: {BenchmarkMachine.LoadAverage()}");
        return 0;
    }

    private static Size? Measure(int n, int runs, string work, string? hugo)
    {
        Console.WriteLine();
        Console.WriteLine($"## {n:N0} stories");
        if (Directory.Exists(work)) Directory.Delete(work, true);
        var content = Path.Combine(work, "content");
        var output = Path.Combine(work, "_site");
        TempFolder.CopyDirectory(RepositoryPaths.Content, content);
        var lean = hugo is null ? null : new HugoSite(Path.Combine(work, "hugo"));
        foreach (var story in new StoryCorpus().Stories(n))
        {
            var file = Path.Combine(content, story.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, story.Text);
            lean?.Add(story);
        }

        Measured Portal()
        {
            // A cold build each time: no previous output, as on a fresh CI checkout.
            if (Directory.Exists(output)) Directory.Delete(output, true);
            return Measured.Run("dotnet", [ReleaseGenerator.Dll, "build", "--content", content, "--output", output, "--theme", RepositoryPaths.Theme],
                environment: new Dictionary<string, string> { ["PORTAL_TIMINGS"] = "1" });
        }
        bool Failed(string tool, Measured m)
        {
            if (m.ExitCode == 0) return false;
            Console.Error.WriteLine($"{tool} failed (exit {m.ExitCode}):\n{m.Output}"); // a failed run says nothing about speed
            return true;
        }

        if (lean is not null)
        {
            // Both tools once, untimed, so neither pays for first touches the other was spared.
            var warmPortal = Portal();
            if (Failed("portal", warmPortal)) return null;
            var warmHugo = lean.Build(hugo!);
            if (Failed("hugo", warmHugo)) return null;
            Console.WriteLine(string.Create(Invariant, $"  warm-up (untimed): portal {warmPortal.WallSeconds:0.00} s, hugo {warmHugo.WallSeconds:0.00} s"));
        }

        var ours = new List<Measured>();
        var theirs = new List<Measured>();
        for (var run = 1; run <= runs; run++)
        {
            var our = Portal();
            if (Failed("portal", our)) return null;
            ours.Add(our);
            Console.WriteLine(Row($"  run {run} portal", our));
            if (lean is null) continue;
            var their = lean.Build(hugo!);
            if (Failed("hugo", their)) return null;
            theirs.Add(their);
            Console.WriteLine(Row($"  run {run} hugo", their));
        }

        // The outputs of the last runs are still there: count what each tool wrote.
        var ourMedian = Measured.Median(ours);
        var (ourFiles, ourHtml) = FilesWritten(output);
        Console.WriteLine($"  {"",-12} {"wall",9} {"CPU",9} {"peak RSS",10} {"files",8} {"HTML",8}   (medians of {runs})");
        Console.WriteLine(Row("  portal", ourMedian) + $" {ourFiles,8:N0} {ourHtml,8:N0}");
        if (lean is not null)
        {
            var theirMedian = Measured.Median(theirs);
            var (hugoFiles, hugoHtml) = FilesWritten(lean.Output);
            Console.WriteLine(Row("  hugo", theirMedian) + $" {hugoFiles,8:N0} {hugoHtml,8:N0}");
            Console.WriteLine(string.Create(Invariant,
                $"  portal/hugo  wall {ourMedian.WallSeconds / theirMedian.WallSeconds:0.00}  CPU {ourMedian.CpuSeconds / theirMedian.CpuSeconds:0.00}  peak RSS {ourMedian.PeakRssKiB / (double)theirMedian.PeakRssKiB:0.00}  files {ourFiles / (double)hugoFiles:0.00}  HTML {ourHtml / (double)hugoHtml:0.00}"));
            var (lines, ok) = lean.Check();
            Console.WriteLine($"  hugo output check ({(ok ? "all as expected" : "MISMATCH")}): {string.Join("; ", lines)}");
            // A Hugo build that did not make the page set is no baseline: the run fails rather than print a ratio to it.
            if (!ok) throw new InvalidOperationException($"the lean Hugo site did not build the expected pages at {n:N0} stories; the ratio above is void");
        }
        Profile(ours, runs);
        return new Size(n, ourMedian, theirs.Count > 0 ? Measured.Median(theirs) : null);
    }

    /// <summary>Portal's per-stage profile: medians over the timed runs, and what no mark covers.</summary>
    private static void Profile(IReadOnlyList<Measured> ours, int runs)
    {
        var profiles = ours.Select(m => BuildStages.Group(BuildStages.Parse(m.Output))).ToList();
        if (profiles.All(p => p.Count == 0))
        {
            Console.WriteLine("  portal stage profile: the generator printed no [timing] lines (PORTAL_TIMINGS=1)");
            return;
        }
        var median = BuildStages.Median(profiles);
        var unmarked = Measured.MedianOf(ours.Zip(profiles, (m, p) => m.WallSeconds * 1000 - p.Sum(s => s.Milliseconds)));
        var wall = Measured.MedianOf(ours.Select(m => m.WallSeconds * 1000));
        Console.WriteLine($"  portal stage profile (medians of the {runs} timed runs above: each prints its [timing] lines, PORTAL_TIMINGS=1, about 20 lines on stderr, no measurable cost)");
        foreach (var stage in median)
        {
            var marks = string.Join(", ", stage.Marks.Select(m => string.Create(Invariant, $"{m.Name} {m.Milliseconds:0}")));
            var unknown = BuildStages.Known.Contains(stage.Name) ? "" : "  (a mark this benchmark does not know)";
            Console.WriteLine(string.Create(Invariant, $"    {stage.Name,-14} {stage.Milliseconds,7:0} ms {stage.Milliseconds / wall,5:0%}   {marks}{unknown}"));
        }
        Console.WriteLine(string.Create(Invariant, $"    {"not marked",-14} {unmarked,7:0} ms {unmarked / wall,5:0%}   runtime start-up and JIT, theme load, publishing the output folder, exit (wall minus the marks)"));
        Console.WriteLine(string.Create(Invariant, $"    {"wall",-14} {wall,7:0} ms"));
    }

    /// <summary>Portal's median wall time per 1,000 stories and peak RSS at each size; linearity from the smallest to the largest size.</summary>
    private static void Growth(IReadOnlyList<Size> sizes)
    {
        Console.WriteLine();
        Console.WriteLine("## growth (Portal, medians)");
        foreach (var s in sizes)
        {
            Console.WriteLine(string.Create(Invariant,
                $"  {s.Stories,9:N0} stories  {s.Portal.WallSeconds,8:0.00} s wall  {s.Portal.WallSeconds * 1000 / s.Stories,6:0.000} s per 1,000 stories  {s.Portal.PeakRssKiB / 1024.0,7:0} MiB peak RSS ({s.Portal.PeakRssKiB / 1048576.0:0.00} GiB)"));
        }
        var (small, large) = (sizes.MinBy(s => s.Stories)!, sizes.MaxBy(s => s.Stories)!);
        if (small.Stories == large.Stories) return;
        var timeRatio = large.Portal.WallSeconds / small.Portal.WallSeconds;
        var sizeRatio = large.Stories / (double)small.Stories;
        Console.WriteLine(string.Create(Invariant,
            $"  linearity {small.Stories:N0} → {large.Stories:N0}: time ×{timeRatio:0.00} for ×{sizeRatio:0.##} the stories = {timeRatio / sizeRatio:0.00} ({(timeRatio / sizeRatio <= 1 ? "no worse than linear" : "worse than linear")})"));
    }

    private static string Row(string name, Measured m) =>
        string.Create(Invariant, $"{name,-14} {m.WallSeconds,7:0.00} s {m.CpuSeconds,7:0.00} s {m.PeakRssKiB / 1024.0,6:0} MiB");

    /// <summary>All files an output folder holds, and how many of them are HTML pages.</summary>
    private static (int Files, int Html) FilesWritten(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        return (files.Count, files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)));
    }
}
