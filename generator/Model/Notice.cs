namespace Portal.Model;

/// <summary>content/notice.md: the official document (公文) with its GB/T 9704 metadata.</summary>
public sealed record Notice
{
    public required string SourceFile { get; init; }
    /// <summary>发文机关标志, e.g. 甘肃省交通运输厅文件.</summary>
    public required string IssuerMark { get; init; }
    /// <summary>发文字号, e.g. 甘交办〔2025〕2号.</summary>
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    /// <summary>发文机关</summary>
    public string Issuer { get; init; } = "";
    /// <summary>主送机关</summary>
    public string Recipients { get; init; } = "";
    /// <summary>公开属性, e.g. 此件公开发布.</summary>
    public string Disclosure { get; init; } = "";
    /// <summary>索引号</summary>
    public string IndexNumber { get; init; } = "";
    /// <summary>主题分类</summary>
    public string Topic { get; init; } = "";
    /// <summary>成文日期</summary>
    public DateOnly? WrittenDate { get; init; }
    /// <summary>发布日期</summary>
    public DateOnly? PublishDate { get; init; }
    /// <summary>印发机关</summary>
    public string IssuingOffice { get; init; } = "";
    /// <summary>印发日期</summary>
    public DateOnly? IssueDate { get; init; }
    /// <summary>有效性 (有效, 失效, 废止) when an authority has stated it; empty otherwise.</summary>
    public string Validity { get; init; } = "";
    /// <summary>Words the original gets wrong, reproduced as written and marked 〔原文如此〕 on the page.</summary>
    public IReadOnlyList<Located<string>> Sic { get; init; } = [];
    /// <summary>抄送</summary>
    public IReadOnlyList<string> CarbonCopy { get; init; } = [];
    /// <summary>The original 红头文件 as downloads, in the order written.</summary>
    public IReadOnlyList<NoticeAttachment> Attachments { get; init; } = [];
    public required MarkdownSource Body { get; init; }
}

/// <summary>One download of the original document: its link text and its file under content/media.</summary>
public sealed record NoticeAttachment(string Title, Located<string> File);
