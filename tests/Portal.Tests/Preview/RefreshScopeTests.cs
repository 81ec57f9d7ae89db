using Portal.Preview;

namespace Portal.Tests.Preview;

/// <summary>Which open tabs an update concerns, from the files it wrote or removed.</summary>
public sealed class RefreshScopeTests
{
    [Fact]
    public void Pages_are_named_by_their_address_and_files_no_page_shows_concern_no_tab()
    {
        Assert.Equal("[\"/\",\"/stories/2025/a/\",\"/tasks/4/\"]",
            RefreshScope.Of(["stories/2025/a/index.html", "index.html", "tasks/4/index.html", "feed.xml", "sitemap.xml", "robots.txt", "tasks/ledger.csv", "stories/2025/a/qr.svg"]));
        Assert.Equal("[]", RefreshScope.Of([]));
    }

    [Fact]
    public void The_search_index_concerns_the_search_page()
    {
        Assert.Equal("[\"/search/\"]", RefreshScope.Of(["search/index-preview/manifest.json", "search/index-preview/shard-3.json"]));
    }

    [Theory]
    [InlineData("assets/css/site.0123456789.css")]
    [InlineData("media/2025/photo.jpg")]
    [InlineData("404.html")]
    public void A_file_many_pages_use_concerns_every_tab(string file)
    {
        Assert.Equal(RefreshScope.Everything, RefreshScope.Of(["stories/2025/a/index.html", file]));
    }

    [Fact]
    public void A_full_publish_or_a_long_list_concerns_every_tab()
    {
        Assert.Equal(RefreshScope.Everything, RefreshScope.Of(null));
        Assert.Equal(RefreshScope.Everything, RefreshScope.Of(Enumerable.Range(0, 501).Select(i => $"stories/2025/s{i}/index.html").ToList()));
        Assert.StartsWith("[", RefreshScope.Of(Enumerable.Range(0, 500).Select(i => $"stories/2025/s{i}/index.html").ToList()));
    }
}
