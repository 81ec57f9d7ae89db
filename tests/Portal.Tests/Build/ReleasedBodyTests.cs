using Portal.Loading;

namespace Portal.Tests.Build;

/// <summary>
/// A one-off build lets a story's Markdown text go once its page is written (100,000 stories in 2 GiB): what the
/// outputs after the pages read of a body must outlive that.
/// </summary>
public sealed class ReleasedBodyTests
{
    private const string Body = "## 主要做法\n\n加快实施**零碳服务区**，见[通知](/notice/)。\n";

    [Fact]
    public void Search_text_headings_links_and_fingerprint_outlive_the_released_text()
    {
        var source = MarkdownParser.Parse(Body, "stories/2025/a.md", 10);
        var (plain, headings, links, hash) = (source.PlainText, source.Headings, source.Links, source.TextHash);

        source.ReleaseText();

        Assert.Equal(plain, source.PlainText);
        Assert.Contains("零碳服务区", source.PlainText, StringComparison.Ordinal);
        Assert.Equal(["主要做法"], source.Headings);
        Assert.Equal(headings, source.Headings);
        Assert.Equal(links, source.Links);
        Assert.Equal(hash, source.TextHash);
        Assert.Equal(MarkdownParser.Parse(Body, "stories/2025/a.md", 10).TextHash, source.TextHash);
    }

    [Fact]
    public void Asking_for_a_released_text_names_the_file_instead_of_rendering_nothing()
    {
        var source = MarkdownParser.Parse(Body, "stories/2025/a.md", 10);
        source.ReleaseText();
        var error = Assert.Throws<InvalidOperationException>(() => source.Document);
        Assert.Contains("stories/2025/a.md", error.Message, StringComparison.Ordinal);
    }
}
