using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>
/// Ctrl+C stops `serve` cleanly however the editor started it. A terminal sends Ctrl+C's SIGINT to the whole foreground
/// process group, so the test starts each command in a group of its own (setsid) and signals that group, as a terminal
/// does: with `dotnet run`, that group holds both the SDK's host and the generator it started.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // serve as a process
public sealed class ServeStopTests
{
    public static TheoryData<string> Ways => new() { "binary", "dotnet run" };

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task Ctrl_c_stops_serve_and_frees_its_port(string way)
    {
        using var temp = new TempFolder();
        var content = new MiniSite().WriteTo(temp.Combine("repo"));
        var port = LoopbackPort.Free();
        // A terminal's serve has Ctrl+C's default action; a test runner started in the background by a shell without job
        // control (nohup … &) passes SIGINT on ignored, and .NET keeps an inherited "ignore": restore the default first.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("setsid");
        string[] command = way == "binary"
            ? ["dotnet", Path.Combine(AppContext.BaseDirectory, "Portal.Generator.dll")]
            : ["dotnet", "run", "--project", Path.Combine(RepositoryPaths.Root, "generator"), "-c", Configuration, "--no-build", "--"];
        foreach (var argument in command.Concat(["serve", "--content", content, "--output", temp.Combine("_site"), "--theme", RepositoryPaths.Theme, "--port", port.ToString()]))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var started = new TaskCompletionSource();
        // Lines arrive on the reader threads while the test may read them for a failure message: every touch is locked.
        var output = new System.Text.StringBuilder();
        string Logged() { lock (output) return output.ToString(); }
        process.OutputDataReceived += (_, e) =>
        {
            lock (output) output.AppendLine(e.Data);
            if (e.Data?.Contains("按 Ctrl+C 停止", StringComparison.Ordinal) == true) started.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(120));
            Assert.False(PortIsFree(port));
            Assert.Equal(0, Signal("-INT", $"-{process.Id}")); // the process group, as a terminal's Ctrl+C
            // Alone it stops in about a second; 45 s leaves room for a full suite's load on two cores (15 s did not) and
            // still fails a serve that hangs.
            Assert.True(process.WaitForExit(45_000), $"serve ({way}) did not stop on Ctrl+C:\n{Logged()}");
            Assert.Equal(0, process.ExitCode);
            for (var i = 0; i < 50 && !PortIsFree(port); i++) await Task.Delay(100);
            Assert.True(PortIsFree(port), $"port {port} still in use after serve ({way}) stopped");
        }
        finally
        {
            if (!process.HasExited) Signal("-KILL", $"-{process.Id}");
        }
    }

    private static string Configuration => AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static int Signal(string signal, string target)
    {
        using var kill = Process.Start("kill", [signal, "--", target])!;
        kill.WaitForExit();
        return kill.ExitCode;
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
