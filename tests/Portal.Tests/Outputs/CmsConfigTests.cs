using Portal.Build;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;
using Portal.Outputs;
using Portal.Tests.Infrastructure;
using YamlDotNet.Serialization;

namespace Portal.Tests.Outputs;

/// <summary>
/// /admin/config.yml read back as the editor reads it (YAML), against the content field definitions and the content's own
/// values: every field with its Chinese label, hint and requirement, every select with exactly the options `check` accepts,
/// and the backend site.yml asks for.
/// </summary>
public sealed class CmsConfigTests(CmsConfigTests.ShippedSite shipped) : IClassFixture<CmsConfigTests.ShippedSite>
{
    /// <summary>The shipped content built once for the tests that only read its editor configuration and site model.</summary>
    public sealed class ShippedSite : IDisposable
    {
        private readonly ContentCase content = new();

        // The shipped site.yml names no web backend: only `serve` has the editor.
        public ShippedSite() => (Config, Site) = Built(content, serve: true);

        public Dictionary<object, object> Config { get; }

        public Portal.Site.SiteModel Site { get; }

        public void Dispose() => content.Dispose();
    }

    private const string GitHubEditing = """

        editing:
          backend: github
          repo: gansu-transport/portal
          server: https://oauth.example.gov.cn
        """;

    private const string ForgejoEditing = """

        editing:
          backend: forgejo
          repo: jtt/portal
          branch: release
          server: https://git.example.gov.cn
          appId: 5f0e2c1a-4a7b-4c55-9d7e-1f2a3b4c5d6e
          review: false
        """;

    /// <summary>
    /// Issue 22: Decap reads a hint as Markdown and drops a picture, so the body hint “![图片说明](media/…)” ended at “、”.
    /// Escaped, every Markdown character reaches the editor as written.
    /// </summary>
    [Fact]
    public void Hints_are_escaped_so_the_editor_shows_their_markdown_characters_as_written()
    {
        Assert.Equal(@"写 \!\[图片说明\](media/…)、\*重点\*、\`代码\`、\<b\>、\#、\_、\~、\&、\\", CmsConfig.Hint(@"写 ![图片说明](media/…)、*重点*、`代码`、<b>、#、_、~、&、\"));
        Assert.Equal("标题（必填）：2025年5月1日 - 1. 一", CmsConfig.Hint("标题（必填）：2025年5月1日 - 1. 一"));
    }

    /// <summary>The date fields are theme/admin/chinese-date.js's widget, under the name Decap takes for an entry's date.</summary>
    [Fact]
    public void Dates_use_the_chinese_date_widget_named_date()
    {
        var date = List(Collection(shipped.Config, "stories")["fields"]).Select(Map).Single(f => (string)f["name"] == "date");
        Assert.Equal("date", date["widget"]);
        Assert.False(date.ContainsKey("picker_utc"));
    }

    [Fact]
    public void Every_story_field_is_in_the_form_with_its_label_hint_and_requirement()
    {
        var config = shipped.Config;
        var stories = Collection(config, "stories");
        var current = shipped.Site.Progress.Periods[^1];
        AssertFields(StoryFields.Document.Fields, List(stories["fields"]), current);
        Assert.Equal("content/stories", stories["folder"]);
        Assert.Equal("{{year}}/{{slug}}", stories["path"]);
        Assert.Equal("{{year}}-{{month}}-{{day}}-{{fields.slug}}", stories["slug"]);
        // A story's pictures go into its year's folder, as the guide asks.
        Assert.Equal("/content/media/{{year}}", stories["media_folder"]);
        Assert.Equal("media/{{year}}", stories["public_folder"]);
        AssertFields(PageFields.Document.Fields, List(Collection(config, "pages")["fields"]).Where(f => (string)Map(f)["name"] != "body").ToList(), current);
    }

    [Fact]
    public void Every_select_offers_exactly_what_check_accepts_from_the_content_itself()
    {
        var (config, site) = (shipped.Config, shipped.Site);
        var fields = List(Collection(config, "stories")["fields"]).Select(Map).ToDictionary(f => (string)f["name"]);
        Assert.Equal(site.Tasks.Select(t => t.Number.ToString()), Values(fields["tasks"]));
        Assert.Equal(site.Tasks.Select(t => $"{t.Number}. {t.Title}"), Labels(fields["tasks"]));
        Assert.Equal(site.Departments.Select(d => d.Name), Values(fields["departments"]));
        Assert.Equal(StoryType.All.Select(t => t.Name), Values(fields["type"]));
        Assert.Equal(CaseKinds.All, Values(fields["case"]));
        var periods = site.Progress.Periods.Select(p => p.ToString()).Append(site.Progress.Periods[^1].Next.ToString()).ToList();
        Assert.Equal(periods, Values(fields["period"]));
        Assert.Contains("2025上半年", periods);
        var source = List(fields["source"]["fields"]).Select(Map).ToDictionary(f => (string)f["name"]);
        Assert.Equal(MediaOutlets.All, Values(source["medium"]));
        // Each select is a select, with as many choices as the content has.
        Assert.All(new[] { "tasks", "departments", "type", "case", "period" }, name => Assert.Equal("select", fields[name]["widget"]));
        Assert.Equal("true", fields["tasks"]["multiple"]);
        Assert.Equal("true", fields["departments"]["multiple"]);
    }

    /// <summary>
    /// Issue 22: the form marked 封面图片 › 图片说明 and 视频 › 字幕文件 optional while `check` required them. Field by field
    /// (sub-fields with their object written), a story or page that `check` passes has that field left out, then written
    /// empty: the form requires the field exactly when `check` then reports an error in that file. A field the definition
    /// writes only under a condition on another field (case, for 典型案例) cannot be conditional in the form: it is optional
    /// there, and `check` requires it exactly when the condition holds.
    /// </summary>
    [Fact]
    public void The_forms_required_flags_are_checks_verdict_on_each_field_left_empty()
    {
        var storyForm = FormRequirements(List(Collection(shipped.Config, "stories")["fields"]), "");
        var pageForm = FormRequirements(List(Collection(shipped.Config, "pages")["fields"]), "");
        // Two complete stories: case is only for 典型案例, interprets only for 综述评论.
        var caseStory = new List<(string Key, object Value)>
        {
            ("title", "测试稿件"), ("slug", "test"), ("date", "2025-03-14"), ("tasks", "[4]"), ("departments", "[公路管理处]"),
            ("type", StoryType.CaseTypeName), ("case", CaseKinds.Positive), ("tags", "[农村公路]"), ("summary", "摘要"),
            ("cover", new List<(string, string)> { ("src", "media/2025/road.png"), ("alt", "新建成的农村公路"), ("caption", "通车现场") }),
            ("video", new List<(string, string)> { ("src", "media/2025/film.mp4"), ("poster", "media/2025/road.png"), ("captions", "media/2025/film.vtt"), ("title", "短片") }),
            ("source", new List<(string, string)> { ("name", "甘肃日报"), ("medium", "报纸"), ("url", "https://www.gansudaily.com.cn/"), ("date", "2025-03-15") }),
            ("editor", "张三"), ("draft", "false"),
        };
        var commentary = caseStory.Where(f => f.Key != "case")
            .Select(f => f.Key == "type" ? ("type", (object)"综述评论") : f).Append(("interprets", StoryFields.NoticeInterpretation)).ToList();
        // A report names its tasks and their lead department (PORTAL0039): rules between fields, not requirements of one, so
        // the report's own fields are left empty in a third story, and the others in stories that are no report.
        var report = caseStory.Append(("report", ReportKinds.Progress)).Append(("period", "2025上半年")).ToList();
        const string storyFile = "stories/2025/2025-03-14-test.md";
        var stories = new[] { (caseStory, Only: (string[]?)null), (commentary, null), (report, ["report", "period"]) };
        Assert.All(stories, story => Assert.Empty(Errors(storyFile, FrontMatter(story.Item1))));
        var checkVerdicts = new Dictionary<string, bool>();
        var reasons = new Dictionary<string, string>();
        foreach (var (story, only) in stories)
        {
            foreach (var (path, variant) in EmptyVariants(story).Where(v => only is null || only.Contains(v.Path)))
            {
                var errors = Errors(storyFile, FrontMatter(variant));
                checkVerdicts[path] = checkVerdicts.GetValueOrDefault(path) | errors.Count > 0;
                if (errors.Count > 0) reasons[path] = string.Join("; ", errors) + " in:\n" + FrontMatter(variant);
            }
        }
        var conditional = StoryFields.Document.Fields.Where(f => f.OnlyWhen is not null).Select(f => f.Key).ToHashSet();
        Assert.Equal(storyForm.Keys.Order(), checkVerdicts.Keys.Order());
        Assert.All(storyForm, pair => Assert.True(
            conditional.Contains(pair.Key) ? !pair.Value && checkVerdicts[pair.Key] : pair.Value == checkVerdicts[pair.Key],
            $"story field {pair.Key}: the form says required: {pair.Value.ToString().ToLowerInvariant()}, check {(checkVerdicts[pair.Key] ? "reports an error" : "accepts it")} when it is left empty: {reasons.GetValueOrDefault(pair.Key)}"));
        // The condition unmet: check accepts a story without case.
        Assert.Empty(Errors(storyFile, FrontMatter(commentary)));

        var page = new List<(string Key, object Value)> { ("title", "关于本站"), ("summary", "摘要"), ("updated", "2025-03-14"), ("interprets", StoryFields.NoticeInterpretation) };
        const string pageFile = "pages/about.md";
        Assert.Empty(Errors(pageFile, FrontMatter(page)));
        var pageVerdicts = EmptyVariants(page).GroupBy(v => v.Path).ToDictionary(g => g.Key, g => g.Any(v => Errors(pageFile, FrontMatter(v.Variant)).Count > 0));
        Assert.Equal(pageForm.Keys.Order(), pageVerdicts.Keys.Order());
        Assert.All(pageForm, pair => Assert.True(pair.Value == pageVerdicts[pair.Key], $"page field {pair.Key}: the form says required: {pair.Value}, check disagrees"));
        // What this compares: the two fields issue 22 found marked optional.
        Assert.True(storyForm["cover.alt"] && storyForm["video.captions"] && !storyForm["cover"] && !storyForm["video"]);
    }

    /// <summary>The form's `required` of every field and sub-field (cover.alt), by its path.</summary>
    private static Dictionary<string, bool> FormRequirements(IReadOnlyList<object> fields, string prefix)
    {
        var result = new Dictionary<string, bool>();
        foreach (var field in fields.Select(Map).Where(f => (string)f["name"] != "body"))
        {
            var path = prefix + (string)field["name"];
            result[path] = (string)field["required"] == "true";
            if (field.TryGetValue("fields", out var sub)) foreach (var pair in FormRequirements(List(sub), path + ".")) result[pair.Key] = pair.Value;
        }
        return result;
    }

    /// <summary>For each field and sub-field of <paramref name="document"/>: the document without it, and with it written empty.</summary>
    private static IEnumerable<(string Path, List<(string Key, object Value)> Variant)> EmptyVariants(List<(string Key, object Value)> document)
    {
        for (var i = 0; i < document.Count; i++)
        {
            var (key, value) = document[i];
            yield return (key, document.Where((_, j) => j != i).ToList());
            if (value is string text && Empty(text) is { } blank) yield return (key, document.Select((f, j) => j == i ? (key, (object)blank) : f).ToList());
            if (value is not List<(string Key, string Value)> fields) continue;
            for (var k = 0; k < fields.Count; k++)
            {
                var without = fields.Where((_, j) => j != k).ToList();
                var empty = fields.Select((f, j) => j == k ? (f.Key, Empty(f.Value) ?? "") : f).ToList();
                foreach (var sub in new[] { without, empty })
                    yield return ($"{key}.{fields[k].Key}", document.Select((f, j) => j == i ? (key, (object)sub) : f).ToList());
            }
        }
    }

    /// <summary>What the form writes for a field left empty: "" for a text, a choice or a date, [] for a list; a switch is never empty.</summary>
    private static string? Empty(string value) => value.StartsWith('[') ? "[]" : value is "true" or "false" ? null : "\"\"";

    private static string FrontMatter(IEnumerable<(string Key, object Value)> fields)
    {
        var yaml = new System.Text.StringBuilder("---\n");
        foreach (var (key, value) in fields)
        {
            if (value is List<(string Key, string Value)> sub)
            {
                yaml.Append(key).Append(":\n");
                foreach (var (subKey, subValue) in sub) yaml.Append("  ").Append(subKey).Append(": ").Append(subValue).Append('\n');
            }
            else yaml.Append(key).Append(": ").Append(value).Append('\n');
        }
        return yaml.Append("---\n\n正文第一段。\n").ToString();
    }

    /// <summary>The errors `check` reports in <paramref name="file"/> written into the mini site with the media it names.</summary>
    private static List<Diagnostic> Errors(string file, string text)
    {
        using var content = new ContentCase(new MiniSite())
            .WriteBytes("media/2025/road.png", FixtureContent.Png)
            .WriteBytes("media/2025/film.mp4", [0, 0, 0, 24])
            .Write("media/2025/film.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n农村公路通到了家门口。\n")
            .Write(file, text);
        return content.Check().Diagnostics.Where(d => d.Severity == Severity.Error && d.File?.Replace('\\', '/') == file).ToList();
    }

    /// <summary>
    /// Issue 22: in December 2026 the form offered only 2025's half years. A `build --as-of 2026-12-01` (with a web backend,
    /// so /admin/ is published) offers 2025上半年 through 2026下半年 and the next one, and its period hint names the current ones.
    /// </summary>
    [Fact]
    public void A_build_as_of_december_2026_offers_the_half_years_through_2026_and_names_them_in_the_hint()
    {
        using var content = new ContentCase(new MiniSite().With("content/site.yml", new MiniSite().Texts["content/site.yml"] + GitHubEditing));
        var options = content.Options().WithAsOf(new AsOfDate(new DateOnly(2026, 12, 1), AsOfSource.Option));
        var result = SiteBuild.Build(options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var period = PeriodField(File.ReadAllText(Path.Combine(content.OutputDir, "admin", "config.yml")));
        Assert.Equal(["2025上半年", "2025下半年", "2026上半年", "2026下半年", "2027上半年"], Values(period));
        Assert.Equal(CmsConfig.Hint(StoryFields.Period.HintIn(new ReportPeriod(2026, SecondHalf: true))), period["hint"]);
        Assert.Contains("本半年是 2026下半年，上一个半年是 2026上半年", (string)period["hint"]);
    }

    /// <summary>`serve` dates its build by the clock: the form offers the half year of today (China time) and names it.</summary>
    [Fact]
    public void Serve_offers_the_half_year_of_today_by_the_clock()
    {
        using var content = new ContentCase(new MiniSite());
        var options = content.Options() with { BaseUrl = LiveSite.Preview, Today = new BuildOptions().Today };
        Assert.True(new BuildSession(options).Build().Success);
        var period = PeriodField(File.ReadAllText(Path.Combine(content.OutputDir, "admin", "config.yml")));
        var today = ReportPeriod.Of(AsOfDate.Clock().Date);
        Assert.Equal(ReportPeriod.Range(ReportPeriod.First, today.Next).Select(p => p.ToString()), Values(period));
        Assert.Contains($"本半年是 {today}", (string)period["hint"]);
    }

    private static Dictionary<object, object> PeriodField(string yaml) =>
        List(Collection(new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(yaml), "stories")["fields"]).Select(Map).Single(f => (string)f["name"] == "period");

    [Fact]
    public void Tasks_are_editable_only_in_their_summary_the_notice_fixes_the_rest()
    {
        var config = shipped.Config;
        var fields = List(Collection(config, "tasks")["fields"]).Select(Map).ToDictionary(f => (string)f["name"]);
        Assert.Equal("text", fields["summary"]["widget"]);
        Assert.All(TaskFields.Document.Fields.Where(f => f.Key != "summary"), f => Assert.Equal("hidden", fields[f.Key]["widget"]));
        Assert.Equal("false", Collection(config, "tasks")["create"]);
        Assert.Equal("false", Collection(config, "tasks")["delete"]);
    }

    [Fact]
    public void Without_a_web_backend_serve_edits_the_content_folder_through_its_own_backend()
    {
        using var content = new ContentCase(new MiniSite());
        var (config, _) = Built(content, serve: true);
        var backend = Map(config["backend"]);
        Assert.Equal("proxy", backend["name"]);
        Assert.Equal("http://127.0.0.1:5080/api/v1", backend["proxy_url"]);
        Assert.False(config.ContainsKey("publish_mode"));
        Assert.Contains("connect-src 'self' blob:;", AdminPolicy(content));
    }

    /// <summary>
    /// Issue 21: a published editor without a web backend would talk to a local backend no static host answers (a broken
    /// page on the public site): `build` publishes none, and nothing refers to one.
    /// </summary>
    [Fact]
    public void Without_a_web_backend_a_build_publishes_no_editor_and_nothing_refers_to_one()
    {
        using var content = new ContentCase(new MiniSite().With("content/site.yml", new MiniSite().Texts["content/site.yml"] + "editing:\n  backend: \"\"\n  repo: \"\"\n"));
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(content.OutputDir, "admin")));
        var files = Directory.EnumerateFiles(content.OutputDir, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".xml" or ".txt").ToList();
        Assert.Contains(files, f => f.EndsWith("robots.txt", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("sitemap.xml", StringComparison.Ordinal));
        // (The mini site's department highway-administration is no reference to the editor.)
        Assert.All(files, f => Assert.DoesNotContain("admin/", File.ReadAllText(f)));
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.gov.cn/portal/sitemap.xml\n", File.ReadAllText(Path.Combine(content.OutputDir, "robots.txt")));
    }

    [Fact]
    public void With_a_web_backend_a_build_publishes_the_editor_kept_from_search_engines_under_its_own_policy()
    {
        using var content = new ContentCase(new MiniSite().With("content/site.yml", new MiniSite().Texts["content/site.yml"] + GitHubEditing));
        var (config, _) = Built(content);
        Assert.Equal("github", Map(config["backend"])["name"]);
        var admin = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.OutputDir, "admin", "index.html")));
        Assert.Equal("noindex, nofollow", admin.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("unsafe-eval", AdminPolicy(content));
        Assert.Contains("Disallow: /portal/admin/\n", File.ReadAllText(Path.Combine(content.OutputDir, "robots.txt")));
        Assert.DoesNotContain("admin/", File.ReadAllText(Path.Combine(content.OutputDir, "sitemap.xml")));
        // The public pages' policy never allows evaluated code; the editor's scripts and configuration are all there.
        var pages = Directory.EnumerateFiles(content.OutputDir, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}admin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, f => Assert.DoesNotContain("unsafe-eval", File.ReadAllText(f)));
        // (The mini site's own pages are the fixture link tests' business: its small notice lacks anchors the mechanism page names.)
        var broken = new Portal.LinkCheck.SiteLinkChecker(content.OutputDir, new Uri("https://example.gov.cn/portal/")).FindBroken();
        Assert.DoesNotContain(broken, b => b.StartsWith("admin/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_github_repository_is_edited_through_the_oauth_relay_with_every_story_reviewed_as_a_pull_request()
    {
        using var content = new ContentCase(new MiniSite().With("content/site.yml", new MiniSite().Texts["content/site.yml"] + GitHubEditing));
        var (config, _) = Built(content);
        var backend = Map(config["backend"]);
        Assert.Equal("github", backend["name"]);
        Assert.Equal("gansu-transport/portal", backend["repo"]);
        Assert.Equal("main", backend["branch"]);
        Assert.Equal("https://oauth.example.gov.cn", backend["base_url"]);
        Assert.Equal("editorial_workflow", config["publish_mode"]);
        Assert.Equal("https://example.gov.cn/portal/", config["site_url"]);
        Assert.Contains("connect-src 'self' blob: https://api.github.com;", AdminPolicy(content));
    }

    [Fact]
    public void A_forgejo_server_is_signed_in_with_pkce_and_review_can_be_turned_off()
    {
        using var content = new ContentCase(new MiniSite().With("content/site.yml", new MiniSite().Texts["content/site.yml"] + ForgejoEditing));
        var (config, _) = Built(content);
        var backend = Map(config["backend"]);
        Assert.Equal("forgejo", backend["name"]);
        Assert.Equal("jtt/portal", backend["repo"]);
        Assert.Equal("release", backend["branch"]);
        Assert.Equal("https://git.example.gov.cn/api/v1", backend["api_root"]);
        Assert.Equal("https://git.example.gov.cn/login/oauth/authorize", backend["auth_endpoint"]);
        Assert.Equal("5f0e2c1a-4a7b-4c55-9d7e-1f2a3b4c5d6e", backend["app_id"]);
        Assert.False(config.ContainsKey("publish_mode"));
        Assert.Contains("connect-src 'self' blob: https://git.example.gov.cn;", AdminPolicy(content));
    }

    [Fact]
    public void On_the_local_preview_the_editor_works_on_the_folder_even_when_a_remote_backend_is_set()
    {
        using var content = new ContentCase(new MiniSite().With("content/site.yml", new MiniSite().Texts["content/site.yml"] + GitHubEditing));
        var (config, _) = Built(content, serve: true);
        Assert.Equal("proxy", Map(config["backend"])["name"]);
        Assert.Equal("http://127.0.0.1:5080/api/v1", Map(config["backend"])["proxy_url"]);
        Assert.False(config.ContainsKey("publish_mode"));
    }

    [Theory]
    [InlineData("editing:\n  backend: gitee\n", "未知的编辑后台“gitee”")]
    [InlineData("editing:\n  backend: github\n", "缺少或写错了代码仓库（repo，如 gansu-transport/portal）、OAuth 登录中转服务地址（server，以 https:// 开头）。")]
    [InlineData("editing:\n  backend: forgejo\n  repo: jtt/portal\n  server: http://git.example.gov.cn\n", "缺少或写错了Forgejo 服务器地址（server，以 https:// 开头）、OAuth 应用编号（appId）。")]
    public void A_half_filled_editing_section_is_an_error_naming_what_is_missing(string editing, string expected)
    {
        using var content = new ContentCase(new MiniSite().With("content/site.yml", new MiniSite().Texts["content/site.yml"] + "\n" + editing));
        var error = ContentCase.Single(content.Check(), DiagnosticCodes.EditingIncomplete);
        Assert.Contains(expected, error.Message);
        Assert.Equal("site.yml", error.File);
        Assert.Equal(5, error.Line);
    }

    /// <param name="serve">Built as `serve` builds (a session on a loopback address), else as `build` does.</param>
    private static (Dictionary<object, object> Config, Portal.Site.SiteModel Site) Built(ContentCase content, bool serve = false)
    {
        var options = content.Options() with { BaseUrl = serve ? LiveSite.Preview : null };
        var result = serve ? new BuildSession(options).Build() : SiteBuild.Build(options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var site = SiteBuild.LoadAndValidate(options, new DiagnosticBag())!;
        var yaml = File.ReadAllText(Path.Combine(content.OutputDir, "admin", "config.yml"));
        return (new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(yaml), site);
    }

    private static string AdminPolicy(ContentCase content)
    {
        var html = File.ReadAllText(Path.Combine(content.OutputDir, "admin", "index.html"));
        var start = html.IndexOf("Content-Security-Policy\" content=\"", StringComparison.Ordinal) + 34;
        return System.Net.WebUtility.HtmlDecode(html[start..html.IndexOf('"', start)]) + ";";
    }

    /// <summary>Each field with its label, its hint as of <paramref name="current"/> and the requirement `check` applies (<see cref="CmsConfig.Required"/>).</summary>
    private static void AssertFields(IReadOnlyList<ContentField> expected, IReadOnlyList<object> actual, ReportPeriod current)
    {
        Assert.Equal(expected.Select(f => f.Key), actual.Select(a => (string)Map(a)["name"]).Where(n => n != "body"));
        foreach (var (field, entry) in expected.Zip(actual.Select(Map)))
        {
            Assert.Equal(field.Label, entry["label"]);
            Assert.Equal(CmsConfig.Hint(field.HintIn(current)), entry["hint"]); // as written once Decap has read it as Markdown
            var required = field.IsRequired && field.OnlyWhen is null;
            Assert.True((required ? "true" : "false") == (string)entry["required"], $"{field.Key}: required should be {required}");
            if (field.HasFields) AssertFields(field.Fields, List(entry["fields"]), current);
        }
    }

    private static Dictionary<object, object> Collection(Dictionary<object, object> config, string name) =>
        List(config["collections"]).Select(Map).Single(c => (string)c["name"] == name);

    private static Dictionary<object, object> Map(object node) => (Dictionary<object, object>)node;

    private static IReadOnlyList<object> List(object node) => (List<object>)node;

    private static IEnumerable<string> Values(Dictionary<object, object> field) => List(field["options"]).Select(o => (string)Map(o)["value"]);

    private static IEnumerable<string> Labels(Dictionary<object, object> field) => List(field["options"]).Select(o => (string)Map(o)["label"]);
}
