using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// Cold full builds of our Release binary and of Hugo on the same corpus, measured in the same run. With
/// <c>--runs K</c> the two alternate K times and the medians are compared: this machine is shared and one run of
/// either tool can be 30 % off, so a single pair says little about a 10 % difference.
/// </summary>
public static class BuildBenchmark
{
    public static int Run(IReadOnlyList<string> args)
    {
        var runs = 1;
        var sizes = new List<int>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out runs) && runs > 0) i++;
            else if (int.TryParse(args[i], CultureInfo.InvariantCulture, out var n) && n > 0) sizes.Add(n);
            else
            {
                Console.Error.WriteLine("usage: build N [N …] [--runs K]   (N stories per corpus, K ≥ 1 alternating runs per tool)");
                return 2;
            }
        }
        if (sizes.Count == 0) sizes.Add(10_000);
        if (!File.Exists(ReleaseGenerator.Dll))
        {
            Console.Error.WriteLine("build the generator first: dotnet build generator -c Release");
            return 2;
        }
        var hugo = File.Exists("/usr/bin/hugo") ? "/usr/bin/hugo" : null;
        var work = Directory.Exists("/dev/shm") ? "/dev/shm/portal-bench" : Path.Combine(Path.GetTempPath(), "portal-bench");
        Console.WriteLine($"# build benchmark {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, work dir {work}, {runs} alternating run(s) per tool");
        Console.WriteLine(hugo is null ? "# hugo not installed: our figures only" : "# " + Measured.Run(hugo, ["version"]).Output.Trim());
        foreach (var n in sizes)
        {
            if (Directory.Exists(work)) Directory.Delete(work, true);
            var content = Path.Combine(work, "content");
            StoryCorpus.Write(RepositoryPaths.Content, content, n);
            var output = Path.Combine(work, "_site");
            var hugoSite = Path.Combine(work, "hugo");
            var hugoOutput = Path.Combine(work, "hugo-out");
            if (hugo is not null) HugoSite.Write(content, hugoSite);
            Console.WriteLine($"## {n} stories");
            var ours = new List<Measured>();
            var theirs = new List<Measured>();
            for (var run = 0; run < runs; run++)
            {
                // A cold build each time: the previous output is removed, as on a fresh CI checkout.
                if (Directory.Exists(output)) Directory.Delete(output, true);
                var our = Measured.Run("dotnet", [ReleaseGenerator.Dll, "build", "--content", content, "--output", output, "--theme", RepositoryPaths.Theme]);
                if (our.ExitCode != 0)
                {
                    Console.Error.WriteLine(our.Output);
                    return 1;
                }
                ours.Add(our);
                if (runs > 1) Console.WriteLine(our.Row($"  run {run + 1} portal", 0));
                if (hugo is null) continue;
                if (Directory.Exists(hugoOutput)) Directory.Delete(hugoOutput, true);
                var their = Measured.Run(hugo, ["--quiet", "-s", hugoSite, "-d", hugoOutput]);
                if (their.ExitCode != 0)
                {
                    Console.Error.WriteLine(their.Output); // a failed Hugo run says nothing about its speed
                    continue;
                }
                theirs.Add(their);
                if (runs > 1) Console.WriteLine(their.Row($"  run {run + 1} hugo", 0));
            }
            var ourPages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
            var searchBytes = Directory.EnumerateFiles(Path.Combine(output, "search"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            var ourMedian = Measured.Median(ours);
            Console.WriteLine(ourMedian.Row("portal", ourPages) + string.Create(CultureInfo.InvariantCulture, $"   search index {searchBytes / 1048576.0:0.0} MiB"));
            if (hugo is null || theirs.Count == 0) continue;
            var hugoPages = Directory.Exists(hugoOutput) ? Directory.EnumerateFiles(hugoOutput, "*.html", SearchOption.AllDirectories).Count() : 0;
            var theirMedian = Measured.Median(theirs);
            Console.WriteLine(theirMedian.Row("hugo", hugoPages));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio portal/hugo{(runs > 1 ? " (medians)" : "")}: wall {ourMedian.WallSeconds / theirMedian.WallSeconds:0.00}  CPU {ourMedian.CpuSeconds / theirMedian.CpuSeconds:0.00}  peak RSS {ourMedian.PeakRssKiB / (double)theirMedian.PeakRssKiB:0.00}"));
        }
        return 0;
    }
}
