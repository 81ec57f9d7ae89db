using System.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>Makes a folder a git repository with one commit of everything in it, at a fixed commit date.</summary>
public static class GitCommit
{
    /// <param name="committerDate">GIT_COMMITTER_DATE, e.g. 2025-06-30T20:30:00+00:00; the author date is set far from it,
    /// so a test sees which of the two is read.</param>
    public static void CommitAll(string folder, string committerDate)
    {
        Git(folder, committerDate, "init", "-q");
        Git(folder, committerDate, "add", "-A");
        Git(folder, committerDate, "commit", "-q", "-m", "content");
    }

    /// <summary>An empty repository: HEAD names no commit yet.</summary>
    public static void Init(string folder) => Git(folder, null, "init", "-q");

    private static void Git(string folder, string? committerDate, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        // The test machine's own git configuration (signing, hooks, identity) must not matter.
        foreach (var arg in (string[])["-c", "user.name=Portal Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false",
                     "-c", "core.hooksPath=/dev/null", .. args])
            start.ArgumentList.Add(arg);
        if (committerDate is not null)
        {
            start.Environment["GIT_COMMITTER_DATE"] = committerDate;
            start.Environment["GIT_AUTHOR_DATE"] = "2001-01-01T00:00:00+00:00";
        }
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var errors = git.StandardError.ReadToEndAsync();
        Assert.True(git.WaitForExit(30_000), "git did not finish");
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {output.Result}{errors.Result}");
    }
}
