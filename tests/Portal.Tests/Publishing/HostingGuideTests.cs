using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Publishing;

/// <summary>docs/hosting.md and the README say what the workflow and the deploy scripts do.</summary>
public sealed class HostingGuideTests
{
    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([RepositoryPaths.Root, .. parts]));

    [Fact]
    public void The_guide_names_every_secret_the_preflight_checks()
    {
        var preflight = Read("scripts", "deploy-preflight.sh");
        var secrets = Regex.Match(preflight, @"secrets=\(([^)]*)\)").Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, secrets.Length);
        var guide = Read("docs", "hosting.md");
        foreach (var secret in secrets) Assert.Contains($"| `{secret}` |", guide);
        // And the workflow passes each of them, under the same name, to the preflight.
        var workflow = Read(".github", "workflows", "site.yml");
        foreach (var secret in secrets) Assert.Contains($"{secret}: ${{{{ secrets.{secret} }}}}", workflow);
    }

    [Fact]
    public void The_guide_walks_through_the_first_deploy()
    {
        var guide = Read("docs", "hosting.md");
        var section = guide[guide.IndexOf("## The first deploy", StringComparison.Ordinal)..guide.IndexOf("## Deploying to the department's own server", StringComparison.Ordinal)];
        foreach (var step in new[] { "Source: **GitHub Actions**", "github-pages", "Selected branches: `main`", "OAuth application policy", "merge commit", "`checks`" })
            Assert.Contains(step, section);
    }

    [Fact]
    public void The_nginx_example_serves_the_current_release()
    {
        var guide = Read("docs", "hosting.md");
        Assert.Matches(@"root /srv/www/sanzhua/current;", guide);
        Assert.Contains("rrsync -absolute /srv/www/sanzhua", guide);
        Assert.Contains("bash scripts/deploy-own-server.sh rollback", guide);
    }

    [Fact]
    public void The_merge_to_live_table_names_each_added_step()
    {
        var readme = Read("README.md");
        var section = readme[readme.IndexOf("**Merge to live on the content-only path, estimated end to end**", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("### Editors' packages", StringComparison.Ordinal)];
        foreach (var step in new[] { "runner pickup", "actions/checkout", "actions/setup-dotnet", "NuGet cache", "link check of that build", "upload-pages-artifact", "deploy-pages", "max-age=600" })
            Assert.Contains(step, section);
        Assert.Contains("What each figure includes", readme);
    }
}
