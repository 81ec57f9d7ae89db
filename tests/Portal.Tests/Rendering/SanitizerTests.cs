using Portal.Loading;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Tests.Rendering;

public sealed class SanitizerTests
{
    private static string Render(string markdown) =>
        new MarkdownRenderer(new SiteUrls(new Uri("https://example.gov.cn/"))).ToHtml(MarkdownParser.Parse(markdown, "x.md", 1));

    [Theory]
    [InlineData("正文。\n\n<img src=\"x\" onerror=\"alert(1)\" alt=\"x\">\n\n结尾。", "onerror")]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("文字<a href=\"javascript:alert(1)\">链接</a>文字", "javascript:")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>", "<iframe")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\" alt=\"x\"><p onclick=\"alert(1)\">点击</p>", "onclick")]
    [InlineData("> <meta http-equiv=\"refresh\" content=\"0\"> 引用", "<meta")]
    [InlineData("- 列表 <object data=\"x.swf\"></object>", "<object")]
    public void Raw_html_is_sanitized(string markdown, string forbidden)
    {
        var html = Render(markdown);
        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_without_html_is_not_touched_and_keeps_chinese_heading_ids()
    {
        var html = Render("## 一、总体要求\n\n**加粗**和[链接](/notice/)。");
        Assert.Contains("<h2 id=\"一总体要求\">一、总体要求</h2>", html);
        Assert.Contains("<strong>加粗</strong>", html);
        Assert.Contains("href=\"/notice/\"", html);
    }

    /// <summary>The guide's picture-caption syntax (Markdig figures) reaches the page as figure and figcaption.</summary>
    [Fact]
    public void A_picture_caption_in_the_text_is_kept_as_figure_and_figcaption()
    {
        var html = Render("^^^\n![养护工人在雪后清理路面](media/2025/snow.jpg)\n^^^ 图为 G312 线养护工人清理积雪（省公路事业发展中心供图）");
        Assert.Contains("<figure>", html);
        Assert.Contains("<img src=\"", html);
        Assert.Contains("<figcaption>图为 G312 线养护工人清理积雪（省公路事业发展中心供图）</figcaption>", html);
    }
}
