using AngleSharp.Html.Parser;
using Portal.LinkCheck;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.EndToEnd;

public sealed class LinkTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Every_internal_link_and_asset_resolves_at_the_root()
    {
        var checker = new SiteLinkChecker(site.OutputDir, site.BaseUrl);
        var broken = checker.FindBroken();
        Assert.Empty(broken);
        Assert.True(checker.LinksChecked > 1000, $"only {checker.LinksChecked} links checked");
    }

    [Fact]
    public void Links_to_other_hosts_do_not_pass_the_referrer_or_the_window()
    {
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories))
        {
            foreach (var a in parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("a[href^='http']"))
            {
                Assert.Contains("noopener", a.GetAttribute("rel") ?? "");
                Assert.Contains("noreferrer", a.GetAttribute("rel") ?? "");
            }
        }
    }
}

public sealed class SubPathLinkTests(BuiltSiteUnderSubPath site) : IClassFixture<BuiltSiteUnderSubPath>
{
    [Fact]
    public void Every_internal_link_and_asset_resolves_under_a_sub_path()
    {
        var checker = new SiteLinkChecker(site.OutputDir, site.BaseUrl);
        Assert.Empty(checker.FindBroken());
    }

    [Fact]
    public void No_root_relative_link_escapes_the_sub_path()
    {
        var parser = new HtmlParser();
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("[href^='/'], [src^='/'], [action^='/']"))
            {
                var value = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
                if (!value.StartsWith("/portal/", StringComparison.Ordinal)) offenders.Add($"{file}: {value}");
            }
        }
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_link_checker_notices_a_deleted_page()
    {
        // Guards the guard: the checker must fail when a linked page disappears.
        using var copy = new TempFolder();
        TempFolder.CopyDirectory(site.OutputDir, copy.Path);
        Directory.Delete(Path.Combine(copy.Path, "tasks", "5"), recursive: true);
        var broken = new SiteLinkChecker(copy.Path, site.BaseUrl).FindBroken();
        Assert.Contains(broken, b => b.Contains("/portal/tasks/5/"));
    }

    [Trait(Tier.Category, Tier.Slow)] // the link checker as a process
    [Fact]
    public void The_workflow_link_check_command_finds_the_base_address_and_fails_on_a_deleted_page()
    {
        // The content-only path of the workflow runs this command on the built site (tests/Portal.LinkCheck).
        using var copy = new TempFolder();
        TempFolder.CopyDirectory(site.OutputDir, copy.Path);
        var command = Path.Combine(AppContext.BaseDirectory, "Portal.LinkCheck.dll");
        var (passed, passOutput) = NodeTools.Run("dotnet", [command, copy.Path]);
        Assert.True(passed == 0, passOutput);
        Assert.Contains($"（{site.BaseUrl}，", passOutput);
        Directory.Delete(Path.Combine(copy.Path, "tasks", "5"), recursive: true);
        var (failed, failOutput) = NodeTools.Run("dotnet", [command, copy.Path]);
        Assert.Equal(1, failed);
        Assert.Contains("/portal/tasks/5/", failOutput);
        Assert.Equal(2, NodeTools.Run("dotnet", [command, copy.Combine("no-such-folder")]).ExitCode);
    }
}

