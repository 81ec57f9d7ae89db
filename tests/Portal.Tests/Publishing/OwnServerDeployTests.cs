using System.Diagnostics;
using System.Text.RegularExpressions;
using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Publishing;

/// <summary>
/// scripts/deploy-own-server.sh for real, as the workflow runs it: rsync over OpenSSH to an sshd on 127.0.0.1 whose
/// deploy key is restricted with rrsync (no shell on the server), the published root served by a server that follows
/// the <c>current</c> link per request like nginx, and a reader reading pages and their hashed files throughout.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // sshd, rsync, bash and an HTTP server
public sealed partial class OwnServerDeployTests : IClassFixture<BuiltSite>, IDisposable
{
    private readonly BuiltSite siteA;
    private readonly TempFolder work = new("portal-deploy");
    private readonly RestrictedSshServer server = new();

    public OwnServerDeployTests(BuiltSite site) => siteA = site;

    private static string Script => Path.Combine(RepositoryPaths.Root, "scripts", "deploy-own-server.sh");

    private string Current => Path.Combine(server.DeployRoot, "current");

    private string Releases => Path.Combine(server.DeployRoot, "releases");

    [GeneratedRegex(@"href=""/assets/css/(site\.[0-9a-f]+\.css)""")]
    private static partial Regex StylesheetName();

    [Fact]
    public async Task Two_deploys_a_killed_deploy_a_rollback_and_a_preview_through_an_rrsync_key()
    {
        var siteB = BuildSecondRelease();
        var cssA = StylesheetName().Match(File.ReadAllText(Path.Combine(siteA.OutputDir, "index.html"))).Groups[1].Value;
        var cssB = StylesheetName().Match(File.ReadAllText(Path.Combine(siteB, "index.html"))).Groups[1].Value;
        Assert.NotEqual("", cssA);
        Assert.NotEqual(cssA, cssB); // else a reader between the releases could not miss a file, and the test would prove nothing

        using var web = new SymlinkFollowingServer(Current);

        // The first deploy: an empty deploy root gets releases/<time>-<commit>/ and current.
        Deploy(0, "release", siteA.OutputDir, "aaaaaaa");
        var releaseA = CurrentRelease();
        Assert.EndsWith("-aaaaaaa", releaseA, StringComparison.Ordinal);

        // The second, read throughout: never a missing page or a missing file of a page, and the reader saw both sites.
        await using (var reader = new SiteReader(web.Address))
        {
            await reader.WaitForRoundsAsync(3);
            Deploy(0, "release", siteB, "bbbbbbb");
            await reader.WaitForRoundsAsync(3);
            Assert.Empty(reader.Failures);
            Assert.Contains($"/assets/css/{cssA}", reader.StylesheetsSeen.Keys);
            Assert.Contains($"/assets/css/{cssB}", reader.StylesheetsSeen.Keys);
        }
        var releaseB = CurrentRelease();
        Assert.EndsWith("-bbbbbbb", releaseB, StringComparison.Ordinal);
        // Unchanged files are hard links to the previous release (--link-dest); the previous stylesheet is carried.
        var favicon = Path.GetFileName(Directory.GetFiles(Path.Combine(siteB, "assets", "icons"), "favicon.*.svg").Single());
        Assert.Equal(Inode(Path.Combine(Releases, releaseA, "assets", "icons", favicon)),
            Inode(Path.Combine(Releases, releaseB, "assets", "icons", favicon)));
        Assert.True(File.Exists(Path.Combine(Releases, releaseB, "assets", "css", cssA)), "the previous stylesheet was not carried");

        // A deploy killed halfway through its upload: the previous release stays served, and is read without a miss.
        var siteC = work.Combine("site-c");
        TempFolder.CopyDirectory(siteB, siteC);
        var big = new byte[6 * 1024 * 1024];
        Random.Shared.NextBytes(big);
        File.WriteAllBytes(Path.Combine(siteC, "media-big.bin"), big);
        await using (var reader = new SiteReader(web.Address))
        {
            using (var deploy = StartDeploy(new Dictionary<string, string> { ["DEPLOY_BWLIMIT"] = "400" }, "release", siteC, "ccccccc"))
            {
                var partial = WaitForNewRelease([releaseA, releaseB], deploy);
                deploy.Kill(entireProcessTree: true);
                Assert.True(deploy.WaitForExit(60_000), "the killed deploy did not stop");
                Assert.EndsWith("-ccccccc", partial, StringComparison.Ordinal);
                Assert.False(File.Exists(Path.Combine(Releases, partial + ".immutable")), "the killed upload was marked complete");
            }
            await reader.WaitForRoundsAsync(3);
            Assert.Empty(reader.Failures);
            Assert.Equal(releaseB, CurrentRelease());
            Assert.Equal([$"/assets/css/{cssB}"], reader.StylesheetsSeen.Keys.Order());
        }

        // The next deploy succeeds after it, keeps the newest two complete releases and removes the partial upload.
        Deploy(0, "release", siteA.OutputDir, "ddddddd");
        var releaseD = CurrentRelease();
        Assert.EndsWith("-ddddddd", releaseD, StringComparison.Ordinal);
        Assert.Equal(new[] { releaseB, releaseD }.Order(StringComparer.Ordinal),
            Directory.GetDirectories(Releases).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"* {releaseD}", Deploy(0, "list"));

        // Rollback: current goes back to the release before, and the site is B's again.
        Deploy(0, "rollback");
        Assert.Equal(releaseB, CurrentRelease());
        using (var client = new HttpClient { BaseAddress = web.Address })
            Assert.Contains(cssB, await client.GetStringAsync("/"));

        // A pull request's preview: published at preview/pr-7, replaced by a newer one, removed when it closes.
        Deploy(0, "preview", siteA.OutputDir, "7");
        var previewPage = Path.Combine(server.DeployRoot, "preview", "pr-7", "index.html");
        Assert.Contains(cssA, File.ReadAllText(previewPage));
        Deploy(0, "preview", siteB, "7");
        Assert.Contains(cssB, File.ReadAllText(previewPage));
        Deploy(0, "preview", siteA.OutputDir, "8");
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(server.DeployRoot, "preview", ".releases")).Length);
        Deploy(0, "preview-remove", "7");
        Assert.False(File.Exists(previewPage));
        Assert.False(Path.Exists(Path.Combine(server.DeployRoot, "preview", "pr-7")));
        Assert.All(Directory.GetDirectories(Path.Combine(server.DeployRoot, "preview", ".releases")),
            d => Assert.StartsWith("pr-8-", Path.GetFileName(d), StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(server.DeployRoot, "preview", "pr-8", "index.html")));
        // The live site was never touched by the previews.
        Assert.Equal(releaseB, CurrentRelease());
    }

    public static TheoryData<string> RefusedPaths => new() { "", "/", "//", "relative/www", "/root", "/home/deploy", "/home/deploy/", "/srv/../etc", "/srv/www sanzhua" };

    [Theory]
    [MemberData(nameof(RefusedPaths))]
    public void A_dangerous_deploy_path_is_refused_before_any_transfer(string path)
    {
        // A remote shell that records being called: nothing may reach the server.
        var marker = work.Combine("connected");
        var shell = work.Combine("record-ssh.sh");
        File.WriteAllText(shell, $"#!/bin/sh\ntouch '{marker}'\nexit 1\n");
        var output = Deploy(1, new Dictionary<string, string> { ["DEPLOY_PATH"] = path, ["DEPLOY_SSH"] = "sh " + shell },
            "release", siteA.OutputDir, "aaaaaaa");
        Assert.Contains("DEPLOY_PATH", output);
        Assert.False(File.Exists(marker), "the script reached the server: " + output);
    }

    [Fact]
    public void A_deploy_path_under_a_home_directory_passes_the_guard()
    {
        var output = Deploy(0, new Dictionary<string, string> { ["DEPLOY_PATH"] = "/home/deploy/sanzhua" }, "check");
        Assert.Contains("ok", output);
    }

    /// <summary>The fixture site again with one more story and a changed stylesheet: new hashed CSS, a new search index.</summary>
    private string BuildSecondRelease()
    {
        var content = FixtureContent.Create(work.Combine("content-b"), FixtureContent.GeneratedStories + 1);
        var theme = work.Combine("theme-b");
        TempFolder.CopyDirectory(RepositoryPaths.Theme, theme);
        File.AppendAllText(Path.Combine(theme, "assets", "css", "site.css"), "\n/* the second release */\n");
        var output = work.Combine("site-b");
        var result = SiteBuild.Build(new BuildOptions
        {
            ContentDir = content,
            OutputDir = output,
            ThemeDir = theme,
            BaseUrl = siteA.BaseUrl,
            Today = new DateOnly(2026, 11, 26),
        });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return output;
    }

    private string CurrentRelease()
    {
        var target = new FileInfo(Current).LinkTarget;
        Assert.NotNull(target);
        Assert.StartsWith("releases/", target, StringComparison.Ordinal);
        return target["releases/".Length..];
    }

    private string WaitForNewRelease(string[] known, Process deploy)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(deploy.HasExited, "the deploy ended before it could be killed halfway");
            var fresh = Directory.Exists(Releases)
                ? Directory.GetDirectories(Releases).Select(d => Path.GetFileName(d)!).FirstOrDefault(d => !known.Contains(d))
                : null;
            if (fresh is not null && Directory.EnumerateFiles(Path.Combine(Releases, fresh), "*", SearchOption.AllDirectories).Any())
                return fresh;
            Thread.Sleep(50);
        }
        Assert.Fail("no new release folder appeared within 120 s");
        return "";
    }

    private Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["DEPLOY_HOST"] = "127.0.0.1",
            ["DEPLOY_USER"] = server.User,
            ["DEPLOY_PATH"] = server.DeployRoot,
            ["DEPLOY_SSH"] = server.SshCommand,
            ["DEPLOY_KEEP"] = "2",
            ["TMPDIR"] = work.Path,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string>()) environment[name] = value;
        return environment;
    }

    private Process StartDeploy(IReadOnlyDictionary<string, string>? extra, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in Environment(extra)) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    private string Deploy(int expectedExit, params string[] args) => Deploy(expectedExit, null, args);

    private string Deploy(int expectedExit, IReadOnlyDictionary<string, string>? extra, params string[] args)
    {
        using var process = StartDeploy(extra, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), "deploy did not finish in 5 minutes");
        var output = stdout.Result + stderr.Result;
        if (expectedExit == 0)
            Assert.True(process.ExitCode == 0, $"deploy {string.Join(' ', args)} failed: {output}\nsshd: {server.Log}");
        else
            Assert.NotEqual(0, process.ExitCode);
        return output;
    }

    private static string Inode(string file)
    {
        var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "%i", file }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var inode = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return inode;
    }

    public void Dispose()
    {
        server.Dispose();
        work.Dispose();
    }
}
