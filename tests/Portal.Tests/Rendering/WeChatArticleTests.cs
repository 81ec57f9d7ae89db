using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Rendering;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Rendering;

/// <summary>
/// The 公众号 copy of a story (#23 item 1), made from real content and the real theme: only tags WeChat keeps, inline
/// styles from the theme and nothing else, absolute addresses, links as numbered notes, captions, 来源 and 责任编辑,
/// the QR code as the PNG beside the published page.
/// </summary>
public sealed partial class WeChatArticleTests : IDisposable
{
    private readonly ContentCase content = new();

    public WeChatArticleTests() => WeChatStory.WriteTo(content.ContentDir);

    public void Dispose() => content.Dispose();

    [GeneratedRegex(@"baseUrl:\s*(\S+)")]
    private static partial Regex BaseUrlLine();

    private string BaseUrl => BaseUrlLine().Match(File.ReadAllText(Path.Combine(content.ContentDir, "site.yml"))).Groups[1].Value;

    private WeChatArticle.Copy Copy()
    {
        var diagnostics = new DiagnosticBag();
        var answer = WeChatCopy.Of(content.ContentDir, RepositoryPaths.Theme, false, WeChatCopy.ByFile(content.ContentDir, WeChatStory.File), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.NotNull(answer);
        return answer.Copy;
    }

    private static IElement Parse(string html) => new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html + "</body>").Body!;

    [Fact]
    public void The_copy_holds_only_allowed_tags_with_inline_styles_and_no_class_id_or_script()
    {
        var body = Parse(Copy().Html);
        var elements = body.QuerySelectorAll("*").ToList();
        Assert.NotEmpty(elements);
        foreach (var e in elements)
        {
            Assert.Contains(e.LocalName, WeChatArticle.AllowedTags);
            Assert.All(e.Attributes, a => Assert.Contains(a.Name, new[] { "style", "src", "alt", "colspan", "rowspan", "start" }));
        }
        // The house style reaches every element that shows text or a picture.
        foreach (var e in body.QuerySelectorAll("section, p, h2, h3, table, th, td, img, sup, strong"))
            Assert.False(string.IsNullOrWhiteSpace(e.GetAttribute("style")), e.OuterHtml);
        var theme = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "theme.yml"));
        Assert.Contains(body.QuerySelector("h2")!.GetAttribute("style")!, theme);
    }

    [Fact]
    public void Text_headings_table_and_bylines_are_the_story_s()
    {
        var body = Parse(Copy().Html);
        Assert.Equal(WeChatStory.Headings, body.QuerySelectorAll("h2, h3").Select(h => h.TextContent));
        var rows = body.QuerySelectorAll("table tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal([["项目", "里程"], ["新改建农村公路", "120公里"], ["日常养护", "300公里"]], rows);
        // The column's alignment survives as an inline declaration.
        Assert.Contains("text-align:right", body.QuerySelectorAll("td")[1].GetAttribute("style"));
        Assert.Contains(body.QuerySelectorAll("p"), p => p.TextContent.StartsWith("来源：甘肃日报（报纸，2025年3月15日）", StringComparison.Ordinal));
        Assert.Contains(body.QuerySelectorAll("p"), p => p.TextContent == $"（责任编辑：{WeChatStory.Editor}）");
        Assert.Contains("继续推进", body.TextContent);
    }

    [Fact]
    public void Pictures_are_absolute_with_their_captions_and_the_qr_code_is_the_published_png()
    {
        var body = Parse(Copy().Html);
        var images = body.QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.Equal([BaseUrl + "media/2025/road.png", BaseUrl + "media/2025/poster.png", BaseUrl + WeChatStory.Path + "qr.png"], images);
        foreach (var caption in new[] { WeChatStory.FirstCaption, WeChatStory.SecondCaption })
        {
            var figure = body.QuerySelectorAll("section").Single(s => s.QuerySelector("section") is null && s.TextContent.Contains(caption, StringComparison.Ordinal));
            Assert.NotNull(figure.QuerySelector("img"));
        }
        Assert.Contains("本文同步发布于", body.LastElementChild!.LastElementChild!.TextContent);
    }

    [Fact]
    public void Links_become_numbered_notes_with_their_addresses_and_no_address_is_relative()
    {
        var copy = Copy();
        var body = Parse(copy.Html);
        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Equal(["[1]", "[2]", "[3]"], body.QuerySelectorAll("sup").Select(s => s.TextContent));
        var notes = body.QuerySelectorAll("p").Select(p => p.TextContent).Where(t => Regex.IsMatch(t, @"^\[\d\] ")).ToList();
        Assert.Equal([$"[1] 通知原文：{BaseUrl}notice/", $"[2] 交通运输部网站：{WeChatStory.OutsideLink}", $"[3] 甘肃日报：{WeChatStory.SourceUrl}"], notes);
        Assert.Contains(body.QuerySelectorAll("p"), p => p.TextContent == "文末注释");
        foreach (Match address in Regex.Matches(copy.Html, @"(?:src|href)=""([^""]*)"""))
            Assert.StartsWith("https://", address.Groups[1].Value);
        // The plain text has the same words, a block a line.
        Assert.Contains("主要做法\n", copy.Text);
        Assert.Contains("新改建农村公路\t120公里\n", copy.Text);
        Assert.Contains($"[2] 交通运输部网站：{WeChatStory.OutsideLink}\n", copy.Text);
    }
}
