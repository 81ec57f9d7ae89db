using System.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>The pinned npm tools of tests/tools (installed by scripts/setup.sh) and a process runner for them.</summary>
public static class NodeTools
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "tools");

    public static string VnuJar => Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string Bin(string name) => Path.Combine(Folder, "node_modules", ".bin", name);

    public static void RequireInstalled(string path)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} is missing: run `bash scripts/setup.sh` (npm ci in tests/tools)");
    }

    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CHROME_PATH"] = Chromium.ExecutablePath; // Lighthouse: use Debian's Chromium, never download one
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeoutSeconds} s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
