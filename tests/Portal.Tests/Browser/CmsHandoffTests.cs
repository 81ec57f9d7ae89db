using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Preview.LocalBackend.Handoff;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Infrastructure.GitRepositories;

namespace Portal.Tests.Browser;

/// <summary>
/// 提交审核 pressed in the real /admin/ (Chromium, serve's local backend) after a story was changed and published locally
/// (issue 22, item 6). In a git checkout whose remote takes the push (a bare repository standing in for the hosting service,
/// a fake pull-request API on 127.0.0.1 at the remote's web address), the change lands on a new branch and the panel links
/// the pull request; in a copy without git, the panel offers the dated 稿件包, whose import into a clean copy restores
/// exactly the changed file. The panels are the guide's pictures (section 〇, 本机编辑).
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium, git, servers
public sealed class CmsHandoffTests : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> GuideShots = ["20-handoff-branch.png", "21-handoff-package.png"];

    private const string Story = "stories/2025/2025-02-25-notice-issued.md";
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly Chromium chromium = new();

    public Task InitializeAsync() => chromium.InitializeAsync();

    public Task DisposeAsync() => chromium.DisposeAsync();

    [Fact]
    public async Task In_a_checkout_with_credentials_the_change_lands_on_a_branch_of_the_remote_and_the_panel_links_the_pull_request()
    {
        using var api = new FakeHostingApi();
        var remote = "";
        await using var site = await LocalEditorSite.StartAsync("portal-handoff-git", Today, repository =>
        {
            remote = Path.Combine(Path.GetDirectoryName(repository)!, "remote.git");
            Directory.CreateDirectory(remote);
            Git(remote, "init", "--bare", "-q", "-b", "main");
            Git(repository, "init", "-q", "-b", "main");
            Git(repository, "config", "user.name", "测试编辑");
            Git(repository, "config", "user.email", "editor@example.gov.cn");
            Git(repository, "config", "credential.helper", "");
            Git(repository, "config", "--add", "credential.helper", $"!f() {{ echo username=editor; echo password={FakeHostingApi.Token}; }}; f");
            Git(repository, "add", "-A");
            Git(repository, "commit", "-q", "-m", "site");
            // Its web address is the hosting service's (where the pull request is opened); pushes go to the bare repository.
            Git(repository, "remote", "add", "origin", new Uri(api.Address, "o/r.git").AbsoluteUri);
            Git(repository, "remote", "set-url", "--push", "origin", remote);
            Git(repository, "push", "-q", "origin", "main");
        });
        var (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await PublishChangedTitleAsync(site, page);

        await page.ClickAsync("#portal-handoff-button");
        await page.WaitForSelectorAsync("#portal-handoff-panel[data-outcome=branch]", new() { Timeout = 60_000 });

        var branch = Assert.Single(Git(remote, "branch", "--list", "local-editor/*").Split('\n')).Trim();
        Assert.Equal($"M\tcontent/{Story}", Git(remote, "diff", "--name-status", "main", branch));
        Assert.Contains("（已改）", Git(remote, "show", $"{branch}:content/{Story}"), StringComparison.Ordinal);
        var request = Assert.Single(api.PullRequests);
        Assert.Equal(branch, request.Body!["head"]!.GetValue<string>());
        Assert.Equal(new Uri(api.Address, "o/r/pulls/7").AbsoluteUri, await page.GetAttributeAsync("#portal-handoff-link", "href"));
        Assert.Contains(branch, await page.InnerTextAsync("#portal-handoff-message"), StringComparison.Ordinal);
        Assert.Equal("修改 content/" + Story, await page.InnerTextAsync("#portal-handoff-files li"));
        await page.ScreenshotAsync(new() { Path = GuideScreenshots.PathOf(GuideShots[0]) });
        await context.CloseAsync();
    }

    [Fact]
    public async Task In_a_copy_without_git_the_panel_offers_the_package_whose_import_restores_exactly_the_change()
    {
        await using var site = await LocalEditorSite.StartAsync("portal-handoff-package", Today);
        var (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await PublishChangedTitleAsync(site, page);

        await page.ClickAsync("#portal-handoff-button");
        await page.WaitForSelectorAsync("#portal-handoff-panel[data-outcome=package]", new() { Timeout = 60_000 });
        Assert.Contains("稿件包", await page.InnerTextAsync("#portal-handoff-message"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = GuideScreenshots.PathOf(GuideShots[1]) });
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#portal-handoff-link"), new() { Timeout = 60_000 });
        Assert.Matches(new Regex(@"^稿件包-\d{4}-\d{2}-\d{2}-\d{6}\.zip$"), download.SuggestedFilename);
        Assert.True(File.Exists(Path.Combine(site.Repository, StoryPackage.FolderName, download.SuggestedFilename)));
        var zip = site.Folder.Combine(download.SuggestedFilename);
        await download.SaveAsAsync(zip);

        var clean = site.Folder.Combine("clean", "content");
        FixtureContent.Create(clean);
        var imported = StoryPackage.Import(zip, clean);
        Assert.Equal(["content/" + Story], imported.Select(c => c.Path));
        Assert.Equal(Tree(site.Content), Tree(clean));
        await context.CloseAsync();
    }

    /// <summary>Opens the story, adds “（已改）” to its title and publishes it, as an editor does; waits for the file.</summary>
    private static async Task PublishChangedTitleAsync(LocalEditorSite site, IPage page)
    {
        var path = Path.Combine(site.Content, Story);
        var before = File.ReadAllText(path);
        await page.GotoAsync(new Uri(site.Address, "admin/#/collections/stories/entries/" + Story["stories/".Length..^".md".Length]).ToString());
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("登录") }).ClickAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => (document.querySelector('#title-field-1')?.value || '').length > 0", null, new() { Timeout = 60_000 });
        var title = await page.InputValueAsync("#title-field-1");
        await page.FillAsync("#title-field-1", title + "（已改）");
        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");
        for (var i = 0; i < 300 && File.ReadAllText(path) == before; i++) await Task.Delay(200);
        Assert.Contains("（已改）", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
