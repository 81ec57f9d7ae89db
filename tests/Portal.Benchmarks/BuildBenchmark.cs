using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>Cold full builds of our Release binary and of Hugo on the same corpus, measured in the same run.</summary>
public static class BuildBenchmark
{
    public static int Run(int[] sizes)
    {
        if (!File.Exists(Repository.GeneratorDll))
        {
            Console.Error.WriteLine("build the generator first: dotnet build generator -c Release");
            return 2;
        }
        var hugo = File.Exists("/usr/bin/hugo") ? "/usr/bin/hugo" : null;
        var work = Directory.Exists("/dev/shm") ? "/dev/shm/portal-bench" : Path.Combine(Path.GetTempPath(), "portal-bench");
        Console.WriteLine($"# build benchmark {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, work dir {work}");
        Console.WriteLine(hugo is null ? "# hugo not installed: our figures only" : "# " + Measured.Run(hugo, ["version"]).Output.Trim());
        foreach (var n in sizes)
        {
            if (Directory.Exists(work)) Directory.Delete(work, true);
            var content = Path.Combine(work, "content");
            StoryCorpus.Write(Path.Combine(Repository.Root, "content"), content, n);
            var output = Path.Combine(work, "_site");
            var ours = Measured.Run("dotnet", [Repository.GeneratorDll, "build", "--content", content, "--output", output, "--theme", Path.Combine(Repository.Root, "theme")]);
            if (ours.ExitCode != 0)
            {
                Console.Error.WriteLine(ours.Output);
                return 1;
            }
            var ourPages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
            var searchBytes = Directory.EnumerateFiles(Path.Combine(output, "search"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Console.WriteLine($"## {n} stories");
            Console.WriteLine(ours.Row("portal", ourPages) + string.Create(CultureInfo.InvariantCulture, $"   search index {searchBytes / 1048576.0:0.0} MiB"));
            if (hugo is not null)
            {
                var hugoSite = Path.Combine(work, "hugo");
                HugoSite.Write(content, hugoSite);
                var theirs = Measured.Run(hugo, ["--quiet", "-s", hugoSite, "-d", Path.Combine(work, "hugo-out")]);
                if (theirs.ExitCode != 0) Console.Error.WriteLine(theirs.Output);
                var hugoPages = Directory.Exists(Path.Combine(work, "hugo-out"))
                    ? Directory.EnumerateFiles(Path.Combine(work, "hugo-out"), "*.html", SearchOption.AllDirectories).Count()
                    : 0;
                Console.WriteLine(theirs.Row("hugo", hugoPages));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ratio portal/hugo: wall {ours.WallSeconds / theirs.WallSeconds:0.00}  CPU {ours.CpuSeconds / theirs.CpuSeconds:0.00}  peak RSS {ours.PeakRssKiB / (double)theirs.PeakRssKiB:0.00}"));
            }
        }
        return 0;
    }
}
