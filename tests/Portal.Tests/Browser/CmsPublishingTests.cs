using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Build;
using Portal.Preview;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// An editor's whole local round in Chromium, against the real `serve` (<see cref="PreviewSession"/>: watcher, rebuilds,
/// error overlay): write a story in /admin/ with a picture saved from WeChat, publish it, find it in the preview; then
/// make a slip and see the Chinese error in the editor and over the preview. With PORTAL_ACCEPT_SCREENSHOTS=1 the steps'
/// screenshots are written into docs/editor-guide/, where the editors' guide shows them.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed partial class CmsPublishingTests : IAsyncLifetime
{
    private readonly TempFolder folder = new("portal-publish");
    private readonly Chromium chromium = new();
    private PreviewSession? session;

    private string Content => folder.Combine("repo", "content");

    /// <summary>The screenshots these tests take, in the guide's order of steps (the guide shows every one; <see cref="GuideScreenshots.All"/>).</summary>
    public static readonly IReadOnlyList<string> GuideShots =
    [
        "01-new-story.png", "02-fields.png", "03-picture.png", "07-saved-draft.png", "08-status-menu.png", "11-pr-preview.png",
        "09-workflow-board.png", "10-approve-publish.png", "04-publish.png", "05-preview.png", "06-error-in-editor.png",
    ];

    public async Task InitializeAsync()
    {
        FixtureContent.Create(Content);
        session = await PreviewSession.StartAsync(new BuildOptions
        {
            ContentDir = Content, OutputDir = folder.Combine("repo", "_site"), ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26),
        }, 0, _ => { });
        await chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        if (session is not null) await session.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_story_with_a_wechat_picture_written_in_the_editor_is_saved_checked_and_shown_by_the_preview()
    {
        var (context, page, requests) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await SignInAsync(page, "admin/#/collections/stories/new");
        await Shot(page, "01-new-story.png");
        await FillStoryAsync(page);
        await Shot(page, "02-fields.png");

        // A picture as WeChat saves it: a Chinese name with a space. It must arrive under a safe name in the year's folder.
        var picture = folder.Combine("通车现场 照片.png");
        File.WriteAllBytes(picture, Png());
        await page.ClickAsync("button[title='添加组件']");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "图片" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "选择图片" }).ClickAsync();
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByText("上传", new() { Exact = true }).ClickAsync());
        await chooser.SetFilesAsync(picture);
        await page.GetByText(new Regex(@"^picture-\d{8}-\d{6}-[0-9a-f]{4}\.png$")).WaitForAsync();
        await Shot(page, "03-picture.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "选用已选中项目" }).ClickAsync();
        var altId = await page.Locator("label", new() { HasText = "图片说明（必填）" }).GetAttributeAsync("for");
        await page.FillAsync($"[id='{altId}']", "临夏州农村公路通车现场");

        await page.ClickAsync("text=发布");
        await Shot(page, "04-publish.png");
        await page.ClickAsync("text=立即发布");
        var saved = Path.Combine(Content, "stories", "2025", "2025-05-01-linxia-rural-roads.md");
        for (var i = 0; i < 150 && !File.Exists(saved); i++) await Task.Delay(200);
        Assert.True(File.Exists(saved), "the story was not saved where the site reads it");
        var text = File.ReadAllText(saved);
        var stored = Assert.Single(Directory.GetFiles(Path.Combine(Content, "media", "2025"), "picture-*.png"));
        Assert.Matches(@"^picture-\d{8}-\d{6}-[0-9a-f]{4}\.png$", Path.GetFileName(stored));
        Assert.Equal(Png(), File.ReadAllBytes(stored));
        Assert.Contains($"![临夏州农村公路通车现场](media/2025/{Path.GetFileName(stored)})", text);
        var check = SiteBuild.Check(new BuildOptions { ContentDir = Content, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
        var problems = Portal.Tests.Validation.StoryValidationTests.NotSiteWideWarnings(check).ToList();
        Assert.True(check.Success && problems.Count == 0, text + "\n" + string.Join("\n", problems));

        // The preview rebuilt by itself: the story is there with its picture. (A later rebuild may reload the tab under the
        // test's hands, as it would under a reader's: look again then.)
        var story = new Uri(session!.Address, "stories/2025/2025-05-01-linxia-rural-roads/").ToString();
        var published = Path.Combine(folder.Combine("repo", "_site"), "media", "2025", Path.GetFileName(stored));
        var shown = false;
        for (var attempt = 0; attempt < 30 && !shown; attempt++)
        {
            try
            {
                var response = await page.GotoAsync(story);
                if (response is not { Status: 200 })
                {
                    await Task.Delay(300);
                    continue;
                }
                Assert.Equal("临夏州推进四好农村路建设", (await page.InnerTextAsync("h1")).Trim());
                await page.Locator("img[alt='临夏州农村公路通车现场']").ScrollIntoViewIfNeededAsync(); // pictures load lazily, as a reader scrolls
                await page.WaitForFunctionAsync("() => { const i = document.querySelector(\"img[alt='临夏州农村公路通车现场']\"); return i.complete && i.naturalWidth === 320; }",
                    null, new() { Timeout = 5_000 });
                shown = true;
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                // Reloaded or still rebuilding: look again.
            }
        }
        Assert.True(shown, $"the story and its picture do not show in the preview; picture published: {File.Exists(published)}");
        await Shot(page, "05-preview.png");
        // No request to another host (the picture's preview in the form is a blob: of the browser's own memory).
        lock (requests) Assert.All(requests.Where(url => !url.StartsWith("blob:", StringComparison.Ordinal)), url => Assert.StartsWith(session.Address.GetLeftPart(UriPartial.Authority), url));
        await context.CloseAsync();
    }

    /// <summary>
    /// Issue 22 item 1: 网址标识 left empty cannot give "2025-05-02-.md": the story is named from its title (the slug
    /// glossary), the form shows that name when the story is opened again, and a 网址标识 changed after publishing moves the
    /// file; `check` passes after each step.
    /// </summary>
    [Fact]
    public async Task A_story_published_without_a_slug_gets_one_from_its_title_and_a_changed_slug_moves_the_file()
    {
        var (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await SignInAsync(page, "admin/#/collections/stories/new");
        await page.FillAsync("#title-field-1", "临夏州推进四好农村路建设");
        await page.FillAsync("#date-field-3", "2025-05-02");
        await EditorForm.ChooseAsync(page, "tasks", "4. ");
        await EditorForm.ChooseAsync(page, "departments", "公路管理处");
        await EditorForm.ChooseAsync(page, "type", "即时报道");
        await page.ClickAsync("[data-slate-editor=\"true\"]");
        await page.Keyboard.TypeAsync("临夏州召开农村公路建设推进会。");
        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");

        var year = Path.Combine(Content, "stories", "2025");
        var named = Path.Combine(year, "2025-05-02-rural-roads-linxia.md");
        for (var i = 0; i < 450 && !File.Exists(named); i++) await Task.Delay(200); // up to 90 s: a save on a loaded machine
        Assert.True(File.Exists(named), "saved as: " + string.Join(", ", Directory.GetFiles(year, "2025-05-02-*")));
        Assert.Single(Directory.GetFiles(year, "2025-05-02-*"));
        AssertChecks();

        // Opened again (the editor still knows it by the path it made), the form shows the name it was given. The
        // file appears before the editor leaves its "new" address for the entry's: reloading earlier opens a blank form.
        await page.WaitForURLAsync(url => url.Contains("/collections/stories/entries/", StringComparison.Ordinal), new() { Timeout = 60_000 });
        await EditorForm.ReopenAsync(page);
        await page.WaitForFunctionAsync("() => document.querySelector('#slug-field-2')?.value === 'rural-roads-linxia'", null, new() { Timeout = 60_000 });
        var renamed = Path.Combine(year, "2025-05-02-linxia-rural-roads.md");
        // On a loaded machine the reopened form may still re-render from the loaded entry after the field shows its
        // value, undoing a change typed at once (CI saved the old name unchanged): the editor retypes it and
        // publishes again, as a person would on seeing the old name.
        for (var attempt = 0; attempt < 3 && (!File.Exists(renamed) || File.Exists(named)); attempt++)
        {
            await page.FillAsync("#slug-field-2", "linxia-rural-roads");
            await page.WaitForFunctionAsync("() => document.querySelector('#slug-field-2')?.value === 'linxia-rural-roads'", null, new() { Timeout = 30_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync(new() { Timeout = 60_000 });
            await page.ClickAsync("text=立即发布");
            for (var i = 0; i < 150 && (!File.Exists(renamed) || File.Exists(named)); i++) await Task.Delay(200);
        }
        Assert.Equal([Path.GetFileName(renamed)], Directory.GetFiles(year, "2025-05-02-*").Select(Path.GetFileName));
        Assert.Contains("slug: linxia-rural-roads\n", File.ReadAllText(renamed));
        AssertChecks();
        await context.CloseAsync();

        void AssertChecks()
        {
            var check = SiteBuild.Check(new BuildOptions { ContentDir = Content, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
            var problems = Portal.Tests.Validation.StoryValidationTests.NotSiteWideWarnings(check).ToList();
            Assert.True(check.Success && problems.Count == 0, string.Join("\n", problems));
        }
    }

    [Fact]
    public async Task A_slip_saved_in_the_editor_shows_its_chinese_error_in_the_editor_and_over_the_preview()
    {
        var (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        var preview = await context.NewPageAsync();
        await preview.GotoAsync(session!.Address.ToString());
        await SignInAsync(page, "admin/#/collections/stories/entries/2025/2025-02-25-notice-issued");
        // The notice story marked as a half-year report: its departments lead none of several of its tasks.
        await EditorForm.ChooseAsync(page, "period", "2025上半年");
        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");

        var panel = page.Locator("#portal-error-overlay");
        await panel.WaitForAsync(new() { Timeout = 60_000 });
        var inEditor = await panel.InnerTextAsync();
        Assert.Contains("刚保存的内容有", inEditor);
        // In the form's words: the fields by their labels, what to change in the form; no file, line or command.
        Assert.Contains("牵头部门", inEditor);
        Assert.Contains("「半年报告期」", inEditor);
        Assert.Contains("PORTAL0039", inEditor);
        Assert.DoesNotContain("content/stories", inEditor);
        Assert.DoesNotContain("period", inEditor);
        Assert.Equal("alert", await panel.GetAttributeAsync("role"));
        await Shot(page, "06-error-in-editor.png");

        var overlay = preview.Locator("#portal-error-overlay");
        await overlay.WaitForAsync(new() { Timeout = 30_000 });
        // The preview tab keeps check's form: the file and line.
        Assert.Contains("牵头部门", await overlay.InnerTextAsync());
        Assert.Contains("content/stories/2025/2025-02-25-notice-issued.md:", await overlay.InnerTextAsync());
        Assert.Equal("alertdialog", await overlay.GetAttributeAsync("role"));

        // Put right in the editor and saved again: the panel goes, the preview reloads without the overlay.
        await page.ClickAsync("[id^='period-field-']");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");
        await panel.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 60_000 });
        // The preview tab reloads by itself (it may be mid-reload when asked): the overlay is gone.
        var cleared = false;
        for (var i = 0; i < 150 && !cleared; i++)
        {
            try
            {
                cleared = await preview.Locator("#portal-error-overlay").CountAsync() == 0 && await preview.Locator("h1").CountAsync() > 0;
            }
            catch (PlaywrightException)
            {
                // Reloading.
            }
            if (!cleared) await Task.Delay(200);
        }
        Assert.True(cleared, "the preview still shows the error overlay after the fix was saved");
        await context.CloseAsync();
    }

    /// <summary>
    /// Review as the published editor does it with `editing.review: true` (publish_mode editorial_workflow), on the
    /// editor's own in-memory repository instead of GitHub (no network here): save a draft, submit it for review, find it
    /// on the workflow board, approve and publish. Shows the generated form works in that mode, and gives the guide its
    /// pictures of the review steps.
    /// </summary>
    [Fact]
    public async Task A_story_goes_through_review_draft_in_review_ready_published()
    {
        var (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        var config = await (await context.APIRequest.GetAsync(new Uri(session!.Address, "admin/config.yml").ToString())).TextAsync();
        var reviewed = ProxyBackend().Replace(config, "backend:\n  name: test-repo\npublish_mode: editorial_workflow\n");
        Assert.NotEqual(config, reviewed);
        await context.RouteAsync("**/admin/config.yml", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/yaml", Body = reviewed }));

        await SignInAsync(page, "admin/#/collections/stories/new");
        await FillStoryAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.GetByText("修改已保存").WaitForAsync(new() { Timeout = 30_000 });
        await Shot(page, "07-saved-draft.png");
        await page.GetByText("状态: 草稿").ClickAsync();
        await Shot(page, "08-status-menu.png");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "审核中" }).ClickAsync();
        await page.GetByText("状态: 审核中").WaitForAsync();

        // The approver's view: the workflow board, the story under 审核中.
        await page.GotoAsync(new Uri(session.Address, "admin/#/workflow").ToString());
        await page.GetByText("临夏州推进四好农村路建设").First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("1 个待审查的内容", await page.InnerTextAsync("body"));
        await Shot(page, "09-workflow-board.png");

        // The approver opens it, marks it ready and publishes it: it leaves the board and is among the stories.
        await page.GetByText("临夏州推进四好农村路建设").First.ClickAsync();
        await page.GetByText("状态: 审核中").ClickAsync(new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "就绪" }).ClickAsync();
        await page.GetByText("状态: 就绪").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Shot(page, "10-approve-publish.png");
        // The editor asks "are you sure" in a browser dialog; the approver says yes.
        var asked = "";
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };
        await page.GetByText("立即发布", new() { Exact = true }).ClickAsync();
        await page.GetByText("已发布", new() { Exact = false }).First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.NotEqual("", asked);
        await page.GotoAsync(new Uri(session.Address, "admin/#/collections/stories").ToString());
        await page.GetByText("临夏州推进四好农村路建设").First.WaitForAsync(new() { Timeout = 30_000 });
        await page.GotoAsync(new Uri(session.Address, "admin/#/workflow").ToString());
        await page.GetByText("工作流").First.WaitForAsync();
        await page.WaitForTimeoutAsync(1000);
        Assert.Equal(0, await page.GetByText("临夏州推进四好农村路建设").CountAsync());
        await context.CloseAsync();
    }

    [GeneratedRegex(@"backend:\n  name: proxy\n  proxy_url: [^\n]*\n  branch: main\n")]
    private static partial Regex ProxyBackend();

    private Task SignInAsync(IPage page, string path) => EditorForm.SignInAsync(page, session!.Address, path);

    /// <summary>The fields of a new story as an editor fills them: typed, chosen from the selects, the body written.</summary>
    private static async Task FillStoryAsync(IPage page)
    {
        await page.FillAsync("#title-field-1", "临夏州推进四好农村路建设");
        await page.FillAsync("#slug-field-2", "linxia-rural-roads");
        await page.FillAsync("#date-field-3", "2025-05-01");
        await EditorForm.ChooseAsync(page, "tasks", "4. ");
        await EditorForm.ChooseAsync(page, "departments", "公路管理处");
        await EditorForm.ChooseAsync(page, "departments", "乡村振兴办");
        await EditorForm.ChooseAsync(page, "type", "即时报道");
        await page.FillAsync("[id^='tags-field-']", "农村公路, 四好农村路");
        await page.FillAsync("[id^='summary-field-']", "临夏州召开推进会，部署新一轮农村公路提升行动。");
        await page.ClickAsync("[data-slate-editor=\"true\"]");
        await page.Keyboard.TypeAsync("临夏州召开农村公路建设推进会。");
    }

    /// <summary>A step of the guide (PullRequestPreviewTests takes one too).</summary>
    internal static async Task Shot(IPage page, string name)
    {
        Assert.Contains(name, GuideShots);
        await page.ScreenshotAsync(new() { Path = GuideScreenshots.PathOf(name) });
    }

    /// <summary>A 320×200 PNG, made here so the test needs no image file.</summary>
    private static byte[] Png()
    {
        const int width = 320, height = 200;
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++) (raw[y * (1 + width * 3) + 1 + x * 3], raw[y * (1 + width * 3) + 2 + x * 3], raw[y * (1 + width * 3) + 3 + x * 3]) = ((byte)30, (byte)120, (byte)200);
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();

        static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
        static void Chunk(Stream stream, string type, byte[] data)
        {
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            stream.Write(BigEndian(data.Length));
            stream.Write(typed);
            stream.Write(BigEndian((int)System.IO.Hashing.Crc32.HashToUInt32(typed)));
        }
    }
}
