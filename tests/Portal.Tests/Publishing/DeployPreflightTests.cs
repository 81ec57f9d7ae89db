using System.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Publishing;

/// <summary>
/// scripts/deploy-preflight.sh, the deploy job's first step, with GitHub's answer to <c>gh api repos/OWNER/REPO/pages</c>
/// played by a <c>gh</c> on PATH that prints what GitHub documents (a Pages site's JSON, or "Not Found (HTTP 404)"),
/// since no GitHub is reachable here. Every problem is reported at once, in Chinese and English, before any build.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // bash
public sealed class DeployPreflightTests : IDisposable
{
    private readonly TempFolder bin = new("portal-preflight");

    private static readonly Dictionary<string, string> AllSix = new()
    {
        ["DEPLOY_HOST"] = "www.example.gov.cn",
        ["DEPLOY_USER"] = "deploy",
        ["DEPLOY_PATH"] = "/srv/www/sanzhua",
        ["DEPLOY_SSH_KEY"] = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----",
        ["DEPLOY_KNOWN_HOSTS"] = "www.example.gov.cn ssh-ed25519 AAAA",
        ["DEPLOY_BASE_URL"] = "https://sanzhua.example.gov.cn/",
    };

    [Fact]
    public void Pages_from_actions_without_own_server_secrets_passes()
    {
        var (code, output) = Preflight("""{"build_type":"workflow","html_url":"https://example.github.io/portal/"}""", new Dictionary<string, string>());
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Pages_from_actions_with_all_six_secrets_passes()
    {
        var (code, output) = Preflight("""{"build_type":"workflow"}""", AllSix);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Pages_not_enabled_is_reported_with_where_to_set_it()
    {
        var (code, output) = Preflight(null, new Dictionary<string, string>());
        Assert.NotEqual(0, code);
        Assert.Contains("GitHub Pages 未启用", output);
        Assert.Contains("Settings → Pages → Build and deployment → Source: GitHub Actions", output);
    }

    [Fact]
    public void Pages_from_a_branch_and_missing_secrets_and_a_root_path_are_reported_together()
    {
        var partial = new Dictionary<string, string> { ["DEPLOY_HOST"] = "www.example.gov.cn", ["DEPLOY_PATH"] = "/" };
        var (code, output) = Preflight("""{"build_type":"legacy"}""", partial);
        Assert.NotEqual(0, code);
        Assert.Contains("“legacy”，应为 GitHub Actions", output);
        Assert.Contains("The Pages source is 'legacy'", output);
        Assert.Contains("DEPLOY_USER DEPLOY_SSH_KEY DEPLOY_KNOWN_HOSTS DEPLOY_BASE_URL", output);
        Assert.Contains("DEPLOY_PATH 不能是 /", output);
        Assert.Contains("Settings → Secrets and variables → Actions", output);
    }

    [Theory]
    [InlineData("DEPLOY_PATH", "/home/deploy", "主目录")]
    [InlineData("DEPLOY_PATH", "srv/www", "绝对路径")]
    [InlineData("DEPLOY_BASE_URL", "sanzhua.example.gov.cn", "DEPLOY_BASE_URL")]
    [InlineData("DEPLOY_SSH_KEY", "ssh-ed25519 AAAA (the public key)", "私钥")]
    public void A_wrong_secret_is_named(string secret, string value, string expected)
    {
        var secrets = new Dictionary<string, string>(AllSix) { [secret] = value };
        var (code, output) = Preflight("""{"build_type":"workflow"}""", secrets);
        Assert.NotEqual(0, code);
        Assert.Contains(expected, output);
    }

    private (int ExitCode, string Output) Preflight(string? pagesJson, IReadOnlyDictionary<string, string> secrets)
    {
        var gh = bin.Combine("gh");
        File.WriteAllText(gh, pagesJson is null
            ? "#!/bin/sh\necho 'gh: Not Found (HTTP 404)' >&2\nexit 1\n"
            : $"#!/bin/sh\n[ \"$1 $2\" = 'api repos/example-org/portal/pages' ] || {{ echo \"unexpected: $*\" >&2; exit 2; }}\ncat <<'JSON'\n{pagesJson}\nJSON\n");
        if (!OperatingSystem.IsWindows()) // always, here: tells the analyzer the Unix file mode is safe
            File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", "deploy-preflight.sh"));
        start.Environment["PATH"] = bin.Path + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["GH_REPO"] = "example-org/portal";
        start.Environment["GITHUB_STEP_SUMMARY"] = bin.Combine("summary.md");
        foreach (var name in AllSix.Keys) start.Environment.Remove(name);
        foreach (var (name, value) in secrets) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the preflight did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose() => bin.Dispose();
}
