using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Quality;

public abstract class FeedAndSitemapChecks(BuiltSite site)
{
    [Fact]
    public void The_atom_feed_parses_and_links_absolutely_under_the_base_url()
    {
        using var reader = XmlReader.Create(site.File("feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(20, feed.Items.Count());
        foreach (var item in feed.Items)
        {
            var link = item.Links.Single().Uri;
            Assert.True(link.IsAbsoluteUri);
            Assert.StartsWith(site.BaseUrl.AbsoluteUri, link.AbsoluteUri);
            Assert.True(File.Exists(site.File(link.AbsoluteUri[site.BaseUrl.AbsoluteUri.Length..])));
        }
        var dates = feed.Items.Select(i => i.PublishDate).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    /// <summary>Every published page but the editors' /admin/, which is not for the public (noindex, its own policy).</summary>
    private IEnumerable<string> PublicPages()
    {
        var admin = Path.Combine(site.OutputDir, "admin") + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories).Where(f => !f.StartsWith(admin, StringComparison.Ordinal));
    }

    [Fact]
    public void The_editors_admin_page_is_kept_out_of_search_engines_under_its_own_policy()
    {
        var admin = File.ReadAllText(site.File("admin/"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", admin);
        Assert.Contains("unsafe-eval", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(admin).QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
        Assert.Contains($"Disallow: {site.BaseUrl.AbsolutePath}admin/", File.ReadAllText(site.File("robots.txt")));
        // The public pages' policy never allows evaluated code.
        Assert.All(PublicPages(), f => Assert.DoesNotContain("unsafe-eval", File.ReadAllText(f)));
    }

    [Fact]
    public void The_sitemap_lists_every_indexable_page_with_absolute_urls()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        using var reader = XmlReader.Create(site.File("sitemap.xml"));
        var urls = XDocument.Load(reader).Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.All(urls, u => Assert.StartsWith(site.BaseUrl.AbsoluteUri, u));
        var pages = PublicPages().Count(f => !f.EndsWith("404.html"));
        Assert.Equal(pages, urls.Count);
        Assert.DoesNotContain(urls, u => u.Contains("/admin/"));
        Assert.Contains(new Uri(site.BaseUrl, "notice/").AbsoluteUri, urls);
        Assert.Contains($"Sitemap: {new Uri(site.BaseUrl, "sitemap.xml").AbsoluteUri}", File.ReadAllText(site.File("robots.txt")));
    }

    [Fact]
    public void Every_page_has_description_open_graph_and_canonical_url()
    {
        var parser = new HtmlParser();
        foreach (var file in PublicPages())
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=Description]")?.GetAttribute("content")), file);
            Assert.NotNull(document.QuerySelector("meta[property='og:title']"));
            var canonical = document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            Assert.StartsWith(site.BaseUrl.AbsoluteUri, canonical);
            Assert.Equal(canonical, document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
            Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
            Assert.Contains("script-src 'self'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
            Assert.Empty(document.QuerySelectorAll("script:not([src])"));
        }
    }
}

public sealed class FeedAndSitemapTests(BuiltSite site) : FeedAndSitemapChecks(site), IClassFixture<BuiltSite>;

public sealed class FeedAndSitemapUnderSubPathTests(BuiltSiteUnderSubPath site) : FeedAndSitemapChecks(site), IClassFixture<BuiltSiteUnderSubPath>;
