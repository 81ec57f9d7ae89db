using Portal.Site;

namespace Portal.Output;

/// <summary>
/// One kind of file the site publishes (HTML pages, search index, feed, sitemap, …), made from the page tree alone.
/// Outputs are siblings: none calls another or back into the build, so each can be read, tested and removed alone.
/// </summary>
public interface ISiteOutput
{
    /// <summary>What the output writes, in Chinese, for the progress line (生成页面, 生成搜索索引…).</summary>
    string Step { get; }

    void Write(PageTree tree, OutputFolder output);
}
