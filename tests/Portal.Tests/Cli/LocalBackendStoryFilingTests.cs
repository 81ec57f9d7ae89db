using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Model.ContentSchema;
using Portal.Outputs;
using Portal.Validation;
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

    /// <summary>
    /// Issue 22 item 1, every combination the form allows: from a story with every field of the form filled (a
    /// 综述评论 interpreting the notice, and a 典型案例 with its 典型类别), each field the form lets an editor leave empty
    /// (<see cref="CmsConfig.Required"/> false, at any depth), and then all of them at once, is left out (absent, as
    /// Decap writes a never-touched field) or cleared ("" or [], as it writes a cleared one), and saved over HTTP as the
    /// editor saves. Each save ends in a story that `check` accepts, filed by its date and 网址标识, or in a slip the
    /// editor's panel tells in the form's words (a state the form can repair); never in a file `check` rejects by name.
    /// (The form does not refuse cross-field slips such as a 典型案例 without 典型类别: Decap cannot express such a rule,
    /// so the save shows them at once in the form's words instead.)
    /// </summary>
    [Theory]
    [InlineData(StoryType.CaseTypeName)]
    [InlineData("综述评论")]
    public async Task Every_field_the_form_lets_an_editor_leave_empty_ends_in_a_story_check_accepts_or_a_slip_told_in_the_forms_words(string type)
    {
        Directory.CreateDirectory(Path.Combine(Content, "media", "2025"));
        File.WriteAllBytes(Path.Combine(Content, "media", "2025", "picture-roads.png"), FixtureContent.Png);
        File.WriteAllBytes(Path.Combine(Content, "media", "2025", "video-roads.mp4"), [0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70]);
        File.WriteAllText(Path.Combine(Content, "media", "2025", "captions-roads.vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\n农村公路\n");
        var complete = new JsonObject
        {
            ["title"] = "临夏州农村公路通车", ["slug"] = "linxia-roads", ["date"] = "2025-05-02",
            ["tasks"] = new JsonArray(4), ["departments"] = new JsonArray("公路管理处"), ["type"] = type,
            ["report"] = "进展", ["period"] = "2025上半年", ["tags"] = new JsonArray("农村公路", "四好农村路"), ["summary"] = "临夏州一批农村公路通车。",
            ["cover"] = new JsonObject { ["src"] = "media/2025/picture-roads.png", ["alt"] = "通车现场", ["caption"] = "临夏州农村公路通车现场" },
            ["video"] = new JsonObject { ["src"] = "media/2025/video-roads.mp4", ["poster"] = "media/2025/picture-roads.png", ["captions"] = "media/2025/captions-roads.vtt", ["title"] = "通车仪式" },
            ["source"] = new JsonObject { ["name"] = "甘肃日报", ["medium"] = "报纸", ["url"] = "https://www.gansudaily.com.cn/", ["date"] = "2025-05-03" },
            ["editor"] = "张三", ["draft"] = false,
        };
        if (type == StoryType.CaseTypeName) complete["case"] = CaseKinds.Positive;
        else complete["interprets"] = StoryFields.NoticeInterpretation;
        // In the form's order, as Decap writes them; every field of the form but the other type's case/interprets.
        var order = StoryFields.Document.Fields.Select(f => f.Key).ToList();
        complete = new JsonObject(complete.OrderBy(kv => order.IndexOf(kv.Key)).Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())));
        Assert.Equal(order.Count - 1, complete.Count);

        // The fields the form marks optional, by their path in the story (cover.caption, source.url, …).
        var optional = FormFields().Where(x => !CmsConfig.Required(x.Field) && Value(complete, x.Path) is not null).Select(x => x.Path).ToList();
        Assert.Contains("slug", optional);
        Assert.Contains("cover.caption", optional);
        Assert.DoesNotContain("cover.alt", optional); // the form requires it: check does

        var cases = new List<(string Name, Action<JsonObject> Edit)> { ("全部填写", _ => { }) };
        foreach (var path in optional)
        {
            cases.Add(("没有 " + path, story => Remove(story, path)));
            cases.Add(("清空 " + path, story => Clear(story, path)));
        }
        cases.Add(("全部可选栏都不填", story => { foreach (var path in optional) Remove(story, path); }));
        cases.Add(("全部可选栏都清空", story => { foreach (var path in optional) Clear(story, path); }));
        var text = ThemeTextReader.Read(RepositoryPaths.Theme, new DiagnosticBag())!;
        var outcomes = new List<string>();
        foreach (var (name, edit) in cases)
        {
            var story = (JsonObject)complete.DeepClone();
            edit(story);
            var before = StoryFiles();
            var (status, body) = await Save("content/stories/2025/2025-05-02-linxia-roads.md", "---\n" + Yaml(story) + "---\n\n临夏州召开农村公路建设推进会。\n");
            var added = StoryFiles().Except(before).ToList();
            if (status != HttpStatusCode.OK)
            {
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", body!["error"]!.GetValue<string>());
                Assert.Equal(before, StoryFiles());
                outcomes.Add(name + ": 拒绝保存");
                continue;
            }
            var saved = Assert.Single(added);
            var check = SiteBuild.Check(new BuildOptions { ContentDir = Content, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
            var errors = check.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            Assert.DoesNotContain(errors, d => d.Code is DiagnosticCodes.InvalidStoryFileName or DiagnosticCodes.DateDiffersFromFileName or DiagnosticCodes.SlugDiffersFromFileName);
            foreach (var error in errors)
            {
                var told = FormWording.Tell(error, file => EditorText.Read(Path.Combine(Content, file)).Lines, text);
                Assert.True(told is not null, $"{name}: {error} is not told in the form's words, so the form cannot repair it");
            }
            outcomes.Add(name + ": " + (errors.Count == 0 ? "通过" : string.Join("、", errors.Select(e => e.Code))));
            File.Delete(Path.Combine(Content, saved));
        }
        // The complete story is valid, so each slip above comes from the field left empty: alone, or by a rule between
        // fields (a 进展 with no 重点任务 or 部门 is no lead's report, PORTAL0039; a 典型案例 needs its 典型类别, PORTAL0034),
        // and those the editor's panel tells in the form's words, as asserted in the loop.
        Assert.Equal("全部填写: 通过", outcomes[0]);
        Assert.Contains(outcomes, o => o.EndsWith(": 通过", StringComparison.Ordinal) && o != outcomes[0]);

        static IEnumerable<(string Path, ContentField Field)> FormFields()
        {
            foreach (var field in StoryFields.Document.Fields)
            {
                yield return (field.Key, field);
                foreach (var inner in field.Fields) yield return (field.Key + "." + inner.Key, inner);
            }
        }
        static JsonNode? Value(JsonObject story, string path) => path.Split('.') is [var top, var inner] ? (story[top] as JsonObject)?[inner] : story[path];
        static void Remove(JsonObject story, string path)
        {
            if (path.Split('.') is [var top, var inner]) (story[top] as JsonObject)?.Remove(inner);
            else story.Remove(path);
        }
        static void Clear(JsonObject story, string path)
        {
            var current = Value(story, path);
            JsonNode? empty = current is JsonArray ? new JsonArray() : current is JsonObject ? null : current?.GetValueKind() == System.Text.Json.JsonValueKind.String ? "" : null;
            if (current is null) return;
            if (path.Split('.') is [var top, var inner]) { if (story[top] is JsonObject parent) parent[inner] = empty; }
            else story[path] = empty;
        }
    }

    /// <summary>A story's fields as Decap's YAML front matter: keys in the form's order, lists one item a line, null as empty.</summary>
    private static string Yaml(JsonObject story)
    {
        var yaml = new StringBuilder();
        Write(story, "");
        return yaml.ToString();

        static string Scalar(JsonNode value) => value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

        void Write(JsonObject node, string indent)
        {
            foreach (var (key, value) in node)
            {
                switch (value)
                {
                    case null: yaml.Append(indent).Append(key).Append(":\n"); break;
                    case JsonObject inner: yaml.Append(indent).Append(key).Append(":\n"); Write(inner, indent + "  "); break;
                    case JsonArray { Count: 0 }: yaml.Append(indent).Append(key).Append(": []\n"); break;
                    case JsonArray items:
                        yaml.Append(indent).Append(key).Append(":\n");
                        foreach (var item in items) yaml.Append(indent).Append("  - ").Append(Scalar(item!)).Append('\n');
                        break;
                    default:
                        var scalar = Scalar(value);
                        yaml.Append(indent).Append(key).Append(": ").Append(scalar.Length == 0 ? "\"\"" : scalar).Append('\n');
                        break;
                }
            }
        }
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
