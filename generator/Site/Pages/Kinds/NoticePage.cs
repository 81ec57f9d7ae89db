using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Model;

namespace Portal.Site;

/// <summary>
/// The notice (通知原文) as GB/T 9704 lays it out: body, then 附件 (after the first level-1 heading), then the 版记
/// block. Searchable as one document for its opening and one per section, each linking to its anchor.
/// </summary>
public sealed class NoticePage : SinglePageSource
{
    public const string Name = "notice";

    public override string Kind => Name;
    public override int Order => 20;
    public override string Template => "notice";
    protected override string? LandingSection => "notice";
    public override bool Shared => true;
    protected override string Path => Routes.Notice;

    protected override Page Build(PageContext context)
    {
        var notice = context.Site.Notice;
        var page = context.Page(this, Path, notice.Title) with
        {
            Description = context.Text.Page("notice", "description", ("documentNumber", notice.DocumentNumber), ("title", notice.Title)),
            Breadcrumbs = [context.Crumb("home")], DateLabel = context.Text.Label("published"),
            DateText = notice.PublishDate is { } pd ? context.DateText(pd) : null,
            DateIso = notice.PublishDate is { } p ? PageContext.Iso(p) : null, OpenGraphType = "article",
            Model = View(context),
        };
        return PageContext.AsArticle(page, notice.Title, context.NoticeSource, []);
    }

    private static NoticePageView View(PageContext context)
    {
        var (notice, urls, text) = (context.Site.Notice, context.Urls, context.Text);
        var blocks = notice.Body.Document;
        var split = AttachmentHeading(blocks);
        var (label, title) = split < 0 ? (text.Label("attachment"), "") : AttachmentTitle(context, (HeadingBlock)blocks[split]);

        // Table of contents: the numbered sections, for in-page navigation and shareable anchors.
        var contents = blocks.Take(split < 0 ? blocks.Count : split).OfType<HeadingBlock>()
            .Where(h => h.Level <= 3)
            .Select(h => new Link { Text = PlainText(h.Inline), Url = urls.Href(Routes.Notice + "#" + h.GetAttributes().Id) })
            .ToList();
        if (split >= 0) contents.Add(new Link { Text = text.Label("attachmentTitle", ("label", label), ("title", title)), Url = urls.Href(Routes.Notice + "#attachment") });

        string Date(DateOnly? d) => d is { } v ? context.DateText(v) : "";
        string Row(string key) => text.Label("notice" + key);
        // 成文日期 only as the original gives it; without it the row is the 版记's 印发日期, never a copy of it.
        var dateRow = notice.WrittenDate is { } written
            ? new MetadataRow { Label = Row("WrittenDate"), Value = Date(written) }
            : new MetadataRow { Label = Row("IssueDate"), Value = Date(notice.IssueDate) };
        var metadata = new List<MetadataRow>
        {
            new() { Label = Row("IndexNumber"), Value = notice.IndexNumber }, new() { Label = Row("Topic"), Value = notice.Topic },
            new() { Label = Row("Issuer"), Value = notice.Issuer }, dateRow,
            new() { Label = Row("Title"), Value = notice.Title }, new() { Label = Row("DocumentNumber"), Value = notice.DocumentNumber },
            new() { Label = Row("PublishDate"), Value = Date(notice.PublishDate) },
            new() { Label = Row("Disclosure"), Value = Disclosure(notice.Disclosure, text.Label("noticeDisclosurePrefix")) },
            new() { Label = Row("Validity"), Value = notice.Validity },
        };
        var hasAttachment = split >= 0 && split + 1 < blocks.Count;
        var sic = notice.Sic.Count == 0 ? null : new SicMarks(notice.Sic.Select(w => w.Value).ToList(), text.Label("sic"));
        return new NoticePageView
        {
            IssuerMark = notice.IssuerMark, DocumentNumber = notice.DocumentNumber, Title = notice.Title, Recipients = notice.Recipients,
            Disclosure = notice.Disclosure, IssuingOffice = notice.IssuingOffice,
            Body = new MarkdownBody(notice.Body, urls, 0, split < 0 ? int.MaxValue : split) { Sic = sic },
            AttachmentLabel = label, AttachmentTitle = title, AttachmentUrl = urls.Href(Routes.Notice + "#attachment"),
            Attachment = hasAttachment ? new MarkdownBody(notice.Body, urls, split + 1) { Sic = sic } : null,
            Signature = notice.WrittenDate is { } signed
                ? new SignatureView { Issuer = notice.Issuer, DateText = Date(signed), DateIso = PageContext.Iso(signed) }
                : null,
            Contents = contents, Metadata = metadata.Where(m => m.Value.Length > 0).ToList(),
            IssueDateText = Date(notice.IssueDate), IssueDateIso = notice.IssueDate is { } issued ? PageContext.Iso(issued) : "",
            CarbonCopyText = string.Join(text.Label("listSeparator"), notice.CarbonCopy),
            Downloads = notice.Attachments.Select(a => Download(context, a)).ToList(),
            Interpretations = Interpretations(context.Site),
        };
    }

    /// <summary>The notice's 政策解读: the 综述评论 stories (newest first) and then the pages that name themselves so.</summary>
    public static IReadOnlyList<Link> Interpretations(SiteModel site) =>
        site.Stories.Where(s => s.Source.Interprets is not null && s.Type.Name == StoryType.CommentaryTypeName)
            .Select(s => new Link { Text = s.Title, Url = s.Url })
            .Concat(site.Pages.Where(p => p.Source.Interprets is not null).Select(p => new Link { Text = p.Title, Url = p.Url }))
            .ToList();

    /// <summary>公开属性 as a value: the notice's own line (此件公开发布) without its lead words.</summary>
    private static string Disclosure(string disclosure, string prefix) =>
        disclosure.Replace(prefix, "", StringComparison.Ordinal) is { Length: > 0 } d ? d : disclosure;

    /// <summary>The first level-1 heading starts the attachment (附件), or -1.</summary>
    private static int AttachmentHeading(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++) if (blocks[i] is HeadingBlock { Level: 1 }) return i;
        return -1;
    }

    /// <summary>"附件 专项工作机制…" → (附件, 专项工作机制…).</summary>
    private static (string Label, string Title) AttachmentTitle(PageContext context, HeadingBlock heading)
    {
        var text = PlainText(heading.Inline).Trim();
        var space = text.IndexOf(' ');
        return space > 0 ? (text[..space], text[(space + 1)..].Trim()) : (context.Text.Label("attachment"), text);
    }

    private static DownloadView Download(PageContext context, NoticeAttachment attachment)
    {
        var path = MediaPath.Normalize(attachment.File.Value) ?? attachment.File.Value;
        var file = context.Site.DocumentFiles.GetValueOrDefault(path);
        var format = file?.Format ?? DocumentFormat.OfName(path);
        return new DownloadView
        {
            Title = attachment.Title, Url = context.Urls.Href(Routes.Media(path)), FormatName = format?.Name ?? "",
            SizeText = file is null ? "" : FileSize.Format(file.Length),
        };
    }

    public override IEnumerable<SearchDocument> SearchDocuments(PageContext context)
    {
        var (notice, text) = (context.Site.Notice, context.Text);
        var kind = context.Title("notice");
        var date = notice.PublishDate is { } published ? PageContext.Iso(published) : null;
        var current = new List<Block>();
        string? title = notice.Title;
        var anchor = "";
        var documents = new List<SearchDocument>();
        void Emit()
        {
            var (_, body) = Loading.MarkdownText.Extract(current);
            if (title is not null && (body.Length > 0 || anchor.Length == 0))
            {
                documents.Add(new SearchDocument
                {
                    Url = context.Urls.Href(Routes.Notice + anchor),
                    Title = title,
                    Kind = kind,
                    Date = date,
                    Body = anchor.Length == 0 ? $"{notice.DocumentNumber} {notice.Recipients}\n{body}" : body,
                    Meta = anchor.Length == 0 ? $"{notice.IssuerMark} {notice.DocumentNumber} {notice.Issuer}" : notice.DocumentNumber,
                    Boost = anchor.Length == 0 ? 1.3 : 1.1,
                });
            }
            current.Clear();
        }
        foreach (var block in notice.Body.Document)
        {
            if (block is HeadingBlock heading)
            {
                Emit();
                if (heading.Level == 1)
                {
                    var (_, attachmentTitle) = AttachmentTitle(context, heading);
                    title = text.Label("attachmentTitle", ("label", text.Label("attachment")), ("title", attachmentTitle));
                    anchor = "#attachment";
                }
                else
                {
                    title = Loading.MarkdownText.Inline(heading.Inline).Trim();
                    anchor = "#" + heading.GetAttributes().Id;
                }
                continue;
            }
            current.Add(block);
        }
        Emit();
        return documents;
    }

    private static string PlainText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}

public sealed record NoticePageView
{
    public required string IssuerMark { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    public required string Recipients { get; init; }
    public required string Disclosure { get; init; }
    public required string IssuingOffice { get; init; }
    public required MarkdownBody Body { get; init; }
    public required string AttachmentLabel { get; init; }
    public required string AttachmentTitle { get; init; }
    /// <summary>The 附件说明 line's link to the attachment below.</summary>
    public required string AttachmentUrl { get; init; }
    public required MarkdownBody? Attachment { get; init; }
    /// <summary>发文机关署名 and 成文日期 after the body, only when content gives the 成文日期.</summary>
    public required SignatureView? Signature { get; init; }
    public required IReadOnlyList<Link> Contents { get; init; }
    public required IReadOnlyList<MetadataRow> Metadata { get; init; }
    public required string IssueDateText { get; init; }
    public required string IssueDateIso { get; init; }
    public required string CarbonCopyText { get; init; }
    public required IReadOnlyList<DownloadView> Downloads { get; init; }
    /// <summary>政策解读: stories and pages that name themselves the notice's interpretation.</summary>
    public required IReadOnlyList<Link> Interpretations { get; init; }
}

/// <summary>The issuing authority's name and the 成文日期 as the original signs the body.</summary>
public sealed record SignatureView
{
    public required string Issuer { get; init; }
    public required string DateText { get; init; }
    public required string DateIso { get; init; }
}

public sealed record MetadataRow
{
    public required string Label { get; init; }
    public required string Value { get; init; }
}

/// <summary>A download of the original document: link text, address, format and size as readers see them ("PDF，1.2 MB").</summary>
public sealed record DownloadView
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string FormatName { get; init; }
    public required string SizeText { get; init; }
}
