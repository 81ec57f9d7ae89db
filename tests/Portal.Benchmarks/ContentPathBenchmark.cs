using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// The job steps of the workflow's content-only path (.github/workflows/site.yml, jobs "content" and "deploy") on an
/// N-story site, each as the workflow runs it, in a fresh copy of the sources (no bin/ or obj/, as on a new checkout;
/// NuGet packages already in the cache, as after the workflow's cache step) with build servers disabled (a new runner
/// has none running). Hugo building the same stories with the lean site of the build benchmark (hugo-site/, see
/// <see cref="HugoSite"/>) is the baseline, measured in the same run. With --runs K the
/// whole sequence runs K times and medians are printed.
/// </summary>
public static class ContentPathBenchmark
{
    private sealed record Step(string Job, string Name, string Command, Func<string, Measured> Run);

    public static int Run(IReadOnlyList<string> args)
    {
        var stories = 1_000;
        var runs = 3;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out runs) && runs > 0) i++;
            else if (int.TryParse(args[i], CultureInfo.InvariantCulture, out var n) && n > 0) stories = n;
            else
            {
                Console.Error.WriteLine("usage: content-path [N] [--runs K]   (N stories, default 1000; K runs, default 3)");
                return 2;
            }
        }
        var hugo = File.Exists("/usr/bin/hugo") ? "/usr/bin/hugo" : null;
        // On disk like a runner's workspace, not on tmpfs.
        var work = Path.Combine(Path.GetTempPath(), "portal-content-path-bench");
        Console.WriteLine($"# content-only path benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}, {stories} stories, {runs} run(s), work dir {work}");
        Console.WriteLine(hugo is null ? "# hugo not installed: no baseline" : "# baseline: " + Measured.Run(hugo, ["version"]).Output.Trim());
        Console.WriteLine("# " + Measured.Run("dotnet", ["--version"]).Output.Trim() + " (.NET SDK)");

        if (Directory.Exists(work)) Directory.Delete(work, true);
        var corpus = Path.Combine(work, "corpus");
        StoryCorpus.Write(RepositoryPaths.Content, corpus, stories);
        // The lean Hugo site of the build benchmark, with the same generated stories (not our shipped ones).
        var lean = hugo is null ? null : HugoSite.Prepare(Path.Combine(work, "hugo"), stories);

        string[] noServers = ["--disable-build-servers"];
        var steps = new List<Step>
        {
            new("content", "build the generator (cold: new checkout, NuGet cache restored)", "dotnet build generator -c Release",
                repo => Dotnet(repo, ["build", "generator", "-c", "Release", .. noServers])),
            new("content", "check", "dotnet run --project generator -c Release --no-build -- check",
                repo => Dotnet(repo, ["run", "--project", "generator", "-c", "Release", "--no-build", "--", "check"])),
            new("content", "build the site", "dotnet run --project generator -c Release --no-build -- build",
                repo => Dotnet(repo, ["run", "--project", "generator", "-c", "Release", "--no-build", "--", "build"])),
            new("content", "check links (compiles the checker first)", "dotnet run --project tests/Portal.LinkCheck -c Release -- _site",
                repo => Dotnet(repo, ["run", "--project", "tests/Portal.LinkCheck", "-c", "Release", .. noServers, "--", "_site"])),
            new("deploy", "build the site for the Pages address (cold: the job's own checkout)", "dotnet run --project generator -c Release -- build --base-url \"$BASE_URL/\"",
                repo =>
                {
                    Directory.Delete(Path.Combine(repo, "generator", "bin"), true);
                    Directory.Delete(Path.Combine(repo, "generator", "obj"), true);
                    return Dotnet(repo, ["run", "--project", "generator", "-c", "Release", .. noServers, "--", "build", "--base-url", "https://example.github.io/portal/", "--output", "_site_pages"]);
                }),
            new("(local)", "build the generator again, nothing changed (warm; not a CI step)", "dotnet build generator -c Release",
                repo => Dotnet(repo, ["build", "generator", "-c", "Release"])),
        };

        var times = steps.ToDictionary(s => s, _ => new List<Measured>());
        var baseline = new List<Measured>();
        var pages = 0;
        for (var run = 0; run < runs; run++)
        {
            var repo = Path.Combine(work, "repo");
            if (Directory.Exists(repo)) Directory.Delete(repo, true);
            CopySources(repo, corpus);
            foreach (var step in steps)
            {
                var measured = step.Run(repo);
                if (measured.ExitCode != 0)
                {
                    Console.Error.WriteLine($"{step.Command} failed:\n{measured.Output}");
                    return 1;
                }
                times[step].Add(measured);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {run + 1}  {step.Job,-8} {step.Name,-72} {measured.WallSeconds,7:0.00} s"));
            }
            pages = Directory.EnumerateFiles(Path.Combine(repo, "_site"), "*.html", SearchOption.AllDirectories).Count();
            if (lean is not null)
            {
                var measured = lean.Build(hugo!);
                if (measured.ExitCode == 0) baseline.Add(measured);
                else Console.Error.WriteLine(measured.Output);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {run + 1}  {"baseline",-8} {"hugo builds the same corpus",-72} {measured.WallSeconds,7:0.00} s"));
            }
        }

        var hugoMedian = baseline.Count > 0 ? Measured.MedianOf(baseline.Select(m => m.WallSeconds)) : (double?)null;
        Console.WriteLine();
        Console.WriteLine($"## medians of {runs} run(s), {stories} stories, {pages} HTML pages; load average now {LoadAverage()}");
        Console.WriteLine("| job | step | command | wall (median) | CPU (median) | ratio to Hugo's build |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        double total = 0, contentJob = 0;
        foreach (var step in steps)
        {
            var wall = Measured.MedianOf(times[step].Select(m => m.WallSeconds));
            var cpu = Measured.MedianOf(times[step].Select(m => m.CpuSeconds));
            if (step.Job != "(local)") total += wall;
            if (step.Job == "content") contentJob += wall;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {step.Job} | {step.Name} | `{step.Command}` | {wall:0.0} s | {cpu:0.0} s | {(hugoMedian is { } h ? $"{wall / h:0.0}×" : "–")} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| content | **content job, steps above** | | **{contentJob:0.0} s** | | {(hugoMedian is { } h1 ? $"{contentJob / h1:0.0}×" : "–")} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| content + deploy | **merge to built site, steps above** | | **{total:0.0} s** | | {(hugoMedian is { } h2 ? $"{total / h2:0.0}×" : "–")} |"));
        if (hugoMedian is { } hugoWall)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| baseline | Hugo builds the same stories (lean site tests/Portal.Benchmarks/hugo-site, cold) | | {hugoWall:0.0} s | {Measured.MedianOf(baseline.Select(m => m.CpuSeconds)):0.0} s | 1.0× |"));
        return 0;
    }

    /// <summary>What a checkout holds for these steps: the generator and link checker sources, the theme, the corpus as content/.</summary>
    private static void CopySources(string repo, string corpus)
    {
        var root = RepositoryPaths.Root;
        foreach (var folder in new[] { "generator", Path.Combine("tests", "Portal.LinkCheck") })
        {
            var source = Path.Combine(root, folder);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
                var target = Path.Combine(repo, folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        TempFolder.CopyDirectory(Path.Combine(root, "theme"), Path.Combine(repo, "theme"));
        TempFolder.CopyDirectory(corpus, Path.Combine(repo, "content"));
    }

    private static Measured Dotnet(string repo, string[] args) => Measured.Run("dotnet", args, repo);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
