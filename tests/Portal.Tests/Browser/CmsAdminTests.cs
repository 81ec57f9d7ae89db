using Microsoft.Playwright;
using Portal.Build;
using Portal.Preview;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The real /admin/ (vendored Decap CMS) in Chromium against `serve`'s local backend: it starts in Chinese under its own
/// policy, makes no request to another host, and lists the stories it reads through POST /api/v1.
/// </summary>
public sealed class CmsAdminTests : IAsyncLifetime
{
    private readonly TempFolder folder = new("portal-admin");
    private readonly Chromium chromium = new();
    private PreviewServer? server;

    private string Content => folder.Combine("repo", "content");

    public async Task InitializeAsync()
    {
        FixtureContent.Create(Content);
        var output = folder.Combine("_site");
        server = await PreviewServer.StartAsync(output, 0, new PreviewState(), new ReloadBroadcaster(), injectReload: false, contentDir: Content);
        var result = SiteBuild.Build(new BuildOptions
        {
            ContentDir = Content, OutputDir = output, ThemeDir = RepositoryPaths.Theme, BaseUrl = server.Address, Today = new DateOnly(2026, 11, 26),
        });
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        await chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        if (server is not null) await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task The_editor_starts_in_chinese_and_lists_the_stories_through_the_local_backend()
    {
        var (context, page, requests) = await chromium.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync(new Uri(server!.Address, "admin/").ToString());
        // The proxy backend asks the editor to enter first: 登录 in the Chinese interface.
        var login = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("登录") });
        await login.ClickAsync(new() { Timeout = 60_000 });
        await page.GetByText("第1期：农村公路提升行动取得新进展").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-admin-stories.png") });
        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        lock (requests) Assert.All(requests, url => Assert.StartsWith(server.Address.GetLeftPart(UriPartial.Authority), url));
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_story_created_through_the_form_is_saved_where_the_site_reads_it_and_passes_check()
    {
        var (context, page, _) = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server!.Address, "admin/#/collections/stories/new").ToString());
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("登录") }).ClickAsync(new() { Timeout = 60_000 });
        await page.FillAsync("#title-field-1", "临夏州推进四好农村路建设", new() { Timeout = 60_000 });
        await page.FillAsync("#slug-field-2", "linxia-rural-roads");
        await page.FillAsync("#date-field-3", "2025-05-01");
        async Task Choose(string field, string text)
        {
            await page.ClickAsync($"#{field}");
            await page.Keyboard.TypeAsync(text);
            await page.Keyboard.PressAsync("Enter");
        }
        await Choose("tasks-field-4", "4. ");
        await Choose("departments-field-5", "公路管理处");
        await Choose("departments-field-5", "乡村振兴办");
        await Choose("type-field-6", "即时报道");
        await page.FillAsync("#tags-field-9", "农村公路, 四好农村路");
        await page.FillAsync("#summary-field-11", "临夏州召开推进会，部署新一轮农村公路提升行动。");
        await page.ClickAsync("[data-slate-editor=\"true\"]");
        await page.Keyboard.TypeAsync("临夏州召开农村公路建设推进会。");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-admin-filled.png"), FullPage = true });
        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");
        await page.WaitForTimeoutAsync(2000);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-admin-published.png") });
        var saved = Path.Combine(Content, "stories", "2025", "2025-05-01-linxia-rural-roads.md");
        for (var i = 0; i < 100 && !File.Exists(saved); i++) await Task.Delay(200);
        Assert.True(File.Exists(saved), string.Join("\n", Directory.GetFiles(Path.Combine(Content, "stories"), "*", SearchOption.AllDirectories)));
        var text = File.ReadAllText(saved);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "portal-admin-saved.md"), text);
        Assert.Contains("临夏州推进四好农村路建设", text);
        Assert.Contains("临夏州召开农村公路建设推进会。", text);
        var check = SiteBuild.Check(new BuildOptions { ContentDir = Content, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
        var problems = Portal.Tests.Validation.StoryValidationTests.NotFreshness(check).ToList();
        Assert.True(check.Success && problems.Count == 0, text + "\n" + string.Join("\n", problems));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Opening_a_shipped_story_and_saving_it_unchanged_keeps_it_valid_and_equivalent()
    {
        var path = Path.Combine(Content, "stories", "2025", "2025-02-25-notice-issued.md");
        var before = File.ReadAllText(path);
        var (context, page, _) = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server!.Address, "admin/#/collections/stories/entries/2025/2025-02-25-notice-issued").ToString());
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("登录") }).ClickAsync(new() { Timeout = 60_000 });
        await page.WaitForSelectorAsync("#title-field-1", new() { Timeout = 60_000 });
        // An unchanged entry cannot be published: change nothing of meaning (a trailing space in the title the editor trims).
        await page.FillAsync("#summary-field-11", await page.InputValueAsync("#summary-field-11") + " ");
        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");
        for (var i = 0; i < 100 && File.ReadAllText(path) == before; i++) await Task.Delay(200);
        var after = File.ReadAllText(path);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "portal-admin-roundtrip.md"), after);
        Assert.NotEqual(before, after);
        var check = SiteBuild.Check(new BuildOptions { ContentDir = Content, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
        var problems = Portal.Tests.Validation.StoryValidationTests.NotFreshness(check).ToList();
        Assert.True(check.Success && problems.Count == 0, after + "\n" + string.Join("\n", problems));
        // Equivalent: the same story as the site reads it.
        Assert.Contains("title: 省交通运输厅印发《关于深化“三抓三促”行动的通知》", after);
        Assert.Contains("甘肃省交通运输厅", after[..after.IndexOf("\n---", 4, StringComparison.Ordinal)]);
        await context.CloseAsync();
    }
}
