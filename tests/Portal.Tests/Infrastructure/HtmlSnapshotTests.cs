using System.Diagnostics;
using Xunit.Sdk;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A snapshot test never passes by writing its snapshot: a missing or differing snapshot fails on every machine and
/// leaves NAME.received.html; only scripts/accept-snapshots.sh turns it into NAME.verified.html.
/// </summary>
public sealed class HtmlSnapshotTests : IDisposable
{
    private readonly TempFolder folder = new("portal-snapshot");

    private string Snapshots => folder.Combine("tests", "Snapshots");

    private string Verified => Path.Combine(Snapshots, "page.verified.html");

    private string Received => Path.Combine(Snapshots, "page.received.html");

    [Fact]
    public void A_missing_snapshot_fails_and_leaves_the_page_to_review_not_a_snapshot()
    {
        var failure = Assert.Throws<XunitException>(() => HtmlSnapshot.MatchIn(Snapshots, "<main><h1>标题</h1></main>", "page"));
        Assert.Contains("page.verified.html is missing", failure.Message);
        Assert.Contains(HtmlSnapshot.AcceptCommand, failure.Message);
        Assert.False(File.Exists(Verified));
        Assert.Equal("<main><h1>标题</h1></main>", File.ReadAllText(Received));
        // Still failing the second time: nothing was accepted behind the developer's back.
        Assert.Throws<XunitException>(() => HtmlSnapshot.MatchIn(Snapshots, "<main><h1>标题</h1></main>", "page"));
    }

    [Trait(Tier.Category, Tier.Slow)] // the generator or a script as a process

    [Fact]
    public void A_different_page_fails_keeps_the_snapshot_and_the_accept_script_takes_the_received_one()
    {
        Directory.CreateDirectory(Snapshots);
        File.WriteAllText(Verified, "<main><h1>旧标题</h1></main>");
        var failure = Assert.Throws<XunitException>(() => HtmlSnapshot.MatchIn(Snapshots, "<main>\n  <h1>新标题</h1>\n</main>", "page"));
        Assert.Contains("1 HTML difference(s)", failure.Message);
        Assert.Equal("<main><h1>旧标题</h1></main>", File.ReadAllText(Verified));
        Assert.True(File.Exists(Received));

        var (code, output) = AcceptSnapshots(folder.Combine("tests"));
        Assert.True(code == 0, output);
        Assert.Contains("accepted", output);
        Assert.Contains("1 snapshot(s) accepted", output);
        Assert.False(File.Exists(Received));
        Assert.Equal("<main>\n  <h1>新标题</h1>\n</main>", File.ReadAllText(Verified));

        // Now it matches (whitespace does not count), and a stale .received.html is cleared.
        File.WriteAllText(Received, "stale");
        HtmlSnapshot.MatchIn(Snapshots, "<main><h1>新标题</h1></main>", "page");
        Assert.False(File.Exists(Received));
        Assert.Contains("nothing to accept", AcceptSnapshots(folder.Combine("tests")).Output);
    }

    private static (int ExitCode, string Output) AcceptSnapshots(string under)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", "accept-snapshots.sh"));
        start.ArgumentList.Add(under);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), "accept-snapshots.sh did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose() => folder.Dispose();
}
