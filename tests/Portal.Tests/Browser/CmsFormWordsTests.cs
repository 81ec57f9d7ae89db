using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Build;
using Portal.Preview;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// Issue 22 item 3 in the real /admin/ (Chromium, `serve`): text pasted from Word into the title and the tags is repaired
/// by the save itself, with a visible “已自动改为…” note and no error; a story with two independent slips shows both after
/// one save, each by its field's form label, with nothing of the file (no path, line, YAML, list syntax or command).
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed partial class CmsFormWordsTests : IAsyncLifetime
{
    private readonly TempFolder folder = new("portal-formwords");
    private readonly Chromium chromium = new();
    private PreviewSession? session;

    private string Content => folder.Combine("repo", "content");

    [GeneratedRegex(@"YAML|第\s*\d*\s*[行列]|`|check|运行|dotnet|\[|content/|\.md\b|departments|period|tags|type\b|case\b")]
    private static partial Regex FileWords();

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
    public async Task Text_pasted_from_word_into_title_and_tags_is_repaired_on_save_with_a_visible_note_and_no_error()
    {
        var (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await SignInAsync(page, "admin/#/collections/stories/new");
        await page.FillAsync("#title-field-1", "　　关于“四好农村路”建设的报道：提质增效！");
        await page.FillAsync("#slug-field-2", "word-paste");
        await page.FillAsync("#date-field-3", "2025-05-01");
        await EditorForm.ChooseAsync(page, "tasks", "4. ");
        await EditorForm.ChooseAsync(page, "departments", "公路管理处");
        await EditorForm.ChooseAsync(page, "type", "即时报道");
        await page.FillAsync("[id^='tags-field-']", "四好农村路，“农村公路”、乡村振兴；交通强省");
        await page.ClickAsync("[data-slate-editor=\"true\"]");
        await page.Keyboard.TypeAsync("　　正文照原样保存，“引号”、顿号；分号不改。");
        var builds = session!.State.Builds;
        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");

        var note = page.Locator("#portal-fix-note");
        await note.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("status", await note.GetAttributeAsync("role"));
        var told = await note.InnerTextAsync();
        Assert.Contains("保存时已自动修正", told);
        Assert.Contains("「标题」已自动改为“关于“四好农村路”建设的报道：提质增效！”", told);
        Assert.Contains("「标签」已自动改为“四好农村路”“农村公路”“乡村振兴”“交通强省”", told);
        Assert.DoesNotMatch(FileWords(), told);

        var saved = Path.Combine(Content, "stories", "2025", "2025-05-01-word-paste.md");
        Assert.True(File.Exists(saved), "the story was not saved where its date and 网址标识 say");
        var text = File.ReadAllText(saved).Replace("\r\n", "\n");
        Assert.Contains("tags:\n  - 四好农村路\n  - 农村公路\n  - 乡村振兴\n  - 交通强省\n", text);
        Assert.Contains("　　正文照原样保存，“引号”、顿号；分号不改。", text);

        // The rebuild after the save finds nothing wrong: no error panel in the editor, the note stays.
        for (var i = 0; i < 300 && session.State.Builds == builds; i++) await Task.Delay(200);
        Assert.True(session.State.Builds > builds, "no rebuild after the save");
        Assert.Equal("[]", session.State.ErrorsJson);
        Assert.Equal(0, await page.Locator("#portal-error-overlay").CountAsync());
        Assert.Equal(1, await note.CountAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_story_with_two_independent_slips_shows_both_after_one_save_in_the_form_words()
    {
        var (context, page, _) = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await SignInAsync(page, "admin/#/collections/stories/new");
        await page.FillAsync("#title-field-1", "临夏州农村公路养护典型");
        await page.FillAsync("#slug-field-2", "two-slips");
        await page.FillAsync("#date-field-3", "2025-05-02");
        await EditorForm.ChooseAsync(page, "tasks", "4. ");
        await EditorForm.ChooseAsync(page, "departments", "公路管理处");
        // Slip one: a typical case without saying which kind. Slip two: a tag with a slash.
        await EditorForm.ChooseAsync(page, "type", "典型案例");
        await page.FillAsync("[id^='tags-field-']", "道路/桥梁");
        await page.ClickAsync("[data-slate-editor=\"true\"]");
        await page.Keyboard.TypeAsync("临夏州推广农村公路养护经验。");
        await page.ClickAsync("text=发布");
        await page.ClickAsync("text=立即发布");

        var panel = page.Locator("#portal-error-overlay");
        await panel.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("alert", await panel.GetAttributeAsync("role"));
        var told = await panel.InnerTextAsync();
        Assert.Contains("刚保存的内容有 2 个错误", told);
        Assert.Contains("「稿件类型」选了“典型案例”，但没有选「典型类别」", told);
        Assert.Contains("「标签」中的“道路/桥梁”不能用作标签", told);
        Assert.Contains("PORTAL0034", told);
        Assert.Contains("PORTAL0036", told);
        Assert.DoesNotMatch(FileWords(), told);
        await context.CloseAsync();
    }

    private Task SignInAsync(IPage page, string path) => EditorForm.SignInAsync(page, session!.Address, path);

}
