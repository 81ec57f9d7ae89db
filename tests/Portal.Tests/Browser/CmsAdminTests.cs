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
}
