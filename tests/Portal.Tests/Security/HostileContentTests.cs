using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>A site whose stories carry the usual XSS vectors, in raw HTML and in front matter.</summary>
public sealed class HostileSite : ServedSite
{
    public const string HostileTitle = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";

    public static readonly (string Name, string Html)[] Vectors =
    [
        ("script", "<script>alert(1)</script>"),
        ("event-handler", "<img src=\"x\" onerror=\"alert(1)\" alt=\"x\"><p onclick=\"alert(1)\">点击</p>"),
        ("javascript-url", "<a href=\"javascript:alert(1)\">链接</a><a href=\"JaVaScRiPt&colon;alert(1)\">链接</a>"),
        ("data-url", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">链接</a>"),
        ("iframe", "<iframe src=\"https://evil.example/\"></iframe>"),
        ("object", "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">"),
        ("style-expression", "<div style=\"width: expression(alert(1))\">x</div><style>body { background: url(javascript:alert(1)) }</style>"),
        ("svg-script", "<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>"),
        ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><base href=\"https://evil.example/\">"),
        ("form", "<form action=\"https://evil.example/\"><input name=\"p\"><button>提交</button></form>"),
        ("mutation-xss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
        ("external-link", "<a href=\"https://www.gov.cn/\">中国政府网</a>"),
    ];

    protected override void Prepare(string contentDir)
    {
        FixtureContent.Create(contentDir);
        for (var i = 0; i < Vectors.Length; i++)
        {
            var (name, html) = Vectors[i];
            var date = new DateOnly(2025, 6, 1).AddDays(i);
            var title = i == 0 ? HostileTitle.Replace("\"", "\\\"") : "恶意内容测试：" + name;
            File.WriteAllText(Path.Combine(contentDir, "stories", "2025", $"{date:yyyy-MM-dd}-hostile-{name}.md"),
                $"---\ntitle: \"{title}\"\ndate: {date:yyyy-MM-dd}\ntasks: [9]\ntype: 即时报道\ntags: [恶意内容测试]\nsummary: \"<img src=x onerror=alert(3)>摘要\"\n---\n\n正文。\n\n{html}\n\n结尾段落。\n");
        }
    }
}

[Trait(Tier.Category, Tier.Slow)] // Chromium and a server
public sealed class HostileContentTests(HostileSite site) : IClassFixture<HostileSite>
{
    public static TheoryData<string> VectorNames => new(HostileSite.Vectors.Select(v => v.Name));

    private static string StoryPath(string name)
    {
        var index = Array.FindIndex(HostileSite.Vectors, v => v.Name == name);
        return $"stories/2025/{new DateOnly(2025, 6, 1).AddDays(index):yyyy-MM-dd}-hostile-{name}/";
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Nothing_executable_reaches_the_page(string name)
    {
        var html = File.ReadAllText(Path.Combine(site.OutputDir, StoryPath(name), "index.html"));
        var document = new HtmlParser().ParseDocument(html);
        var prose = document.QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("script, iframe, object, embed, style, meta, base, form, input, button, link"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name}: {element.TagName} has {attribute.Name}");
                var value = attribute.Value.Replace(" ", "").ToLowerInvariant();
                Assert.False(value.StartsWith("javascript:") || value.StartsWith("data:text") || value.Contains("expression("), $"{name}: {attribute.Name}={attribute.Value}");
            }
        }
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), "inline script in page"));
        Assert.Contains("结尾段落。", prose.TextContent);
    }

    [Fact]
    public void Links_to_other_hosts_get_noopener_noreferrer()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputDir, StoryPath("external-link"), "index.html")));
        var link = document.QuerySelector(".prose a[href='https://www.gov.cn/']")!;
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Fact]
    public void A_hostile_title_is_text_in_html_feed_sitemap_and_search_index()
    {
        var page = File.ReadAllText(Path.Combine(site.OutputDir, StoryPath("script"), "index.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        var feed = File.ReadAllText(Path.Combine(site.OutputDir, "feed.xml"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", feed);
        // In the index the title is JSON data: it parses back to the very same text (the page shows it with textContent).
        var records = Directory.EnumerateFiles(Path.Combine(site.OutputDir, "search"), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "d")
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("t").GetString());
        Assert.Contains(HostileSite.HostileTitle, records);
        foreach (var file in Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("<img src=x onerror=alert", File.ReadAllText(file));
    }

    [Fact]
    public async Task No_dialog_opens_in_chromium_on_the_story_lists_and_search()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        foreach (var path in new[] { StoryPath("script"), StoryPath("event-handler"), StoryPath("svg-script"), StoryPath("mutation-xss"), "stories/", "tags/", "" })
        {
            await page.GotoAsync(site.Url(path).ToString());
        }
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("恶意内容测试")).ToString());
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        Assert.True(await page.EvalOnSelectorAllAsync<int>("#search-results > li", "e => e.length") > 0);
        await page.WaitForTimeoutAsync(300);
        Assert.Empty(dialogs);
        await context.CloseAsync();
    }
}
