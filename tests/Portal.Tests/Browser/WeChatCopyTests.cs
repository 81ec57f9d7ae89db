using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Portal.Preview;
using Portal.Rendering;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// 复制公众号版 in `serve` and its editor (#23 item 1), as an editor does it: open the story, press the button, and paste. The clipboard
/// holds the 公众号 copy (only allowed tags, inline styles, no class, script or relative address, links as numbered notes,
/// pictures by absolute address with captions), and a contenteditable page in Chromium keeps it when it is pasted.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium, a server
public sealed class WeChatCopyTests : IAsyncLifetime
{
    public const string GuideShot = "15-wechat-copy.png";

    private readonly ServedContent served = new(WeChatStory.WriteTo);

    public Task InitializeAsync() => served.InitializeAsync();

    public Task DisposeAsync() => served.DisposeAsync();

    private async Task<(IBrowserContext Context, IPage Page)> StoryPage()
    {
        var (context, page, _) = await served.Chromium.NewPageAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = served.Session.Address.GetLeftPart(UriPartial.Authority) });
        await page.GotoAsync(new Uri(served.Session.Address, WeChatStory.Path).AbsoluteUri);
        return (context, page);
    }

    [Fact]
    public async Task The_button_copies_the_wechat_version_and_a_paste_keeps_it()
    {
        var (context, page) = await StoryPage();
        var button = page.GetByRole(AriaRole.Button, new() { Name = "复制公众号版" });
        await button.ClickAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#portal-wechat [role=status]")).ToContainTextAsync("已复制公众号版", new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = GuideScreenshots.PathOf(GuideShot) });

        var clipboard = await page.EvaluateAsync<string[]>("""
            async () => {
              const [item] = await navigator.clipboard.read();
              const read = async type => item.types.includes(type) ? await (await item.getType(type)).text() : '';
              return [await read('text/html'), await read('text/plain')];
            }
            """);
        var (html, text) = (clipboard[0], clipboard[1]);
        CheckCopiedHtml(html);
        Assert.Contains("主要做法", text);
        Assert.Contains(WeChatStory.FirstCaption, text);
        Assert.DoesNotContain("<", text);

        // Pasted into an editable page, as into the 公众号 editor: Chromium's own paste keeps what WeChat needs.
        // The pasted pictures name the published site's host: no request may leave 127.0.0.1 (they stay <img> elements).
        var local = served.Session.Address.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync(url => !url.StartsWith(local, StringComparison.Ordinal), route => route.AbortAsync());
        var editor = await context.NewPageAsync();
        await editor.GotoAsync(new Uri(served.Session.Address, "__portal/errors").AbsoluteUri);
        await editor.SetContentAsync("<!DOCTYPE html><html lang=\"zh-CN\"><body><div id=\"editor\" contenteditable=\"true\"></div></body></html>");
        await editor.FocusAsync("#editor");
        await editor.Keyboard.PressAsync("ControlOrMeta+V");
        await editor.WaitForFunctionAsync("() => document.querySelectorAll('#editor img').length === 3", null, new() { Timeout = 30_000 });
        var pasted = await editor.EvaluateAsync<JsonElement>("""
            () => {
              const e = document.getElementById('editor');
              const all = [...e.querySelectorAll('*')];
              return {
                headings: [...e.querySelectorAll('h2, h3')].map(h => h.textContent),
                rows: [...e.querySelectorAll('table tr')].map(r => [...r.children].map(c => c.textContent).join('|')),
                images: [...e.querySelectorAll('img')].map(i => i.getAttribute('src')),
                text: e.innerText,
                notes: [...e.querySelectorAll('sup')].map(s => s.textContent),
                h2Border: e.querySelector('h2').style.borderLeftWidth,
                h2Color: e.querySelector('h2').style.color,
                imageWidth: e.querySelector('img').style.maxWidth,
                cellBorder: e.querySelector('td').style.borderTopStyle,
                classes: all.filter(x => x.hasAttribute('class')).length,
                scripts: e.querySelectorAll('script, style').length,
              };
            }
            """);
        Assert.Equal(WeChatStory.Headings, pasted.GetProperty("headings").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(["项目|里程", "新改建农村公路|120公里", "日常养护|300公里"], pasted.GetProperty("rows").EnumerateArray().Select(r => r.GetString()));
        Assert.All(pasted.GetProperty("images").EnumerateArray(), i => Assert.StartsWith("https://", i.GetString()));
        Assert.Equal(["[1]", "[2]", "[3]"], pasted.GetProperty("notes").EnumerateArray().Select(s => s.GetString()));
        var pastedText = pasted.GetProperty("text").GetString()!;
        Assert.Contains($"[2] 交通运输部网站：{WeChatStory.OutsideLink}", pastedText);
        Assert.Contains(WeChatStory.SecondCaption, pastedText);
        Assert.Equal("4px", pasted.GetProperty("h2Border").GetString());
        Assert.Equal("rgb(183, 28, 28)", pasted.GetProperty("h2Color").GetString());
        Assert.Equal("100%", pasted.GetProperty("imageWidth").GetString());
        Assert.Equal("solid", pasted.GetProperty("cellBorder").GetString());
        Assert.Equal(0, pasted.GetProperty("scripts").GetInt32());
        await context.CloseAsync();
    }

    /// <summary>What the clipboard's rich text must be for the 公众号 editor.</summary>
    private static void CheckCopiedHtml(string html)
    {
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html + "</body>").Body!;
        // Chromium puts a charset declaration before the copied markup; the copy itself starts after it.
        foreach (var meta in body.QuerySelectorAll("meta").ToList()) meta.Remove();
        var elements = body.QuerySelectorAll("*").ToList();
        Assert.Contains(elements, e => e.LocalName == "table");
        foreach (var e in elements)
        {
            Assert.Contains(e.LocalName, WeChatArticle.AllowedTags);
            Assert.Null(e.GetAttribute("class"));
            Assert.Null(e.GetAttribute("id"));
            Assert.Null(e.GetAttribute("href"));
            Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
        Assert.Empty(body.QuerySelectorAll("script, style, link, a"));
        foreach (var e in body.QuerySelectorAll("section, p, h2, h3, table, th, td, img, sup"))
            Assert.False(string.IsNullOrWhiteSpace(e.GetAttribute("style")), e.OuterHtml);
        var images = body.QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.Equal(3, images.Count);
        Assert.All(images, src => Assert.True(Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.Scheme == "https", src));
        Assert.EndsWith(WeChatStory.Path + "qr.png", images[2]);
        Assert.Equal(["[1]", "[2]", "[3]"], body.QuerySelectorAll("sup").Select(s => s.TextContent));
        var paragraphs = body.QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.Contains(WeChatStory.FirstCaption, paragraphs);
        Assert.Contains(WeChatStory.SecondCaption, paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("[3] 甘肃日报：" + WeChatStory.SourceUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_editor_offers_the_copy_of_the_open_story()
    {
        var (context, page) = await StoryPage();
        await page.GotoAsync(new Uri(served.Session.Address, "admin/#/collections/stories/entries/" + WeChatStory.Path["stories/".Length..^1]).AbsoluteUri);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("登录") }).ClickAsync(new() { Timeout = 60_000 });
        var button = page.GetByRole(AriaRole.Button, new() { Name = "复制公众号版" });
        await button.ClickAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#portal-wechat [role=status]")).ToContainTextAsync("已复制公众号版", new() { Timeout = 30_000 });
        var html = await page.EvaluateAsync<string>("async () => { const [item] = await navigator.clipboard.read(); return await (await item.getType('text/html')).text(); }");
        CheckCopiedHtml(html);
        // Back to the list of stories: no story is open, no button.
        await page.EvaluateAsync("() => { window.location.hash = '#/collections/stories'; }");
        await Assertions.Expect(page.Locator("#portal-wechat")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await context.CloseAsync();
    }

    [Fact]
    public async Task Only_story_pages_offer_the_copy_and_the_published_site_never_does()
    {
        var (context, page) = await StoryPage();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "复制公众号版" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.GotoAsync(new Uri(served.Session.Address, "notice/").AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, await page.Locator("#portal-wechat").CountAsync());
        using var http = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(new Uri(served.Session.Address, "__portal/wechat/notice/"))).StatusCode);
        await context.CloseAsync();

        using var published = new ContentCase();
        WeChatStory.WriteTo(published.ContentDir);
        Assert.True(published.Build().Success);
        foreach (var file in Directory.EnumerateFiles(published.OutputDir, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html") || f.EndsWith(".js")))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("复制公众号版", text);
            Assert.DoesNotContain("__portal", text);
        }
    }
}
