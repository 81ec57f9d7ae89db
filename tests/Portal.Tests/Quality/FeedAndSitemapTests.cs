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

    /// <summary>Every published page: the fixture, as shipped, configures no web backend for the editor, so there is no /admin/.</summary>
    private IEnumerable<string> PublicPages() => Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories);

    /// <summary>
    /// Issue 21: with `editing.backend` empty (as shipped) the build publishes no editor (it could save nowhere), and no
    /// page, the sitemap or robots.txt refers to one. (With a backend: Outputs/CmsConfigTests.)
    /// </summary>
    [Fact]
    public void Without_a_web_backend_no_editor_is_published_and_nothing_refers_to_one()
    {
        Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "admin")));
        Assert.DoesNotContain("admin/", File.ReadAllText(site.File("robots.txt")));
        Assert.DoesNotContain("admin/", File.ReadAllText(site.File("sitemap.xml")));
        Assert.All(PublicPages(), f => Assert.DoesNotContain("admin/", File.ReadAllText(f)));
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
