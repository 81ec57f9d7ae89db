using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.EndToEnd;

/// <summary>The notice page reproduces the official document: every sentence of the source, in order.</summary>
public sealed partial class NoticeTextTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static IReadOnlyList<string> SourceSentences()
    {
        // Page-break artefacts are line breaks inside sentences: removing all whitespace joins them.
        // The source marks emphasis as **…**, which the page renders as <strong>. Units also end at "）"
        // because the page puts the 附件 label between （此件公开发布） and the attachment title.
        var text = Whitespace().Replace(File.ReadAllText(RepositoryPaths.SourceNotice), "").Replace("**", "");
        return Regex.Split(text, "(?<=[。；：！？）])").Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    /// <summary>The page's text without the 〔原文如此〕 marks: they annotate the source's words, never replace them.</summary>
    private string PageText()
    {
        var document = new HtmlParser().ParseDocument(site.Read("notice/"));
        foreach (var mark in document.QuerySelectorAll("article.gongwen .sic").ToList()) mark.Remove();
        return Whitespace().Replace(document.QuerySelector("article.gongwen")!.TextContent, "");
    }

    [Fact]
    public void Every_sentence_of_the_source_appears_in_order()
    {
        var text = PageText();
        var sentences = SourceSentences();
        Assert.True(sentences.Count > 60, $"only {sentences.Count} sentences parsed from the source");
        var position = 0;
        foreach (var sentence in sentences)
        {
            var found = text.IndexOf(sentence, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"missing or out of order: {sentence}");
            position = found + sentence.Length;
        }
    }

    [Fact]
    public void The_page_has_the_gongwen_parts()
    {
        var document = new HtmlParser().ParseDocument(site.Read("notice/"));
        Assert.Equal("甘肃省交通运输厅文件", document.QuerySelector(".issuer-mark")!.TextContent);
        Assert.Equal("甘交办〔2025〕2号", document.QuerySelector(".doc-number")!.TextContent);
        Assert.Equal("甘肃省交通运输厅关于深化“三抓三促”行动的通知", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("2025年2月25日印发", document.QuerySelector(".banji")!.TextContent);
        Assert.NotNull(document.GetElementById("attachment"));
        var metadata = document.QuerySelectorAll(".doc-meta th").Select(th => th.TextContent).ToList();
        Assert.Contains("发文字号", metadata);
        Assert.Contains("印发日期", metadata);
        Assert.DoesNotContain("成文日期", metadata); // the source gives none
        Assert.Contains("发布日期", metadata);
        Assert.Contains("公开属性", metadata);
        Assert.NotNull(document.GetElementById("一优化领导机制"));
        Assert.NotNull(document.GetElementById("5-有效防范化解债务风险"));
    }

    [Fact]
    public void The_test_would_catch_a_dropped_sentence()
    {
        var text = PageText().Replace("厅“三抓三促”行动领导小组及办公室同步撤销。", "");
        Assert.Contains(SourceSentences(), s => text.IndexOf(s, StringComparison.Ordinal) < 0);
    }
}

/// <summary>Inspections count an undated item as never updated: every content page shows a date.</summary>
public sealed class PublishDateTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Every_content_page_shows_a_date()
    {
        var parser = new HtmlParser();
        var undated = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.OutputDir, file);
            // Not content: the 404 page and the search page.
            if (relative is "404.html" || relative.StartsWith("search")) continue;
            var dates = parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("main .page-date time[datetime]");
            if (dates.Length == 0) undated.Add(relative);
        }
        Assert.Empty(undated);
    }
}
