using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>
/// Issue 23 (3): every page kind carries what chat apps and social sites read to show a card for a pasted link: Open
/// Graph (og:title, og:description, og:image, og:url) and its summary card (twitter:card, title, description, image),
/// the image absolute and published, a page's own picture when it has one (a story's cover, else its body's first
/// picture), else the theme's share picture. Read from the fixture build's HTML.
/// </summary>
public sealed class ShareMetadataTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string> FirstOfEachKind
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (kind, path) in FixturePageKinds.FirstOfEachKind) data.Add(kind, path);
            return data;
        }
    }

    private static string? Property(IDocument page, string property)
    {
        var metas = page.Head!.QuerySelectorAll($"meta[property='{property}']").ToList();
        Assert.True(metas.Count <= 1, $"{metas.Count} meta elements with property {property}");
        return metas.FirstOrDefault()?.GetAttribute("content");
    }

    private static string? Name(IDocument page, string name)
    {
        var metas = page.Head!.QuerySelectorAll($"meta[name='{name}']").ToList();
        Assert.True(metas.Count <= 1, $"{metas.Count} meta elements named {name}");
        return metas.FirstOrDefault()?.GetAttribute("content");
    }

    /// <summary>The published file an absolute address of the site names.</summary>
    private string FileOf(string absolute)
    {
        Assert.StartsWith(site.BaseUrl.AbsoluteUri, absolute, StringComparison.Ordinal);
        return site.File(Uri.UnescapeDataString(absolute[site.BaseUrl.AbsoluteUri.Length..]));
    }

    /// <summary>The picture a story page shows first (its cover, else the body's first), as an absolute address; null when none.</summary>
    private string? FirstPictureShown(IDocument page)
    {
        var img = page.QuerySelector("article.story figure.cover img") ?? page.QuerySelector("article.story .prose img");
        return img is null ? null : new Uri(site.BaseUrl, img.GetAttribute("src")!).AbsoluteUri;
    }

    [Theory]
    [MemberData(nameof(FirstOfEachKind))]
    public void Every_page_kind_has_a_share_card_with_title_description_image_and_canonical_address(string kind, string path)
    {
        var page = Parser.ParseDocument(site.Read(path));
        var title = Property(page, "og:title");
        var description = Property(page, "og:description");
        Assert.False(string.IsNullOrWhiteSpace(title), $"{kind}: no og:title");
        Assert.False(string.IsNullOrWhiteSpace(description), $"{kind}: no og:description");
        Assert.Equal(title, Name(page, "twitter:title"));
        Assert.Equal(description, Name(page, "twitter:description"));
        Assert.Equal(description, Name(page, "Description"));

        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal(canonical, Property(page, "og:url"));
        Assert.Equal(new Uri(site.BaseUrl, path).AbsoluteUri, canonical);

        var image = Property(page, "og:image")!;
        Assert.Equal(image, Name(page, "twitter:image"));
        var bytes = File.ReadAllBytes(FileOf(image));
        // Chat apps take PNG or JPEG (not SVG) for a card's picture.
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) || bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }), $"{kind}: {image} is neither PNG nor JPEG");
        Assert.Contains(Name(page, "twitter:card"), new[] { "summary", "summary_large_image" });
    }

    [Fact]
    public void A_story_with_a_picture_shares_its_first_picture_and_a_large_card_the_others_the_theme_picture()
    {
        var stories = Directory.GetFiles(Path.Combine(site.OutputDir, "stories"), "index.html", SearchOption.AllDirectories)
            .Where(f => f.Count(c => c == Path.DirectorySeparatorChar) - site.OutputDir.Count(c => c == Path.DirectorySeparatorChar) == 4)
            .Select(f => Parser.ParseDocument(File.ReadAllText(f)))
            .Where(d => d.QuerySelector("article.story") is not null)
            .ToList();
        Assert.True(stories.Count > 10);
        var withPicture = 0;
        string? themePicture = null;
        foreach (var story in stories)
        {
            var shown = FirstPictureShown(story);
            var image = Property(story, "og:image");
            if (shown is not null)
            {
                withPicture++;
                Assert.Equal(shown, image);
                Assert.Equal("summary_large_image", Name(story, "twitter:card"));
            }
            else
            {
                themePicture ??= image;
                Assert.Equal(themePicture, image);
                Assert.Contains("/assets/images/share-default.", image, StringComparison.Ordinal);
                Assert.Equal("summary", Name(story, "twitter:card"));
            }
        }
        // The fixture has a story with a cover and one with a picture in its body only.
        Assert.True(withPicture >= 2, $"{withPicture} stories with a picture");
    }
}
