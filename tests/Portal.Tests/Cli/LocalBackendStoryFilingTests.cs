using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Preview;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>
/// Issue 22 item 1, over real HTTP on 127.0.0.1 as the browser editor saves: every value the form lets through for
/// 网址标识 and 日期 (empty, missing, with spaces, in Chinese, changed after publishing, a date in another year) ends either
/// in a story that `check` accepts, filed where its date and 网址标识 say with the links to it following, or in a refusal
/// with a Chinese message that leaves the content folder as it was. Never in "2026-03-06-.md".
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // a server
public sealed class LocalBackendStoryFilingTests : IAsyncLifetime
{
    private readonly TempFolder folder = new("portal-filing");
    private PreviewServer? server;
    private readonly HttpClient http = new();
    private string Content => folder.Combine("repo", "content");

    public async Task InitializeAsync()
    {
        new MiniSite().WriteTo(folder.Combine("repo"));
        server = await PreviewServer.StartAsync(folder.Combine("_site"), 0, new PreviewState(), new ReloadBroadcaster(), contentDir: Content, themeDir: RepositoryPaths.Theme);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (server is not null) await server.DisposeAsync();
        folder.Dispose();
    }

    /// <summary>A save as the editor sends it: the path it made from the form, and the story's text.</summary>
    private async Task<(HttpStatusCode Status, JsonNode? Body)> Save(string path, string raw)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            action = "persistEntry",
            @params = new { branch = "main", dataFiles = new[] { new { slug = "", path, raw } }, assets = Array.Empty<object>(), options = new { commitMessage = "稿件", useWorkflow = false } },
        });
        var response = await http.PostAsync(new Uri(server!.Address, "/api/v1"), new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private async Task<string?> Read(string path)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { action = "getEntry", @params = new { branch = "main", path } });
        var response = await http.PostAsync(new Uri(server!.Address, "/api/v1"), new StringContent(body, Encoding.UTF8, "application/json"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]?.GetValue<string>();
    }

    /// <summary>The story as Decap writes it: the form's fields in order, an empty 网址标识 as given (absent or "").</summary>
    private static string Story(string title, string date, string? slugLine, string body = "正文。") =>
        $"---\ntitle: {title}\n{(slugLine is null ? "" : slugLine + "\n")}date: {date}\ntasks:\n  - 4\ndepartments:\n  - 公路管理处\ntype: 即时报道\n---\n\n{body}\n";

    private string[] StoryFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(Content, "stories"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Content, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private void AssertCheckPasses()
    {
        var check = SiteBuild.Check(new BuildOptions { ContentDir = Content, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
        Assert.True(check.Success, string.Join("\n", check.Diagnostics));
        Assert.DoesNotContain(check.Diagnostics, d => d.Code is DiagnosticCodes.InvalidStoryFileName or DiagnosticCodes.DateDiffersFromFileName or DiagnosticCodes.SlugDiffersFromFileName);
        Assert.DoesNotContain(StoryFiles(), f => Path.GetFileNameWithoutExtension(f).Length <= 11 || Path.GetFileNameWithoutExtension(f)[11] == '-');
    }

    private void AssertRefusedInChinese(HttpStatusCode status, JsonNode? body, string[] before)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var message = body!["error"]!.GetValue<string>();
        Assert.Contains("网址标识", message);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        Assert.Equal(before, StoryFiles());
    }

    [Theory]
    [InlineData(null)] // the field left empty: Decap leaves the key out
    [InlineData("slug: \"\"")] // or writes it empty
    [InlineData("slug: ''")]
    public async Task A_new_story_with_an_empty_slug_is_named_from_its_title(string? emptySlug)
    {
        var (status, _) = await Save("content/stories/2026/2026-03-06-.md", Story("关于“四好农村路”建设的报道", "2026-03-06", emptySlug));
        Assert.Equal(HttpStatusCode.OK, status);
        var saved = Path.Combine(Content, "stories", "2026", "2026-03-06-rural-roads.md");
        Assert.True(File.Exists(saved), string.Join(", ", StoryFiles()));
        Assert.Contains("slug: rural-roads\n", File.ReadAllText(saved)); // shown in the form the next time it opens
        Assert.False(File.Exists(Path.Combine(Content, "stories", "2026", "2026-03-06-.md")));
        // The editor still knows the story by the path it made: reading it finds the story.
        Assert.Equal(File.ReadAllText(saved), await Read("content/stories/2026/2026-03-06-.md"));

        // A second one the same day, which the editor calls "2026-03-06--1.md", gets a name of its own.
        var (second, _) = await Save("content/stories/2026/2026-03-06--1.md", Story("四好农村路建设情况", "2026-03-06", emptySlug));
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.True(File.Exists(Path.Combine(Content, "stories", "2026", "2026-03-06-rural-roads-2.md")), string.Join(", ", StoryFiles()));
        AssertCheckPasses();
    }

    [Theory]
    [InlineData("rural roads")]
    [InlineData("农村公路")]
    [InlineData("Rural-Roads")]
    [InlineData("rural_roads")]
    public async Task A_slug_that_cannot_name_a_file_is_refused_in_chinese(string slug)
    {
        var before = StoryFiles();
        var (status, body) = await Save("content/stories/2026/2026-03-06-x.md", Story("农村公路提升", "2026-03-06", $"slug: \"{slug}\""));
        AssertRefusedInChinese(status, body, before);
        AssertCheckPasses();
    }

    [Fact]
    public async Task Changing_the_slug_or_the_date_after_publishing_moves_the_story_and_the_links_to_it()
    {
        // Published with an empty slug, then linked to from another story.
        Assert.Equal(HttpStatusCode.OK, (await Save("content/stories/2026/2026-03-06-.md", Story("农村公路提升行动", "2026-03-06", null))).Status);
        var other = Path.Combine(Content, "stories", "2025", "2025-02-25-rural-roads.md");
        File.AppendAllText(other, "\n详见[提升行动](/stories/2026/2026-03-06-rural-roads/)。\n");
        AssertCheckPasses();

        // 网址标识 changed in the form; the editor saves under the path it knows.
        Assert.Equal(HttpStatusCode.OK, (await Save("content/stories/2026/2026-03-06-.md", Story("农村公路提升行动", "2026-03-06", "slug: road-upgrade"))).Status);
        Assert.Equal(["stories/2025/2025-02-25-rural-roads.md", "stories/2026/2026-03-06-road-upgrade.md"], StoryFiles());
        Assert.Contains("(/stories/2026/2026-03-06-road-upgrade/)", File.ReadAllText(other));
        AssertCheckPasses();

        // The date changed to another year: another folder.
        Assert.Equal(HttpStatusCode.OK, (await Save("content/stories/2026/2026-03-06-.md", Story("农村公路提升行动", "2025-12-30", "slug: road-upgrade"))).Status);
        Assert.Equal(["stories/2025/2025-02-25-rural-roads.md", "stories/2025/2025-12-30-road-upgrade.md"], StoryFiles());
        Assert.Contains("(/stories/2025/2025-12-30-road-upgrade/)", File.ReadAllText(other));
        AssertCheckPasses();

        // Emptied again: the name it has is kept.
        Assert.Equal(HttpStatusCode.OK, (await Save("content/stories/2026/2026-03-06-.md", Story("农村公路提升行动", "2025-12-30", null))).Status);
        Assert.Equal(["stories/2025/2025-02-25-rural-roads.md", "stories/2025/2025-12-30-road-upgrade.md"], StoryFiles());
        AssertCheckPasses();

        // Re-opened from the list (under its real path), given the slug and date of the other story: refused, nothing moves.
        var before = StoryFiles();
        var (status, body) = await Save("content/stories/2025/2025-12-30-road-upgrade.md", Story("农村公路提升行动", "2025-02-25", "slug: rural-roads"));
        AssertRefusedInChinese(status, body, before);
        Assert.Contains("(/stories/2025/2025-12-30-road-upgrade/)", File.ReadAllText(other));
        AssertCheckPasses();
    }

    [Fact]
    public async Task A_story_written_before_the_slug_field_keeps_its_name_when_its_date_changes()
    {
        var (status, _) = await Save("content/stories/2025/2025-02-25-rural-roads.md", Story("农村公路提升行动启动", "2025-02-26", null));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["stories/2025/2025-02-26-rural-roads.md"], StoryFiles());
        AssertCheckPasses();
    }
}
