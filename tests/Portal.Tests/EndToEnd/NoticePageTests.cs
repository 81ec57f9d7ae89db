using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Issue 21, item 6: the notice page as the shipped content builds it, with a 综述评论 story and a page that name
/// themselves its 政策解读: the 版记's 署名 and 印发 date as the notice ends, no 成文日期 the notice does not give, the
/// 附件说明 line before the attachment, 〔原文如此〕 after each configured typo and nowhere else, 解读 links both ways.
/// </summary>
public sealed partial class NoticePageTests(NoticePageTests.ShippedWithInterpretations site) : IClassFixture<NoticePageTests.ShippedWithInterpretations>
{
    public const string StoryPath = "stories/2025/2025-03-03-notice-reading.md";
    public const string PagePath = "pages/notice-reading.md";

    /// <summary>The shipped content plus one interpreting story and one interpreting page, built once for the class.</summary>
    public sealed class ShippedWithInterpretations : IDisposable
    {
        private readonly ContentCase content = new();

        public ShippedWithInterpretations()
        {
            content.Write(StoryPath, ContentCase.Story(title: "深化“三抓三促”行动通知解读", date: "2025-03-03", type: "综述评论", extra: "interprets: notice"));
            content.Write(PagePath, "---\ntitle: 通知政策解读\nsummary: 对通知的解读。\ninterprets: notice\n---\n\n解读正文。\n");
            var result = content.Build();
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        }

        public string ContentDir => content.ContentDir;

        public IDocument Page(string sitePath) =>
            new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.OutputDir, Portal.Output.OutputFolder.FileOf(sitePath))));

        public IEnumerable<string> HtmlFiles() => Directory.EnumerateFiles(content.OutputDir, "*.html", SearchOption.AllDirectories);

        public void Dispose() => content.Dispose();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Parsed once per test: nodes are compared by position within one document.</summary>
    private IDocument Notice => notice ??= site.Page("notice/");

    private IDocument? notice;

    /// <summary>The words notice.md configures as 〔原文如此〕, read from the content, not repeated here.</summary>
    private IReadOnlyList<string> SicWords()
    {
        var line = File.ReadAllLines(Path.Combine(site.ContentDir, "notice.md")).Single(l => l.StartsWith("sic: [", StringComparison.Ordinal));
        return line["sic: [".Length..line.IndexOf(']')].Split(',').Select(w => w.Trim()).ToList();
    }

    private static bool Precedes(INode a, INode b)
    {
        Assert.Same(a.Owner, b.Owner);
        return a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following);
    }

    [Fact]
    public void The_notice_ends_with_the_issuing_office_and_the_issue_date_as_the_original_does()
    {
        var article = Notice.QuerySelector("article.gongwen")!;
        var banji = article.QuerySelector("footer.banji")!;
        Assert.Same(banji, article.Children.Last());
        Assert.True(Precedes(Notice.GetElementById("attachment")!, banji), "the 版记 follows the attachment");
        Assert.Equal("甘肃省交通运输厅办公室", banji.QuerySelector(".issuing-office")!.TextContent);
        var issued = banji.QuerySelector(".issue-date")!;
        Assert.Equal("2025年2月25日印发", issued.TextContent);
        Assert.Equal("2025-02-25", issued.QuerySelector("time")!.GetAttribute("datetime"));
        // The source ends exactly so: the 印发机关 and the 印发 date are its last two lines.
        var source = File.ReadAllLines(RepositoryPaths.SourceNotice).Where(l => l.Trim().Length > 0).TakeLast(2).Select(l => l.Trim()).ToList();
        Assert.Equal(["甘肃省交通运输厅办公室", "2025年2月25日印发"], source);
    }

    [Fact]
    public void Without_a_written_date_in_content_the_page_shows_the_issue_date_and_no_signature()
    {
        var rows = Notice.QuerySelectorAll(".doc-meta tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal("2025年2月25日", rows["印发日期"]);
        Assert.DoesNotContain("成文日期", Notice.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(Notice.QuerySelector(".signature"));
        Assert.DoesNotContain("有效性", rows.Keys);
    }

    [Fact]
    public void The_attachment_note_names_the_attachment_before_it()
    {
        var note = Notice.QuerySelector("p.attachment-note")!;
        var title = Notice.GetElementById("attachment-title")!.TextContent;
        Assert.Equal("甘肃省交通运输厅“三抓三促”行动专项工作机制及工作职责", title);
        Assert.Equal("附件：" + title, note.TextContent);
        Assert.EndsWith("notice/#attachment", note.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.True(Precedes(Notice.QuerySelector(".gongwen-body")!, note), "the note follows the body");
        Assert.True(Precedes(note, Notice.QuerySelector(".disclosure")!), "the note comes before the 附注 (此件公开发布)");
        Assert.True(Precedes(note, Notice.GetElementById("attachment")!), "the note comes before the attachment");
    }

    [Fact]
    public void Each_configured_typo_is_followed_by_the_mark_and_nothing_else_is_marked()
    {
        var words = SicWords();
        Assert.Equal(["形动", "以身作责"], words);
        var source = Whitespace().Replace(File.ReadAllText(RepositoryPaths.SourceNotice), "");
        var marks = Notice.QuerySelectorAll("article.gongwen .sic").ToList();
        Assert.Equal(words.Sum(w => Regex.Matches(source, Regex.Escape(w)).Count), marks.Count);
        foreach (var mark in marks)
        {
            Assert.Equal("〔原文如此〕", mark.TextContent);
            var before = mark.PreviousSibling?.TextContent ?? "";
            Assert.Contains(words, w => before.EndsWith(w, StringComparison.Ordinal));
        }
        foreach (var word in words)
        {
            Assert.Contains(word + "〔原文如此〕", Notice.QuerySelector("article.gongwen")!.TextContent, StringComparison.Ordinal);
        }
        // The text is never corrected, and no other page carries the mark.
        Assert.DoesNotContain("“三抓三促”行动的经验做法", Notice.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("以身作则", Notice.Body!.TextContent, StringComparison.Ordinal);
        var elsewhere = site.HtmlFiles().Where(f => !f.EndsWith(Path.Combine("notice", "index.html"), StringComparison.Ordinal) && File.ReadAllText(f).Contains("原文如此", StringComparison.Ordinal)).ToList();
        Assert.Empty(elsewhere);
        Assert.Equal(marks.Count, Regex.Matches(Notice.Body!.TextContent, "〔原文如此〕").Count);
    }

    [Fact]
    public void The_notice_and_its_interpretations_link_to_each_other()
    {
        var links = Notice.QuerySelectorAll(".doc-interpretations a").Select(a => (a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains(links, l => l.TextContent == "深化“三抓三促”行动通知解读" && l.Href.EndsWith("stories/2025/2025-03-03-notice-reading/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.TextContent == "通知政策解读" && l.Href.EndsWith("notice-reading/", StringComparison.Ordinal) && !l.Href.Contains("stories", StringComparison.Ordinal));
        foreach (var (_, href) in links)
        {
            var sitePath = new Uri(new Uri("https://example.gov.cn/portal/"), href).AbsolutePath["/portal/".Length..];
            var back = site.Page(sitePath).QuerySelectorAll("a").Where(a => a.GetAttribute("href")!.EndsWith("/notice/", StringComparison.Ordinal)
                && a.TextContent == "甘肃省交通运输厅关于深化“三抓三促”行动的通知").ToList();
            Assert.True(back.Count == 1, $"{sitePath} links back to the notice once by its title, found {back.Count}");
            // 解读文件 labels the link: its dt in the story's facts, the paragraph's lead words on a page.
            var parent = back[0].ParentElement!;
            var label = parent.LocalName == "dd" ? parent.PreviousElementSibling!.TextContent : parent.TextContent;
            Assert.Contains("解读文件", label, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_story_that_is_not_an_interpretation_does_not_link_back()
    {
        var story = site.Page("stories/2025/2025-02-25-notice-issued/");
        Assert.DoesNotContain("解读文件", story.Body!.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>With a 成文日期 and an 有效性 in content, the page shows them: the signature after the body, the rows in the table.</summary>
public sealed class NoticeWrittenDateTests
{
    [Fact]
    public void A_written_date_in_content_shows_the_signature_and_the_written_date_row()
    {
        using var content = new ContentCase();
        var notice = File.ReadAllText(Path.Combine(content.ContentDir, "notice.md"));
        content.Write("notice.md", notice.Replace("sic: [", "writtenDate: 2025-02-21\nvalidity: 有效\nsic: [", StringComparison.Ordinal));
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.OutputDir, "notice", "index.html")));
        var rows = page.QuerySelectorAll(".doc-meta tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal("2025年2月21日", rows["成文日期"]);
        Assert.DoesNotContain("印发日期", rows.Keys);
        Assert.Equal("有效", rows["有效性"]);
        var signature = page.QuerySelector("p.signature")!;
        Assert.Equal("甘肃省交通运输厅", signature.QuerySelector(".signature-issuer")!.TextContent);
        Assert.Equal("2025-02-21", signature.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("2025年2月21日", signature.QuerySelector("time")!.TextContent);
        Assert.True(page.QuerySelector(".attachment-note")!.CompareDocumentPosition(signature).HasFlag(DocumentPositions.Following), "署名 follows the 附件说明");
        Assert.True(signature.CompareDocumentPosition(page.QuerySelector(".disclosure")!).HasFlag(DocumentPositions.Following), "the 附注 follows the 署名");
        // The 版记 keeps its own 印发 date.
        Assert.Equal("2025年2月25日印发", page.QuerySelector(".banji .issue-date")!.TextContent);
    }
}
