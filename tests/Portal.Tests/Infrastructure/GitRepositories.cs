using System.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Real git repositories for the hand-off tests: a bare repository in a scratch folder stands in for the hosting service's,
/// and an editor's clone of it holds <see cref="MiniSite"/>'s content/ on main.
/// </summary>
public static class GitRepositories
{
    /// <summary>Runs git in <paramref name="folder"/>; fails the test when it fails. Standard output, trimmed.</summary>
    public static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "core.quotepath=off", .. arguments]) start.ArgumentList.Add(argument);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "git did not finish");
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output.Result.Trim();
    }

    /// <summary>
    /// A bare "remote" at folder/remote.git with the mini site on main, and the editor's clone at folder/editor (content/ in it).
    /// <paramref name="siteYmlExtra"/> is appended to content/site.yml before the first commit (the editing block).
    /// </summary>
    public static (string Remote, string Clone) RemoteWithClone(TempFolder folder, string siteYmlExtra = "")
    {
        var remote = folder.Combine("remote.git");
        Directory.CreateDirectory(remote);
        Git(remote, "init", "--bare", "-q", "-b", "main");
        var clone = folder.Combine("editor");
        Directory.CreateDirectory(clone);
        Git(clone, "init", "-q", "-b", "main");
        Identify(clone);
        new MiniSite().WriteTo(clone);
        File.AppendAllText(Path.Combine(clone, "content", "site.yml"), siteYmlExtra);
        Git(clone, "add", "-A");
        Git(clone, "commit", "-q", "-m", "site");
        Git(clone, "remote", "add", "origin", remote);
        Git(clone, "push", "-q", "origin", "main");
        return (remote, clone);
    }

    /// <summary>Another clone of <paramref name="remote"/>'s main: a developer's clean copy.</summary>
    public static string CloneOf(string remote, string target)
    {
        Directory.CreateDirectory(target);
        Git(target, "clone", "-q", remote, ".");
        Identify(target);
        return target;
    }

    /// <summary>Every file under a folder (hidden ones and .git left out) with its bytes' hash, by relative path.</summary>
    public static SortedDictionary<string, string> Tree(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .ToDictionary(p => p, p => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, p))))),
            StringComparer.Ordinal);

    private static void Identify(string clone)
    {
        Git(clone, "config", "user.name", "测试编辑");
        Git(clone, "config", "user.email", "editor@example.gov.cn");
        // Whatever helpers this machine has: the tests say which credentials exist.
        Git(clone, "config", "credential.helper", "");
    }
}
