using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Tests.EndToEnd;
using Portal.Tests.Infrastructure;
using Identity = Portal.Tests.Infrastructure.FixtureContent.Identity;

namespace Portal.Tests.Site;

/// <summary>
/// Issue 14: with every identity field filled (the fixture fills them), every page kind carries what an inspector of
/// a government website looks for first, and the notice offers its 索引号 and the original document.
/// </summary>
public sealed class InspectionIdentityTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string sitePath) => Parser.ParseDocument(site.Read(sitePath));

    public static TheoryData<string, string> PageKinds => SnapshotTests.PageKinds;

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void Every_page_kind_shows_the_government_identity(string name, string path)
    {
        var page = Page(path);
        var footer = page.QuerySelector("footer.site-footer")!;

        Assert.Equal(Identity.SiteCode, page.QuerySelector("head meta[name=SiteIDCode]")?.GetAttribute("content"));

        var conac = footer.QuerySelector("a.conac");
        Assert.True(conac is not null, $"{name}: no 党政机关标识");
        Assert.Equal(Identity.ConacUrl, conac.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", conac.GetAttribute("rel"));
        var logo = conac.QuerySelector("img")!;
        Assert.EndsWith(Identity.ConacLogo, logo.GetAttribute("src"));
        Assert.Contains("党政机关", logo.GetAttribute("alt"));

        var icp = footer.QuerySelectorAll("a").Single(a => a.TextContent == Identity.Icp);
        Assert.Equal("https://beian.miit.gov.cn/", icp.GetAttribute("href"));

        var filing = footer.QuerySelectorAll("a").Single(a => a.TextContent == Identity.PublicSecurityFiling);
        Assert.Equal(Identity.PublicSecurityQuery, filing.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", filing.GetAttribute("rel"));
        var badge = filing.QuerySelector("img")!.GetAttribute("src")!;
        Assert.StartsWith("/", badge); // self-hosted: the page asks no other host for it
        Assert.True(File.Exists(site.File(badge.TrimStart('/'))), $"{badge} is not in the site");

        var errorReport = footer.QuerySelectorAll("a").Single(a => a.TextContent.Contains("找错"));
        Assert.Equal(Identity.ErrorReport, errorReport.GetAttribute("href"));

        var footerLinks = footer.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/copyright/", footerLinks);
        Assert.Contains("/privacy/", footerLinks);
        Assert.Contains("/feedback/", footerLinks);
    }

    [Fact]
    public void The_site_map_lists_the_copyright_privacy_and_feedback_pages()
    {
        var links = Page("sitemap/").QuerySelectorAll("main a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("版权声明", "/copyright/"), links);
        Assert.Contains(("隐私声明", "/privacy/"), links);
        Assert.Contains(("咨询建言与社会监督", "/feedback/"), links);
    }

    [Fact]
    public void The_feedback_and_contact_pages_show_the_configured_channels()
    {
        var feedback = Page("feedback/").QuerySelector("main .channels")!;
        Assert.Contains(feedback.QuerySelectorAll("a"), a => a.GetAttribute("href") == Identity.FeedbackUrl && a.GetAttribute("rel") == "noopener noreferrer");
        Assert.Contains(feedback.QuerySelectorAll("a"), a => a.TextContent == Identity.FeedbackPhone && a.GetAttribute("href") == "tel:0931-8888014");
        Assert.Contains("甘肃省兰州市城关区", feedback.TextContent);
        Assert.Null(Page("feedback/").QuerySelector("main form")); // no form that posts anywhere

        var contact = Page("contact/").QuerySelector("main .channels")!;
        Assert.Contains(Identity.ContactPhone, contact.TextContent);
        Assert.DoesNotContain(Identity.FeedbackPhone, contact.TextContent);
        Assert.Null(Page("about/").QuerySelector("main .channels"));
    }

    [Fact]
    public void The_notice_shows_its_index_number_and_offers_the_original_for_download()
    {
        var page = Page("notice/");
        var rows = page.QuerySelectorAll("table.doc-meta tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal(Identity.IndexNumber, rows["索引号"]);

        var download = page.QuerySelector(".doc-downloads li")!;
        var link = download.QuerySelector("a")!;
        Assert.Equal(Identity.AttachmentTitle, link.TextContent);
        Assert.Equal("/" + Identity.AttachmentFile, link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"));
        Assert.Equal("（PDF，3 KB）", download.QuerySelector(".file-info")!.TextContent);
        Assert.Equal(FixtureContent.Pdf, File.ReadAllBytes(site.File(Identity.AttachmentFile)));
    }
}
