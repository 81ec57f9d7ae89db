using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Tests.Infrastructure;
using Portal.TestSupport;
using Identity = Portal.Tests.Infrastructure.FixtureContent.Identity;

namespace Portal.Tests.Site;

/// <summary>
/// Issue 21, item 7: the department's 政务新媒体 accounts (site.yml `newMedia`; the fixture lists two, one with its
/// page's address and one without) are in every page's footer and on 关于本站, each with its QR code (an image the site
/// publishes, with its alternative text) and, where given, a link to the account; an empty list shows nothing.
/// </summary>
public sealed class NewMediaTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_page_footer_lists_the_accounts_with_their_qr_codes_and_links()
    {
        var pages = Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages");
        foreach (var file in pages)
        {
            var footer = Parser.ParseDocument(File.ReadAllText(file)).QuerySelector("footer.site-footer");
            Assert.True(footer is not null, $"{file}: no footer");
            AssertAccounts(footer.QuerySelector(".new-media"), Path.GetRelativePath(site.OutputDir, file));
        }
    }

    [Fact]
    public void The_about_page_lists_the_accounts_in_its_main_content()
    {
        var about = Parser.ParseDocument(site.Read("about/"));
        var list = about.QuerySelector("main .new-media");
        AssertAccounts(list, "about/");
        // The footer's list is there too: the two headings are told apart by their ids.
        Assert.NotEqual(list!.GetAttribute("aria-labelledby"), about.QuerySelector("footer .new-media")!.GetAttribute("aria-labelledby"));
        // Only 关于本站 lists them in its content.
        Assert.Null(Parser.ParseDocument(site.Read("contact/")).QuerySelector("main .new-media"));
    }

    [Fact]
    public void An_empty_list_shows_nothing()
    {
        using var content = new ContentCase(new MiniSite().With("content/site.yml", new MiniSite().Texts["content/site.yml"] + "newMedia: []\n"));
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var pages = Directory.EnumerateFiles(content.OutputDir, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.DoesNotContain("new-media", File.ReadAllText(page)));
    }

    [Fact]
    public void An_account_on_another_platform_is_named_by_itself_in_its_qr_codes_text()
    {
        const string Accounts = """
            newMedia:
              - platform: 其他
                name: 交通测试客户端
                qr: media/app.png

            """;
        using var content = new ContentCase(new MiniSite().With("content/site.yml", new MiniSite().Texts["content/site.yml"] + Accounts))
            .WriteBytes("media/app.png", FixtureContent.Png);
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var account = Parser.ParseDocument(File.ReadAllText(Path.Combine(content.OutputDir, "index.html"))).QuerySelector("footer .new-media li")!;
        Assert.Equal("“交通测试客户端”二维码", account.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("/portal/media/app.png", account.QuerySelector("img")!.GetAttribute("src"));
        Assert.Null(account.QuerySelector("a"));
    }

    /// <summary>The fixture's two accounts, in order: heading, platform, name, QR code (published, with its text) and link.</summary>
    private void AssertAccounts(IElement? list, string where)
    {
        Assert.True(list is not null, $"{where}: no 政务新媒体 list");
        var heading = list.QuerySelector("h2")!;
        Assert.Equal("政务新媒体", heading.TextContent);
        Assert.Equal(heading.Id, list.GetAttribute("aria-labelledby"));
        var items = list.QuerySelectorAll("li");
        Assert.True(items.Length == Identity.NewMedia.Count, $"{where}: {items.Length} accounts");
        foreach (var (account, item) in Identity.NewMedia.Zip(items))
        {
            Assert.Equal(account.Platform, item.QuerySelector(".new-media-platform")?.TextContent);
            Assert.Equal(account.Name, item.QuerySelector(".new-media-name")?.TextContent);
            var qr = item.QuerySelector("img")!;
            Assert.Equal($"{account.Platform}“{account.Name}”二维码", qr.GetAttribute("alt"));
            var src = qr.GetAttribute("src")!;
            Assert.Equal(site.BaseUrl.AbsolutePath + account.Qr, src);
            Assert.Equal(File.ReadAllBytes(Path.Combine(site.ContentDir, account.Qr)), File.ReadAllBytes(site.File(account.Qr)));
            var link = item.QuerySelector("a");
            if (account.Url is null)
            {
                Assert.True(link is null, $"{where}: {account.Name} has no address, yet is linked");
                continue;
            }
            Assert.True(link is not null, $"{where}: {account.Name} is not linked");
            Assert.Equal(account.Url, link.GetAttribute("href"));
            Assert.Equal(account.Name, link.TextContent);
            Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        }
    }
}
