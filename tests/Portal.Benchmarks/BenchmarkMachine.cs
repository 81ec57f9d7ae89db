using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Portal.Benchmarks;

/// <summary>The head of a benchmark's output: when, on what machine and with which tools, so figures can be compared later.</summary>
public static class BenchmarkMachine
{
    public static IEnumerable<string> Describe(string work, string? hugo)
    {
        yield return $"# date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC";
        yield return string.Create(CultureInfo.InvariantCulture,
            $"# machine: {Environment.ProcessorCount} cores ({ProcInfo("/proc/cpuinfo", "model name") ?? "cpu unknown"}), {MemoryGiB():0.0} GiB memory, kernel {Read("/proc/sys/kernel/osrelease") ?? RuntimeInformation.OSDescription}, load average {LoadAverage()}");
        yield return $"# .NET: runtime {RuntimeInformation.FrameworkDescription}, SDK {Capture("dotnet", "--version") ?? "unknown"}";
        yield return "# Hugo: " + (hugo is null ? "not installed (apt-get install -y hugo): Portal's figures only" : Capture(hugo, "version") ?? "unknown");
        yield return $"# generator: {ReleaseGenerator.Dll} (commit {Capture("git", "-C", RepositoryPaths.Root, "rev-parse", "--short", "HEAD") ?? "unknown"}{(string.IsNullOrEmpty(Capture("git", "-C", RepositoryPaths.Root, "status", "--porcelain", "--", "generator", "theme")) ? "" : " with uncommitted changes")})";
        yield return $"# work dir: {work} ({FileSystem(work)})";
    }

    public static string LoadAverage() =>
        Read("/proc/loadavg") is { } load ? string.Join(' ', load.Split(' ').Take(3)) : "unknown";

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : null;

    private static string? ProcInfo(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;

    private static double MemoryGiB() =>
        ProcInfo("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Split(' ')[0], CultureInfo.InvariantCulture, out var kib)
            ? kib / 1048576.0
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;

    /// <summary>The type of the file system the folder is (or will be) on: the longest mount point above it.</summary>
    private static string FileSystem(string folder)
    {
        if (!File.Exists("/proc/mounts")) return "file system unknown";
        var mount = File.ReadLines("/proc/mounts").Select(l => l.Split(' ')).Where(f => f.Length > 2)
            .Where(f => folder == f[1] || folder.StartsWith(f[1].TrimEnd('/') + "/", StringComparison.Ordinal))
            .MaxBy(f => f[1].Length);
        return mount is null ? "file system unknown" : mount[2];
    }

    private static string? Capture(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in arguments) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
