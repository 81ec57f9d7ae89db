using Microsoft.Playwright;
using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The real /admin/ (vendored Decap CMS) in Chromium against `serve`'s local backend: it starts in Chinese under its own
/// policy, makes no request to another host, and lists the stories it reads through POST /api/v1; every kind of story
/// saved by it keeps its pages. (Writing a new story through the form: Browser/CmsPublishingTests.)
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class CmsAdminTests : IAsyncLifetime
{
    private readonly Chromium chromium = new();
    private LocalEditorSite? site;

    private string Content => site!.Content;

    public async Task InitializeAsync()
    {
        site = await LocalEditorSite.StartAsync("portal-admin", new DateOnly(2026, 11, 26));
        await chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        if (site is not null) await site.DisposeAsync();
    }

    [Fact]
    public async Task The_editor_starts_in_chinese_and_lists_the_stories_through_the_local_backend()
    {
        var (context, page, requests) = await chromium.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync(new Uri(site!.Address, "admin/").ToString());
        // The proxy backend asks the editor to enter first: 登录 in the Chinese interface.
        var login = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("登录") });
        await login.ClickAsync(new() { Timeout = 60_000 });
        await page.GetByText("第1期：农村公路提升行动取得新进展").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-admin-stories.png") });
        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        lock (requests) Assert.All(requests, url => Assert.StartsWith(site.Address.GetLeftPart(UriPartial.Authority), url));
        await context.CloseAsync();
    }

    /// <summary>
    /// The shipped story and, among the fixture stories, enough to use every front-matter key (cover, video, source,
    /// period, case, editor…): each opened and saved unchanged (published once with a changed title and once with its own, as the
    /// editor publishes only a changed entry) passes check and gives the site exactly the same pages.
    /// </summary>
    [Fact]
    public async Task Every_kind_of_story_opened_and_saved_unchanged_stays_valid_and_gives_the_same_pages()
    {
        var stories = StoriesUsingEveryKey();
        Assert.Contains("stories/2025/2025-02-25-notice-issued.md", stories);
        var before = BuildPages("before");
        var (context, page, _) = await chromium.NewPageAsync();
        var signedIn = false;
        foreach (var story in stories)
        {
            var path = Path.Combine(Content, story);
            var text = File.ReadAllText(path);
            // A fresh load for each story: within the editor, a new address in the same tab may keep the last form.
            await page.GotoAsync("about:blank");
            await page.GotoAsync(new Uri(site!.Address, "admin/#/collections/stories/entries/" + story["stories/".Length..^".md".Length]).ToString());
            if (!signedIn)
            {
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("登录") }).ClickAsync(new() { Timeout = 60_000 });
                signedIn = true;
            }
            var title = System.Text.RegularExpressions.Regex.Match(text, @"^title:\s*(.+?)\s*(#.*)?$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value.Trim('"');
            try
            {
                await page.WaitForFunctionAsync("t => document.querySelector('#title-field-1')?.value === t", title, new() { Timeout = 60_000 });
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{story} did not open with its title “{title}”; the form shows “{await page.InputValueAsync("#title-field-1")}”");
            }
            // The editor publishes only a changed entry: save it with a changed title, then with its own title again; the
            // second save writes the story's own values in the editor's YAML.
            await PublishWithTitleAsync(page, path, title + "（改）");
            await PublishWithTitleAsync(page, path, title);
            Assert.NotEqual(text, File.ReadAllText(path)); // the editor rewrote it (its own YAML style)
        }
        var check = SiteBuild.Check(new BuildOptions { ContentDir = Content, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
        var problems = Portal.Tests.Validation.StoryValidationTests.NotSiteWideWarnings(check).ToList();
        Assert.True(check.Success && problems.Count == 0, string.Join("\n", problems));
        var after = BuildPages("after");
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.True(pair.Value == after[pair.Key], $"{pair.Key} changed after the round trip"));
        await context.CloseAsync();
    }

    private static async Task PublishWithTitleAsync(IPage page, string path, string title)
    {
        var before = File.ReadAllText(path);
        await page.FillAsync("#title-field-1", title);
        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");
        for (var i = 0; i < 100 && File.ReadAllText(path) == before; i++) await Task.Delay(200);
        Assert.Contains("title: " + title + "\n", File.ReadAllText(path));
        // Opened afresh from the folder, as an editor coming back to it would.
        await EditorForm.ReopenAsync(page);
        await page.WaitForFunctionAsync("t => document.querySelector('#title-field-1')?.value === t", title, new() { Timeout = 60_000 });
    }

    /// <summary>Stories, shipped one first, chosen until every front-matter key any story uses is used by one of them.</summary>
    private List<string> StoriesUsingEveryKey()
    {
        var files = Directory.GetFiles(Path.Combine(Content, "stories"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Content, f).Replace('\\', '/'))
            .OrderBy(f => f.EndsWith("notice-issued.md", StringComparison.Ordinal) ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal).ToList();
        var keysOf = files.ToDictionary(f => f, f => FrontMatterKeys(File.ReadAllText(Path.Combine(Content, f))));
        var missing = keysOf.Values.SelectMany(k => k).ToHashSet();
        var chosen = new List<string>();
        foreach (var file in files)
        {
            if (chosen.Count > 0 && !keysOf[file].Overlaps(missing)) continue;
            chosen.Add(file);
            missing.ExceptWith(keysOf[file]);
        }
        Assert.Empty(missing);
        return chosen;
    }

    /// <summary>The keys of the front matter and of its objects (cover.alt, source.medium…).</summary>
    private static HashSet<string> FrontMatterKeys(string text)
    {
        var yaml = text.Split("\n---", 2)[0].TrimStart('-');
        var keys = new HashSet<string>(StringComparer.Ordinal);
        string? parent = null;
        foreach (var line in yaml.Split('\n'))
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^(\s*)([A-Za-z]+):");
            if (!match.Success) continue;
            if (match.Groups[1].Length == 0) parent = match.Groups[2].Value;
            keys.Add(match.Groups[1].Length == 0 ? match.Groups[2].Value : $"{parent}.{match.Groups[2].Value}");
            foreach (System.Text.RegularExpressions.Match inline in System.Text.RegularExpressions.Regex.Matches(line, @"[{,]\s*([A-Za-z]+):"))
                keys.Add($"{match.Groups[2].Value}.{inline.Groups[1].Value}");
        }
        return keys;
    }

    /// <summary>Every HTML page the content gives, by path, as text.</summary>
    private Dictionary<string, string> BuildPages(string name)
    {
        var output = site!.Folder.Combine(name);
        var result = SiteBuild.Build(new BuildOptions
        {
            ContentDir = Content, OutputDir = output, ThemeDir = RepositoryPaths.Theme, BaseUrl = new Uri("https://example.gov.cn/"), Today = new DateOnly(2026, 11, 26),
        });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Directory.GetFiles(output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllText);
    }
}
