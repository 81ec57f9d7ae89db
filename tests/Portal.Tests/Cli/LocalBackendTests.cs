using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Portal.Build;
using Portal.Preview;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>
/// The browser CMS's local backend inside `serve`, over real HTTP on 127.0.0.1: every action of the protocol npm
/// decap-server speaks, paths outside the content folder refused in every encoding, file types the site does not use
/// refused, and requests from other origins refused.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // a server
public sealed class LocalBackendTests : IAsyncLifetime
{
    private readonly TempFolder folder = new("portal-cms");
    private PreviewServer? server;
    private readonly HttpClient http = new();
    private string Content => folder.Combine("repo", "content");

    public async Task InitializeAsync()
    {
        new MiniSite().WriteTo(folder.Combine("repo"));
        File.WriteAllText(folder.Combine("repo", "secret.md"), "outside the content folder");
        server = await PreviewServer.StartAsync(folder.Combine("_site"), 0, new PreviewState(), new ReloadBroadcaster(), contentDir: Content);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (server is not null) await server.DisposeAsync();
        folder.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> Post(string action, object parameters, string? origin = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server!.Address, "/api/v1"))
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { action, @params = parameters }), Encoding.UTF8, contentType),
        };
        if (origin is not null) request.Headers.Add("Origin", origin);
        var response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static string StoryText(string title) =>
        ContentCase.Story(title: title, date: "2025-05-01") ;

    [Fact]
    public async Task Info_names_the_repository_and_the_local_file_system()
    {
        var (status, body) = await Post("info", new { branch = "main" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("repo", body!["repo"]!.GetValue<string>());
        Assert.Equal("local_fs", body["type"]!.GetValue<string>());
        Assert.Equal(IPAddress.Loopback.ToString(), server!.Address.Host);
    }

    [Fact]
    public async Task Entries_are_listed_read_and_identified_by_their_content()
    {
        var (status, listed) = await Post("entriesByFolder", new { branch = "main", folder = "content/stories", extension = "md", depth = 2 });
        Assert.Equal(HttpStatusCode.OK, status);
        var entry = Assert.Single(listed!.AsArray());
        var path = entry!["file"]!["path"]!.GetValue<string>();
        Assert.StartsWith("content/stories/", path);
        var bytes = File.ReadAllBytes(folder.Combine("repo", path));
        Assert.Equal(Encoding.UTF8.GetString(bytes), entry["data"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), entry["file"]!["id"]!.GetValue<string>());

        var (_, one) = await Post("getEntry", new { branch = "main", path });
        Assert.Equal(entry["data"]!.GetValue<string>(), one!["data"]!.GetValue<string>());
        var (_, several) = await Post("entriesByFiles", new { branch = "main", files = new[] { new { path, label = "稿件" }, new { path = "content/stories/2025/2025-01-01-none.md", label = "" } } });
        Assert.Equal("稿件", several![0]!["file"]!["label"]!.GetValue<string>());
        Assert.Null(several[1]!["data"]); // a missing file comes back without data, as the CMS expects
    }

    [Fact]
    public async Task A_story_saved_with_its_picture_is_written_where_the_site_reads_it_and_passes_check()
    {
        var png = FixtureContent.Png;
        var story = StoryText("浏览器中新建的稿件").Replace("正文第一段。", "![通车现场](media/2025/road.png)");
        var (status, _) = await Post("persistEntry", new
        {
            branch = "main",
            dataFiles = new[] { new { slug = "cms", path = "content/stories/2025/2025-05-01-cms.md", raw = story } },
            assets = new[] { new { path = "content/media/2025/road.png", content = Convert.ToBase64String(png), encoding = "base64" } },
            options = new { commitMessage = "新建稿件", useWorkflow = false },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(story, File.ReadAllText(Path.Combine(Content, "stories", "2025", "2025-05-01-cms.md")));
        Assert.Equal(png, File.ReadAllBytes(Path.Combine(Content, "media", "2025", "road.png")));
        var check = SiteBuild.Check(new BuildOptions { ContentDir = Content, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
        Assert.True(check.Success, string.Join("\n", check.Diagnostics));
    }

    [Fact]
    public async Task Media_are_listed_read_saved_and_deleted()
    {
        var (status, saved) = await Post("persistMedia", new { branch = "main", asset = new { path = "content/media/2025/a.pdf", content = Convert.ToBase64String("%PDF-1.4"u8.ToArray()), encoding = "base64" } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("a.pdf", saved!["name"]!.GetValue<string>());
        var (_, media) = await Post("getMedia", new { branch = "main", mediaFolder = "content/media/2025" });
        Assert.Contains(media!.AsArray(), m => m!["path"]!.GetValue<string>() == "content/media/2025/a.pdf");
        var (_, file) = await Post("getMediaFile", new { branch = "main", path = "content/media/2025/a.pdf" });
        Assert.Equal("%PDF-1.4", Encoding.ASCII.GetString(Convert.FromBase64String(file!["content"]!.GetValue<string>())));

        File.WriteAllText(Path.Combine(Content, "media", "2025", "b.vtt"), "WEBVTT\n");
        Assert.Equal(HttpStatusCode.OK, (await Post("deleteFile", new { branch = "main", path = "content/media/2025/a.pdf" })).Status);
        Assert.False(File.Exists(Path.Combine(Content, "media", "2025", "a.pdf")));
        Assert.Equal(HttpStatusCode.OK, (await Post("deleteFiles", new { branch = "main", paths = new[] { "content/media/2025/b.vtt" } })).Status);
        Assert.False(File.Exists(Path.Combine(Content, "media", "2025", "b.vtt")));
    }

    public static TheoryData<string> Outside => new()
    {
        "secret.md", "../secret.md", "content/../secret.md", "content/stories/../../secret.md", "%2e%2e/secret.md", "content/%2e%2e/secret.md",
        "content/%252e%252e/secret.md", "content\\..\\secret.md", "/etc/passwd", "content/．．/secret.md", "content/.git/config",
        "content/stories/x.md\0.png", "c:/secret.md", "content%2F..%2F..%2Fsecret.md", "",
    };

    [Theory]
    [MemberData(nameof(Outside))]
    public async Task Paths_outside_the_content_folder_are_refused_in_every_encoding(string path)
    {
        var before = File.ReadAllText(folder.Combine("repo", "secret.md"));
        var (read, readBody) = await Post("getEntry", new { branch = "main", path });
        Assert.Equal(HttpStatusCode.Forbidden, read);
        Assert.Contains("拒绝访问", readBody!["error"]!.GetValue<string>());
        var (write, _) = await Post("persistEntry", new { branch = "main", dataFiles = new[] { new { path, raw = "overwritten" } }, assets = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Forbidden, write);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post("deleteFile", new { branch = "main", path })).Status);
        Assert.Equal(before, File.ReadAllText(folder.Combine("repo", "secret.md")));
    }

    [Theory]
    [InlineData("content/media/2025/page.html")]
    [InlineData("content/media/2025/logo.svg")]
    [InlineData("content/media/2025/tool.exe")]
    [InlineData("content/stories/2025/notes.txt")]
    public async Task File_types_the_site_does_not_use_are_refused(string path)
    {
        var (status, _) = await Post("persistMedia", new { branch = "main", asset = new { path, content = Convert.ToBase64String("<script>alert(1)</script>"u8.ToArray()), encoding = "base64" } });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.False(File.Exists(folder.Combine("repo", path)));
    }

    [Fact]
    public async Task A_link_inside_the_content_folder_cannot_lead_out_of_it()
    {
        Directory.CreateDirectory(Path.Combine(Content, "pages"));
        File.WriteAllText(Path.Combine(Content, "pages", "about-site.md"), "---\ntitle: 关于\n---\n\n正文。\n");
        Directory.CreateSymbolicLink(Path.Combine(Content, "pages", "outside"), folder.Combine("repo"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Post("getEntry", new { branch = "main", path = "content/pages/outside/secret.md" })).Status);
        var (_, listed) = await Post("entriesByFolder", new { branch = "main", folder = "content/pages", extension = "md", depth = 3 });
        // The listing works (the real page is in it), and the link's target is not.
        Assert.Contains(listed!.AsArray(), e => e!["file"]!["path"]!.GetValue<string>() == "content/pages/about-site.md");
        Assert.DoesNotContain(listed.AsArray(), e => e!["file"]!["path"]!.GetValue<string>().Contains("outside"));
    }

    [Fact]
    public async Task Requests_from_another_origin_or_not_json_are_refused()
    {
        var (foreign, _) = await Post("persistEntry", new { branch = "main", dataFiles = new[] { new { path = "content/stories/2025/2025-05-02-evil.md", raw = "x" } }, assets = Array.Empty<object>() },
            origin: "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, foreign);
        var (plain, _) = await Post("persistEntry", new { branch = "main", dataFiles = new[] { new { path = "content/stories/2025/2025-05-02-evil.md", raw = "x" } }, assets = Array.Empty<object>() },
            contentType: "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain);
        Assert.False(File.Exists(Path.Combine(Content, "stories", "2025", "2025-05-02-evil.md")));
        var (own, _) = await Post("info", new { branch = "main" }, origin: server!.Address.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.OK, own);
    }

    [Fact]
    public async Task An_unknown_action_is_refused_with_a_message()
    {
        var (status, body) = await Post("publishEverything", new { branch = "main" });
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Contains("publishEverything", body!["error"]!.GetValue<string>());
    }
}
