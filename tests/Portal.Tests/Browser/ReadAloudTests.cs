using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The reading tools' 朗读 (MIIT 适老化 语音阅读): the page's main text, or the selection, read sentence by sentence
/// with the browser's speech synthesis and a Chinese voice, the sentence being read highlighted; pause, resume, stop
/// and the speed from the keyboard, announced, the speed remembered; a clear note where the browser cannot read
/// Chinese aloud; no toolbar without JavaScript. Chromium runs with <see cref="FakeSpeech"/>, which records what
/// would be said.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class ReadAloudTests(ServedSite site) : IClassFixture<ServedSite>
{
    private const string ReadAloud = "[data-read-aloud]";

    /// <summary>The accessibility page's opening, as content/pages/accessibility.md writes it, one sentence a line.</summary>
    private static readonly string[] AccessibilityOpening =
    [
        "甘肃省交通运输厅深化“三抓三促”行动专题网站致力于让老年人、残障人士在内的所有读者都能方便地浏览和使用本站内容。",
        "遵循的标准",
        "本站以《Web内容无障碍指南》（WCAG）2.1 AA级为目标，并遵循国家关于互联网网站适老化和无障碍的有关要求，包括国家标准 GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》。",
        "阅读辅助工具",
        "每个页面顶部都有“阅读辅助”工具栏。",
        "各项设置保存在您的浏览器中，打开本站其他页面时自动沿用，直到您更改设置或点击“重置”：",
        "字号：可在“标准”“大”“更大”“特大”四档之间切换，分别为标准字号的100%、115%、130%和150%。",
    ];

    private async Task<(IBrowserContext Context, IPage Page, List<string> Requests)> OpenAsync(string path, string speech)
    {
        var (context, page, requests) = await site.Chromium.NewPageAsync();
        await context.AddInitScriptAsync(speech);
        await page.GotoAsync(site.Url(path).ToString());
        return (context, page, requests);
    }

    private static Task<string[]> Spoken(IPage page) => page.EvaluateAsync<string[]>("speech.spoken.map(u => u.text)");

    private static Task<string?> Speaking(IPage page) => page.EvaluateAsync<string?>("speech.current && speech.current.text");

    /// <summary>The text under the read-aloud highlight, spaces as read; null when nothing is highlighted.</summary>
    private static Task<string?> Highlighted(IPage page) => page.EvaluateAsync<string?>("""
        (() => {
          const highlight = CSS.highlights.get('read-aloud');
          if (!highlight) return null;
          return [...highlight].map(r => r.toString()).join('').replace(/\s+/g, ' ').trim();
        })()
        """);

    private static Task<string> Announcement(IPage page) =>
        page.EvaluateAsync<string>("document.querySelector('.reading-tools [role=status]').textContent.trim()");

    private static Task Finish(IPage page) => page.EvaluateAsync("speech.finish()");

    [Fact]
    public async Task The_page_is_read_sentence_by_sentence_in_reading_order_and_the_highlight_follows()
    {
        var (context, page, requests) = await OpenAsync("accessibility/", FakeSpeech.Script());
        var main = await page.InnerHTMLAsync("main");
        Assert.Equal("button", await page.EvalOnSelectorAsync<string>(ReadAloud, "b => b.localName"));
        Assert.Equal("朗读", await page.InnerTextAsync(ReadAloud));
        Assert.Equal("false", await page.GetAttributeAsync(ReadAloud, "aria-pressed"));
        Assert.False(await page.IsVisibleAsync("#read-aloud-controls"));

        await ReadingToolsTests.TabTo(page, ReadAloud);
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("true", await page.GetAttributeAsync(ReadAloud, "aria-pressed"));
        Assert.True(await page.IsVisibleAsync("#read-aloud-controls"));
        Assert.Equal("开始朗读正文，可按“暂停”或“停止”", await Announcement(page));
        var first = await page.EvaluateAsync<Dictionary<string, object>>("speech.spoken[0]");
        Assert.Equal("无障碍声明", first["text"]?.ToString());
        Assert.Equal("zh-CN", first["lang"]?.ToString());
        Assert.Equal("测试普通话", first["voice"]?.ToString());
        // One sentence at a time: the next is spoken only when this one has ended, so the highlight can follow.
        Assert.Single(await Spoken(page));
        Assert.Equal("无障碍声明", await Highlighted(page));

        await Finish(page);
        var second = (await Spoken(page))[1];
        Assert.Equal(second, await Speaking(page));
        Assert.Equal(second, await Highlighted(page));

        while (await page.EvaluateAsync<bool>("speech.finish()"))
        {
            var speaking = await Speaking(page);
            if (speaking is not null) Assert.Equal(speaking, await Highlighted(page));
        }
        var spoken = await Spoken(page);
        var opening = Array.IndexOf(spoken, AccessibilityOpening[0]);
        Assert.True(opening > 0, string.Join("\n", spoken));
        Assert.Equal(AccessibilityOpening, spoken.Skip(opening).Take(AccessibilityOpening.Length));
        Assert.Contains(spoken, s => s.StartsWith("朗读：用浏览器或系统自带的中文语音朗读本页正文；", StringComparison.Ordinal));
        Assert.Equal("问题反馈", spoken[^2]);
        Assert.Equal("如在使用本站时遇到障碍，请通过联系我们页面所列方式告诉我们，并说明遇到问题的页面和具体情况，以便我们改进。", spoken[^1]);
        // Navigation, the toolbar and the sharing box are not the page's text.
        foreach (var notText in new[] { "跳到主要内容", "首页", "字号", "朗读", "扫码在手机上阅读", site.Url("accessibility/").ToString() })
            Assert.DoesNotContain(notText, spoken);

        // Done: said so, the control closed, the highlight gone, the page's markup as it was.
        Assert.Equal("朗读完毕", await Announcement(page));
        Assert.Equal("false", await page.GetAttributeAsync(ReadAloud, "aria-pressed"));
        Assert.False(await page.IsVisibleAsync("#read-aloud-controls"));
        Assert.Null(await Highlighted(page));
        Assert.Equal(main, await page.InnerHTMLAsync("main"));
        Assert.All(requests, url => Assert.Equal(site.Address.Authority, new Uri(url).Authority));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Pause_resume_and_stop_work_from_the_keyboard_and_are_announced()
    {
        var (context, page, _) = await OpenAsync("notice/", FakeSpeech.Script());
        var main = await page.InnerHTMLAsync("main");
        await ReadingToolsTests.TabTo(page, ReadAloud);
        await page.Keyboard.PressAsync("Space");
        // The notice's own text, from its head: the issuer's mark first.
        var first = await page.InnerTextAsync(".gongwen .issuer-mark");
        Assert.Equal(first.Trim(), await Speaking(page));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("暂停", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.EvaluateAsync<bool>("speechSynthesis.paused"));
        Assert.Equal("已暂停朗读", await Announcement(page));
        Assert.Equal("继续", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.Equal(first.Trim(), await Highlighted(page));

        await page.Keyboard.PressAsync("Enter");
        Assert.False(await page.EvaluateAsync<bool>("speechSynthesis.paused"));
        Assert.Equal("继续朗读", await Announcement(page));
        Assert.Equal("暂停", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await Finish(page);
        var second = await Speaking(page);
        Assert.NotNull(second);
        Assert.Equal(second, await Highlighted(page));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("停止", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Null(await Speaking(page));
        Assert.Equal("已停止朗读", await Announcement(page));
        Assert.Null(await Highlighted(page));
        Assert.Equal(main, await page.InnerHTMLAsync("main"));
        Assert.False(await page.IsVisibleAsync("#read-aloud-controls"));
        Assert.Equal("false", await page.GetAttributeAsync(ReadAloud, "aria-pressed"));
        // The focus is not lost with the closed controls: it is back on 朗读.
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.matches('[data-read-aloud]')"));
        var count = (await Spoken(page)).Length;
        Assert.False(await page.EvaluateAsync<bool>("speech.finish()"));
        Assert.Equal(count, (await Spoken(page)).Length);

        // Escape stops too, from anywhere in the controls; 朗读 pressed again while reading stops as well.
        await page.Keyboard.PressAsync("Enter");
        Assert.NotNull(await Speaking(page));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Escape");
        Assert.Null(await Speaking(page));
        Assert.Equal("false", await page.GetAttributeAsync(ReadAloud, "aria-pressed"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        Assert.Null(await Speaking(page));
        Assert.Equal("已停止朗读", await Announcement(page));
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_selection_is_read_instead_of_the_page()
    {
        var (context, page, _) = await OpenAsync("accessibility/", FakeSpeech.Script());
        // From the middle of the opening paragraph to the end of the standards paragraph, as a mouse would select.
        await page.EvaluateAsync("""
            (() => {
              const paragraphs = [...document.querySelectorAll('main .prose p')];
              const from = paragraphs[0].firstChild, to = paragraphs[1].lastChild;
              const range = document.createRange();
              range.setStart(from, from.data.indexOf('致力于'));
              range.setEnd(to, to.data.length);
              getSelection().removeAllRanges();
              getSelection().addRange(range);
            })()
            """);
        await page.ClickAsync(ReadAloud);
        Assert.Equal("开始朗读选中的文字，可按“暂停”或“停止”", await Announcement(page));
        Assert.Equal("致力于让老年人、残障人士在内的所有读者都能方便地浏览和使用本站内容。", await Highlighted(page));
        while (await page.EvaluateAsync<bool>("speech.finish()")) { }
        Assert.Equal(["致力于让老年人、残障人士在内的所有读者都能方便地浏览和使用本站内容。", "遵循的标准", AccessibilityOpening[2]], await Spoken(page));
        Assert.Equal("朗读完毕", await Announcement(page));
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_speed_is_chosen_by_keyboard_heard_at_once_and_remembered()
    {
        var (context, page, _) = await OpenAsync("accessibility/", FakeSpeech.Script());
        await page.ClickAsync(ReadAloud);
        Assert.Equal(1.0, await page.EvaluateAsync<double>("speech.spoken[0].rate"));
        await ReadingToolsTests.TabTo(page, "[data-speech-rate='1']");
        Assert.Equal("慢", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("true", await page.GetAttributeAsync("[data-speech-rate='1']", "aria-pressed"));
        Assert.Equal("false", await page.GetAttributeAsync("[data-speech-rate='0']", "aria-pressed"));
        Assert.Equal("朗读语速已切换为“慢”", await Announcement(page));
        // The sentence being read starts again at the new speed.
        await page.WaitForFunctionAsync("speech.spoken.length === 2");
        var again = await page.EvaluateAsync<Dictionary<string, object>>("speech.spoken[1]");
        Assert.Equal("无障碍声明", again["text"]?.ToString());
        Assert.Equal(0.75, Convert.ToDouble(again["rate"], System.Globalization.CultureInfo.InvariantCulture));
        await Finish(page);
        Assert.Equal(0.75, await page.EvaluateAsync<double>("speech.spoken[2].rate"));

        await page.GotoAsync(site.Url("notice/").ToString());
        Assert.Equal("true", await page.GetAttributeAsync("[data-speech-rate='1']", "aria-pressed"));
        await page.ClickAsync(ReadAloud);
        Assert.Equal(0.75, await page.EvaluateAsync<double>("speech.spoken[0].rate"));
        await page.ClickAsync("[data-speech-rate='2']");
        await page.ClickAsync("[data-read-aloud-stop]");

        // 重置 puts the speed back to 标准 with the other settings.
        await page.ClickAsync("[data-reset]");
        Assert.Equal("true", await page.GetAttributeAsync("[data-speech-rate='0']", "aria-pressed"));
        await page.ClickAsync(ReadAloud);
        Assert.Equal(1.0, await page.EvaluateAsync<double>("speech.spoken[speech.spoken.length - 1].rate"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_the_highlight_api_boxes_over_the_sentence_highlight_it_and_go_on_stop()
    {
        // Browsers before the CSS Custom Highlight API: boxes over the sentence's lines, outside <main>, hidden from screen readers.
        var (context, page, _) = await OpenAsync("accessibility/", FakeSpeech.Script() + "\nObject.defineProperty(CSS, 'highlights', { value: undefined });");
        var main = await page.InnerHTMLAsync("main");
        await page.ClickAsync(ReadAloud);
        Assert.Equal("无障碍声明", await Speaking(page));
        // One box over the title's one line, exactly where its text is.
        const string covered = """
            (() => {
              const range = document.createRange();
              range.selectNodeContents(document.querySelector('main h1'));
              const line = range.getClientRects()[0];
              const boxes = [...document.querySelectorAll('.read-aloud-box')];
              return boxes.length === 1 && boxes[0].parentElement === document.body && boxes[0].getAttribute('aria-hidden') === 'true'
                && ['top', 'left', 'width', 'height'].every(side => Math.abs(boxes[0].getBoundingClientRect()[side] - line[side]) < 1);
            })()
            """;
        Assert.True(await page.EvaluateAsync<bool>(covered));
        Assert.False(await page.EvaluateAsync<bool>("typeof CSS.highlights === 'object' && CSS.highlights !== null"));
        Assert.Equal(main, await page.InnerHTMLAsync("main"));
        await page.ClickAsync("[data-read-aloud-stop]");
        Assert.Equal(0, await page.Locator(".read-aloud-box").CountAsync());
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("no-chinese-voice", "您的浏览器没有中文语音，无法朗读。请在电脑或手机的系统设置中添加中文（普通话）语音，或换用其他浏览器后再试。")]
    [InlineData("no-speech-synthesis", "您的浏览器不支持语音朗读。请换用新版浏览器，或使用电脑、手机自带的读屏功能。")]
    public async Task Where_the_browser_cannot_read_Chinese_a_clear_note_says_so(string browser, string note)
    {
        var speech = browser == "no-speech-synthesis" ? FakeSpeech.None : FakeSpeech.Script(FakeSpeech.NoChineseVoice);
        var (context, page, _) = await OpenAsync("", speech);
        Assert.False(await page.IsVisibleAsync("[data-read-aloud-note]"));
        await ReadingToolsTests.TabTo(page, ReadAloud);
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.IsVisibleAsync("[data-read-aloud-note]"));
        Assert.Equal(note, await page.InnerTextAsync("[data-read-aloud-note]"));
        Assert.Equal(note, await Announcement(page));
        Assert.Equal("false", await page.GetAttributeAsync(ReadAloud, "aria-pressed"));
        Assert.False(await page.IsVisibleAsync("#read-aloud-controls"));
        if (browser != "no-speech-synthesis") Assert.Empty(await Spoken(page));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_reading_tools_are_not_shown()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync(new BrowserNewContextOptions { Locale = "zh-CN", JavaScriptEnabled = false });
        await page.GotoAsync(site.Url("notice/").ToString());
        Assert.Equal(1, await page.Locator(ReadAloud).CountAsync());
        Assert.False(await page.IsVisibleAsync(".reading-tools"));
        Assert.False(await page.IsVisibleAsync(ReadAloud));
        Assert.False(await page.IsVisibleAsync("[data-font-size='1']"));
        Assert.False(await page.IsVisibleAsync("[data-print]"));
        // Reading the page itself still works: the notice's text is there.
        Assert.True(await page.IsVisibleAsync("#notice-title"));
        await context.CloseAsync();

        // With JavaScript the same toolbar is there, with nothing hidden left on it.
        var (withScript, scripted, _) = await site.Chromium.NewPageAsync();
        await scripted.GotoAsync(site.Url("notice/").ToString());
        Assert.True(await scripted.IsVisibleAsync(ReadAloud));
        Assert.Null(await scripted.GetAttributeAsync(".reading-tools", "hidden"));
        await withScript.CloseAsync();
    }
}
