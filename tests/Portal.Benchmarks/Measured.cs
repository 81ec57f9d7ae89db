using System.Diagnostics;
using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>A command run as a separate process under GNU time: wall and CPU seconds, peak resident memory.</summary>
public sealed record Measured(double WallSeconds, double CpuSeconds, long PeakRssKiB, int ExitCode, string Output)
{
    public static Measured Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        foreach (var a in new[] { "-o", timeFile, "-f", "%e %U %S %M", program }.Concat(arguments)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var fields = File.ReadAllLines(timeFile).Last().Split(' ');
        File.Delete(timeFile);
        double F(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return new Measured(F(0), F(1) + F(2), long.Parse(fields[3], CultureInfo.InvariantCulture), process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Each figure's median over the runs (peak RSS included), so one disturbed run does not decide.</summary>
    public static Measured Median(IReadOnlyList<Measured> runs)
    {
        double Mid(Func<Measured, double> figure) => MedianOf(runs.Select(figure));
        return new Measured(Mid(r => r.WallSeconds), Mid(r => r.CpuSeconds), (long)Mid(r => r.PeakRssKiB), runs[0].ExitCode, runs[0].Output);
    }

    /// <summary>The median (the mean of the middle two for an even count; 0 when there is nothing).</summary>
    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return 0;
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

}
