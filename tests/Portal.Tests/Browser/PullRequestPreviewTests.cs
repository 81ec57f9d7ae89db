using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Build;
using Portal.Preview;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// A pull request's preview (build --pr-preview N) as a reviewer opens it in Chromium: the 预览版 banner is the first
/// thing on every page, above the header, readable in normal and high-contrast modes (axe, WCAG 2.1 AA), and it does
/// not take the skip link's place as the first stop of the keyboard.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class PullRequestPreviewTests(PullRequestPreviewTests.PreviewBuild preview) : IClassFixture<PullRequestPreviewTests.PreviewBuild>
{
    private PreviewServer Server => preview.Server!;

    private Chromium Chromium => preview.Chromium;

    /// <summary>The fixture site built once as pull request 12's preview and served, with one browser, for every mode.</summary>
    public sealed class PreviewBuild : IAsyncLifetime
    {
        private readonly TempFolder folder = new("portal-pr-preview");

        public Chromium Chromium { get; } = new();

        public PreviewServer? Server { get; private set; }

        public async Task InitializeAsync()
        {
            var content = FixtureContent.Create(folder.Combine("content"));
            var output = folder.Combine("_preview");
            Server = await PreviewServer.StartAsync(output, 0, new PreviewState(), new ReloadBroadcaster(), injectReload: false);
            var result = SiteBuild.Build(new BuildOptions
            {
                ContentDir = content, OutputDir = output, ThemeDir = RepositoryPaths.Theme, BaseUrl = Server.Address,
                Today = new DateOnly(2026, 11, 26), PullRequestPreview = 12,
            });
            if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            await Chromium.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await Chromium.DisposeAsync();
            if (Server is not null) await Server.DisposeAsync();
            folder.Dispose();
        }
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("contrast")]
    public async Task The_banner_comes_first_reads_well_and_leaves_the_skip_link_first(string mode)
    {
        // axe is injected into the page: the page's own policy would refuse it (as in Quality/AccessibilityTests).
        var (context, page, _) = await Chromium.NewPageAsync(new BrowserNewContextOptions { Locale = "zh-CN", BypassCSP = true });
        await page.SetViewportSizeAsync(1280, 900);
        await context.AddInitScriptAsync(mode == "contrast" ? "localStorage.setItem('portal-contrast', '1')" : "localStorage.clear()");
        foreach (var path in new[] { "", "stories/2025/2025-02-25-notice-issued/" })
        {
            await page.GotoAsync(new Uri(Server.Address, path).ToString());
            var banner = page.Locator(".preview-banner");
            Assert.Equal("预览版：合并请求 #12 的内容，尚未审核发布，请勿转发", (await banner.InnerTextAsync()).Trim());
            Assert.True(await banner.IsVisibleAsync());
            var bannerBox = (await banner.BoundingBoxAsync())!;
            var headerBox = (await page.Locator(".site-header").BoundingBoxAsync())!;
            Assert.True(bannerBox.Y + bannerBox.Height <= headerBox.Y + 1, $"the banner ({bannerBox.Y}) is not above the header ({headerBox.Y})");
            Assert.Equal("noindex, nofollow", await page.GetAttributeAsync("meta[name=robots]", "content"));
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{mode} /{path}: {v.Id} {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
        }
        if (mode == "normal") await CmsPublishingTests.Shot(page, "11-pr-preview.png");
        await context.CloseAsync();
    }
}
