using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// Issue 22 item 7, the editors' guide and the real /admin/ agree (Chromium, against `serve`'s local backend): every
/// name the guide's 〇 quotes in 「」 is a button, menu item or field the editor shows; a video story with a captioned
/// body picture, written as the guide says (dates typed in Chinese, files with Chinese names uploaded), is saved under
/// meaningful names, passes `check` and shows the caption under the picture; dates are shown as 2025年5月1日 and
/// 今天 is the computer's local date; no hint is cut; the drop-downs speak Chinese to a screen reader.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed partial class CmsGuideTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly Chromium chromium = new();
    private LocalEditorSite? site;

    private string Content => site!.Content;

    public async Task InitializeAsync()
    {
        site = await LocalEditorSite.StartAsync("portal-guide", Today);
        await chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        if (site is not null) await site.DisposeAsync();
    }

    /// <summary>The names section 〇 of content/README.md quotes in 「」: the editor's buttons, menu items and fields.</summary>
    public static IReadOnlyList<string> GuideNames()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "README.md"));
        var start = guide.IndexOf("\n## 〇", StringComparison.Ordinal);
        var end = guide.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "section 〇 not found in content/README.md");
        return [.. QuotedName().Matches(guide[start..end]).Select(m => m.Groups[1].Value).Distinct()];
    }

    [Fact]
    public async Task Every_name_the_guide_quotes_is_a_button_menu_item_or_field_of_the_running_editor()
    {
        var quoted = GuideNames();
        Assert.True(quoted.Count >= 25, "the guide quotes only: " + string.Join("、", quoted));
        var shown = new HashSet<string>(StringComparer.Ordinal);

        // Writing on the local editor: sign in, the stories, a new one, its objects opened, a picture and a video block.
        var (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(new Uri(site!.Address, "admin/").ToString());
        var login = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("登录") });
        await login.WaitForAsync(new() { Timeout = 60_000 });
        await CollectAsync(page, shown);
        await login.ClickAsync();
        await page.GetByText("第1期：农村公路提升行动取得新进展").First.WaitForAsync(new() { Timeout = 60_000 });
        await CollectAsync(page, shown);
        await page.GetByText("＋ 稿件", new() { Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#title-field-1", new() { Timeout = 60_000 });
        await ExpandObjectsAsync(page);
        await CollectAsync(page, shown);
        await page.ClickAsync("[id^='type-field-']");
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();
        await CollectAsync(page, shown);
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("text=发布");
        await page.GetByText("立即发布", new() { Exact = true }).WaitForAsync();
        await CollectAsync(page, shown);
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("button[title='添加组件']");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "图片" }).WaitForAsync();
        await CollectAsync(page, shown);
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "图片" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "选择图片" }).WaitForAsync();
        await CollectAsync(page, shown);
        await page.GetByRole(AriaRole.Button, new() { Name = "选择图片" }).ClickAsync();
        await page.GetByText("上传", new() { Exact = true }).WaitForAsync();
        await CollectAsync(page, shown);
        await context.CloseAsync();

        // Review on the web editor (editorial workflow, on the editor's own in-memory repository): save, status, board.
        (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        var config = await (await context.APIRequest.GetAsync(new Uri(site.Address, "admin/config.yml").ToString())).TextAsync();
        var reviewed = ProxyBackend().Replace(config, "backend:\n  name: test-repo\npublish_mode: editorial_workflow\n");
        Assert.NotEqual(config, reviewed);
        await context.RouteAsync("**/admin/config.yml", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/yaml", Body = reviewed }));
        await page.GotoAsync(new Uri(site.Address, "admin/#/collections/stories/new").ToString());
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("登录") }).ClickAsync(new() { Timeout = 60_000 });
        await page.WaitForSelectorAsync("#title-field-1", new() { Timeout = 60_000 });
        await FillStoryAsync(page, "linxia-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.GetByText("修改已保存").WaitForAsync(new() { Timeout = 30_000 });
        await CollectAsync(page, shown);
        await page.GetByText("状态: 草稿").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "审核中" }).WaitForAsync();
        await CollectAsync(page, shown);
        await page.Keyboard.PressAsync("Escape");
        await page.GotoAsync(new Uri(site.Address, "admin/#/workflow").ToString());
        await page.GetByText("临夏州推进四好农村路建设").First.WaitForAsync(new() { Timeout = 30_000 });
        await CollectAsync(page, shown);
        await context.CloseAsync();

        var missing = quoted.Where(name => !shown.Contains(name)).ToList();
        Assert.True(missing.Count == 0,
            $"the guide quotes names the editor does not show: {string.Join("、", missing)}\nthe editor shows: {string.Join(" | ", shown.Order(StringComparer.Ordinal))}");
    }

    /// <summary>
    /// A 宣传短片 written in the form as the guide's 〇 says: the date typed in Chinese, a picture, a video and its `.srt`
    /// captions uploaded under Chinese names, the picture given a caption (图注). The files keep meaningful names, the story
    /// passes `check`, and the built page shows the caption under the picture and the converted captions on the video.
    /// </summary>
    [Fact]
    public async Task A_video_story_with_a_captioned_picture_keeps_meaningful_file_names_passes_check_and_shows_the_caption()
    {
        var (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await SignInAsync(page, "admin/#/collections/stories/new");
        await page.FillAsync("#title-field-1", "东乡县农村公路宣传短片");
        await page.FillAsync("#slug-field-2", "dongxiang-film");
        var date = page.Locator("#date-field-3");
        await date.ClickAsync();
        await page.Keyboard.TypeAsync("2025.5.3");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(date).ToHaveValueAsync("2025年5月3日", new() { Timeout = 30_000 }); // React state: wait for it
        await EditorForm.ChooseAsync(page, "tasks", "4. ");
        await EditorForm.ChooseAsync(page, "departments", "公路管理处");
        await EditorForm.ChooseAsync(page, "type", "宣传短片");
        await page.ClickAsync("[data-slate-editor=\"true\"]");
        await page.Keyboard.TypeAsync("东乡县农村公路建设纪实。");

        // The picture, with its description and caption.
        var picture = site!.Folder.Combine("养护现场.png");
        File.WriteAllBytes(picture, FixtureContent.Png);
        await page.ClickAsync("button[title='添加组件']");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "图片" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "选择图片" }).ClickAsync();
        await UploadAsync(page, picture, PictureName());
        await page.GetByRole(AriaRole.Button, new() { Name = "选用已选中项目" }).ClickAsync();
        await page.FillAsync(await FieldAsync(page, "图片说明（必填）"), "养护工人在雪后清理路面");
        await page.FillAsync(await FieldAsync(page, "图注（可不填）"), "图为 G312 线养护工人清理积雪（省公路事业发展中心供图）");

        // The video and its captions, as the production company delivers them: Chinese names, SRT captions.
        var film = site.Folder.Combine("东乡县宣传片.mp4");
        File.WriteAllBytes(film, [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2']);
        var captions = site.Folder.Combine("东乡县宣传片 字幕.srt");
        File.WriteAllText(captions, "1\n00:00:00,000 --> 00:00:04,000\n农村公路通到了家门口。\n");
        await ExpandObjectsAsync(page, "视频");
        // With only 视频 opened, its three file fields are the form's: 视频路径, 视频封面, 字幕文件.
        var chooseFile = page.GetByRole(AriaRole.Button, new() { Name = "选择文件", Exact = true });
        Assert.Equal(3, await chooseFile.CountAsync());
        await chooseFile.Nth(0).ClickAsync();
        await UploadAsync(page, film, VideoName());
        await page.GetByRole(AriaRole.Button, new() { Name = "选用已选中项目" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "选择其他文件", Exact = true }).WaitForAsync();
        await chooseFile.Nth(1).ClickAsync(); // 视频路径 now shows 选择其他文件: 字幕文件 is the second 选择文件 left
        await UploadAsync(page, captions, CaptionsName());
        await page.GetByRole(AriaRole.Button, new() { Name = "选用已选中项目" }).ClickAsync();

        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");
        var saved = Path.Combine(Content, "stories", "2025", "2025-05-03-dongxiang-film.md");
        for (var i = 0; i < 300 && !File.Exists(saved); i++) await Task.Delay(200); // 60 s, as the other editor tests
        Assert.True(File.Exists(saved), "the story was not saved where the site reads it");
        var text = File.ReadAllText(saved);
        await context.CloseAsync();

        var media = Path.Combine(Content, "media", "2025");
        var uploaded = string.Join(", ", Directory.GetFiles(Path.Combine(Content, "media"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Content, f)));
        // Each in the story's year folder, once, under a name that says what it is.
        string One(string pattern)
        {
            var found = Directory.GetFiles(media, pattern);
            Assert.True(found.Length == 1, $"{pattern} in media/2025: {found.Length}; uploaded: {uploaded}\n{text}");
            return Path.GetFileName(found[0]);
        }
        var pictureFile = One("picture-*.png");
        var filmFile = One("video-*.mp4");
        var captionsFile = One("captions-*.srt");
        Assert.Contains("date: 2025-05-03\n", text);
        Assert.Contains($"^^^\n![养护工人在雪后清理路面](media/2025/{pictureFile})\n^^^ 图为 G312 线养护工人清理积雪（省公路事业发展中心供图）", text);
        Assert.Contains($"src: media/2025/{filmFile}", text);
        Assert.Contains($"captions: media/2025/{captionsFile}", text);

        var check = SiteBuild.Check(new BuildOptions { ContentDir = Content, ThemeDir = RepositoryPaths.Theme, Today = Today });
        var problems = Portal.Tests.Validation.StoryValidationTests.NotSiteWideWarnings(check).ToList();
        Assert.True(check.Success && problems.Count == 0, text + "\n" + string.Join("\n", problems));

        var output = site.Folder.Combine("built");
        var build = SiteBuild.Build(new BuildOptions { ContentDir = Content, OutputDir = output, ThemeDir = RepositoryPaths.Theme, BaseUrl = new Uri("https://example.gov.cn/"), Today = Today });
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        var html = File.ReadAllText(Path.Combine(output, "stories", "2025", "2025-05-03-dongxiang-film", "index.html"));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var figure = document.QuerySelectorAll(".prose figure").Single(f => f.QuerySelector("img[alt='养护工人在雪后清理路面']") is not null);
        Assert.Equal("图为 G312 线养护工人清理积雪（省公路事业发展中心供图）", figure.QuerySelector("figcaption")?.TextContent.Trim());
        var track = document.QuerySelector("video track[kind='captions']");
        Assert.NotNull(track);
        Assert.EndsWith(".vtt", track.GetAttribute("src"), StringComparison.Ordinal);
    }

    /// <summary>
    /// On an English system in China's time zone at 01:30 on 7 December (17:30 UTC on the 6th): the date field shows a
    /// story's date as 2025年2月25日, nothing in English or UTC, and 今天 fills the local date, 2026年12月7日; a date it
    /// cannot read is named in Chinese. Every hint of the form is shown whole, and the drop-downs' screen-reader messages
    /// are Chinese.
    /// </summary>
    [Fact]
    public async Task The_form_shows_dates_in_chinese_local_time_whole_hints_and_chinese_screen_reader_messages()
    {
        var (context, page, _) = await chromium.NewPageAsync(new BrowserNewContextOptions { Locale = "en-US", TimezoneId = "Asia/Shanghai" });
        await page.Clock.SetFixedTimeAsync(new DateTime(2026, 12, 6, 17, 30, 0, DateTimeKind.Utc));
        await page.SetViewportSizeAsync(1280, 900);
        await SignInAsync(page, "admin/#/collections/stories/entries/2025/2025-02-25-notice-issued");
        var date = page.Locator("#date-field-3");
        await page.WaitForFunctionAsync("() => document.querySelector('#date-field-3')?.value === '2025年2月25日'", null, new() { Timeout = 60_000 });
        var around = await page.Locator("[id='date-field-3']").Locator("xpath=../..").InnerTextAsync();
        Assert.DoesNotContain("UTC", around, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)mm/dd|yyyy", around);
        Assert.Equal("text", await date.GetAttributeAsync("type"));

        await page.GetByRole(AriaRole.Button, new() { Name = "今天", Exact = true }).ClickAsync();
        await Assertions.Expect(date).ToHaveValueAsync("2026年12月7日", new() { Timeout = 30_000 }); // React state: wait for it
        await date.FillAsync("2025年13月45日");
        await page.Locator("#date-field-3-format", new() { HasText = "请写成 2025年5月1日 这样的日期" }).WaitForAsync();
        Assert.Equal("true", await date.GetAttributeAsync("aria-invalid"));
        await date.FillAsync("2025-02-25");
        await date.BlurAsync();
        await Assertions.Expect(date).ToHaveValueAsync("2025年2月25日", new() { Timeout = 30_000 }); // React state: wait for it

        // Hints: every one the configuration gives the stories' form (objects opened) is shown as written.
        await ExpandObjectsAsync(page);
        var config = await (await context.APIRequest.GetAsync(new Uri(site!.Address, "admin/config.yml").ToString())).TextAsync();
        var stories = config[config.IndexOf("  - name: stories", StringComparison.Ordinal)..config.IndexOf("  - name: pages", StringComparison.Ordinal)];
        var hints = HintLine().Matches(stories).Select(m => Unescaped(JsonSerializer.Deserialize<string>(m.Groups[1].Value)!)).ToList();
        Assert.Contains(hints, h => h.Contains("添加组件", StringComparison.Ordinal));
        var body = await page.InnerTextAsync("body");
        var cut = hints.Where(h => !body.Contains(h, StringComparison.Ordinal)).ToList();
        Assert.True(cut.Count == 0, "hints not shown whole:\n" + string.Join("\n", cut));

        // The drop-downs: what a screen reader is told is Chinese (react-select's live region).
        await page.ClickAsync("[id^='departments-field-']");
        await page.Keyboard.TypeAsync("科技");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#aria-selection')].some(s => s.textContent.includes('科技处'))", null, new() { Timeout = 30_000 });
        await page.Locator("[role='button'][aria-label^='删除 科技处']").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(0, await page.Locator("[aria-label^='Remove ']").CountAsync());
        await page.Keyboard.PressAsync("ArrowDown");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#aria-results, #aria-guidance')].some(s => s.textContent.trim() !== '')", null, new() { Timeout = 30_000 });
        var spoken = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#aria-selection, #aria-focused, #aria-results, #aria-guidance')].map(s => s.textContent).filter(t => t.trim() !== '')");
        Assert.NotEmpty(spoken);
        // Key names (Tab, Esc) are what the keyboard says; no English sentence is left.
        Assert.All(spoken, message => Assert.DoesNotMatch(@"(?i)\b(option|options|select|selected|press|use|results?|focused|available|menu|values?)\b", message));
        Assert.Contains(spoken, message => message.Contains("已选择", StringComparison.Ordinal) || message.Contains("方向键", StringComparison.Ordinal));
        await context.CloseAsync();
    }

    /// <summary>The names a user can see or hear on the page now: buttons, links, menu items, options, tabs by their
    /// accessible name (aria-label, text, title), and field labels (without Decap's “ (可选)”).</summary>
    private static async Task CollectAsync(IPage page, HashSet<string> names)
    {
        var found = await page.EvaluateAsync<string[]>(
            """
            () => {
              const names = [];
              const clean = t => (t || '').replace(/\s+/g, ' ').trim();
              for (const e of document.querySelectorAll('button, a, [role=button], [role=menuitem], [role=option], [role=tab], label')) {
                if (!e.getClientRects().length) continue;
                for (const name of [e.getAttribute('aria-label'), e.innerText, e.getAttribute('title')]) {
                  const text = clean(name);
                  if (!text) continue;
                  names.push(text);
                  if (e.tagName === 'LABEL') names.push(text.replace(/ \(可选\)$/, ''));
                }
              }
              return names;
            }
            """);
        names.UnionWith(found);
    }

    /// <summary>Opens the form's collapsed objects (封面图片, 视频, 来源), or the one labelled <paramref name="label"/>.</summary>
    private static async Task ExpandObjectsAsync(IPage page, string? label = null)
    {
        var toggles = page.Locator("[data-testid='expand-button']");
        var count = await toggles.CountAsync();
        Assert.True(count >= 3, $"the form shows {count} objects to open");
        for (var i = 0; i < count; i++)
        {
            var toggle = toggles.Nth(i);
            if (label is not null && !(await toggle.Locator("xpath=..").InnerTextAsync()).Trim().StartsWith(label, StringComparison.Ordinal)) continue;
            await toggle.ClickAsync();
        }
        if (label is not null) await page.WaitForSelectorAsync($"label:text-is('视频路径')", new() { Timeout = 30_000 });
    }

    /// <summary>The id of the picture block's field labelled <paramref name="label"/>.</summary>
    private static async Task<string> FieldAsync(IPage page, string label) =>
        $"[id='{await page.Locator("label", new() { HasText = label }).GetAttributeAsync("for")}']";

    /// <summary>The media library is open: upload <paramref name="file"/> and see it listed under a safe name.</summary>
    private static async Task UploadAsync(IPage page, string file, Regex expected)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByText("上传", new() { Exact = true }).ClickAsync());
        await chooser.SetFilesAsync(file);
        // The uploaded file is listed under its safe name, chosen.
        try
        {
            await page.GetByText(expected).First.WaitForAsync(new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "portal-guide-upload.png") });
            Assert.Fail($"{Path.GetFileName(file)} was not listed as {expected}; the library shows: {await page.InnerTextAsync("body")}");
        }
    }

    private Task SignInAsync(IPage page, string path) => EditorForm.SignInAsync(page, site!.Address, path);

    private static async Task FillStoryAsync(IPage page, string slug)
    {
        await page.FillAsync("#title-field-1", "临夏州推进四好农村路建设");
        await page.FillAsync("#slug-field-2", slug);
        await page.FillAsync("#date-field-3", "2025年5月1日");
        await EditorForm.ChooseAsync(page, "tasks", "4. ");
        await EditorForm.ChooseAsync(page, "departments", "公路管理处");
        await EditorForm.ChooseAsync(page, "type", "即时报道");
        await page.ClickAsync("[data-slate-editor=\"true\"]");
        await page.Keyboard.TypeAsync("临夏州召开农村公路建设推进会。");
    }

    /// <summary>A hint's text as written in the definition: the configuration escapes Markdown's characters.</summary>
    private static string Unescaped(string hint) => MarkdownEscape().Replace(hint, "$1");

    [GeneratedRegex("「([^」]+)」")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"^picture-\d{8}-\d{6}-[0-9a-f]{4}(-\d+)?\.png$")]
    private static partial Regex PictureName();

    [GeneratedRegex(@"^video-\d{8}-\d{6}-[0-9a-f]{4}(-\d+)?\.mp4$")]
    private static partial Regex VideoName();

    [GeneratedRegex(@"^captions-\d{8}-\d{6}-[0-9a-f]{4}(-\d+)?\.srt$")]
    private static partial Regex CaptionsName();

    [GeneratedRegex(@"hint: (""(?:[^""\\]|\\.)*"")")]
    private static partial Regex HintLine();

    [GeneratedRegex(@"\\([\\`*_\[\]<>!~&#])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"backend:\n  name: proxy\n  proxy_url: [^\n]*\n  branch: main\n")]
    private static partial Regex ProxyBackend();
}
