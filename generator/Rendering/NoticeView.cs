using Markdig.Renderers.Html;
using Markdig.Syntax;
using Portal.Model;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>The notice split the way GB/T 9704 lays it out: body, then 附件, then the 版记 block.</summary>
public sealed record NoticeView(
    Notice Notice,
    string BodyHtml,
    string AttachmentLabel,
    string AttachmentTitle,
    string AttachmentHtml,
    IReadOnlyList<Link> Contents,
    IReadOnlyList<MetadataRow> Metadata,
    string WrittenDateText,
    string IssueDateText,
    string CarbonCopyText)
{
    public static NoticeView Create(Notice notice, MarkdownRenderer markdown, SiteUrls urls)
    {
        var blocks = notice.Body.Document.ToList();
        var split = blocks.FindIndex(b => b is HeadingBlock { Level: 1 });
        var body = split < 0 ? blocks : blocks[..split];
        var attachment = split < 0 ? [] : blocks[(split + 1)..];
        var heading = split < 0 ? "" : MarkdownRenderer.PlainText(((HeadingBlock)blocks[split]).Inline).Trim();
        var space = heading.IndexOf(' ');
        var (label, title) = space > 0 ? (heading[..space], heading[(space + 1)..].Trim()) : ("附件", heading);

        // Table of contents: the numbered sections, for in-page navigation and shareable anchors.
        var contents = body.OfType<HeadingBlock>()
            .Where(h => h.Level <= 3)
            .Select(h => new Link(MarkdownRenderer.PlainText(h.Inline), urls.Href(Routes.Notice + "#" + h.GetAttributes().Id)))
            .ToList();
        if (split >= 0) contents.Add(new Link($"{label}：{title}", urls.Href(Routes.Notice + "#attachment")));

        string Date(DateOnly? d) => d is { } v ? ChineseDate.Format(v) : "";
        var metadata = new List<MetadataRow>
        {
            new("索引号", notice.IndexNumber), new("主题分类", notice.Topic),
            new("发文机关", notice.Issuer), new("成文日期", Date(notice.WrittenDate)),
            new("标题", notice.Title), new("发文字号", notice.DocumentNumber),
            new("发布日期", Date(notice.PublishDate)), new("公开属性", notice.Disclosure.Replace("此件", "") is { Length: > 0 } d ? d : notice.Disclosure),
        };
        return new NoticeView(
            notice,
            markdown.ToHtml(body),
            label,
            title,
            markdown.ToHtml(attachment),
            contents,
            metadata.Where(m => m.Value.Length > 0).ToList(),
            Date(notice.WrittenDate),
            Date(notice.IssueDate),
            string.Join("，", notice.CarbonCopy));
    }
}

public sealed record MetadataRow(string Label, string Value);
