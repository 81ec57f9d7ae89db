using System.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>Runs the real generator program (the built Portal.Generator.dll) as a separate process.</summary>
public static class CommandLine
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    /// <param name="environment">Extra environment variables, e.g. GITHUB_STEP_SUMMARY.</param>
    public static (int ExitCode, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var generator = Path.Combine(AppContext.BaseDirectory, "Portal.Generator.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(generator);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GITHUB_ACTIONS"] = "true";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "generator did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
