using Portal.Diagnostics;

namespace Portal.Model.ContentSchema;

/// <summary>Front matter of content/notice.md: the document's GB/T 9704 metadata.</summary>
public static class NoticeFields
{
    public static readonly ContentField IssuerMark = new()
    {
        Key = "issuerMark", Kind = FieldKind.Text, Label = "发文机关标志", Requirement = Requirement.Required,
        Hint = "红头部分的文字。",
        Examples = ["甘肃省交通运输厅文件"],
    };

    public static readonly ContentField DocumentNumber = new()
    {
        Key = "documentNumber", Kind = FieldKind.Text, Label = "发文字号", Requirement = Requirement.Required,
        Hint = "年份用六角括号〔〕。",
        Examples = ["甘交办〔2025〕2号"],
    };

    public static readonly ContentField Title = new()
    {
        Key = "title", Kind = FieldKind.Text, Label = "标题", Requirement = Requirement.Required,
        Hint = "公文标题，按原件书写。",
        Examples = ["甘肃省交通运输厅关于深化“三抓三促”行动的通知"],
    };

    public static readonly ContentField Issuer = new()
    {
        Key = "issuer", Kind = FieldKind.Text, Label = "发文机关",
        Hint = "发文机关署名，按原件书写。",
        Examples = ["甘肃省交通运输厅"],
    };

    public static readonly ContentField Recipients = new()
    {
        Key = "recipients", Kind = FieldKind.Text, Label = "主送机关",
        Hint = "按原件书写，各机关之间用原件的标点。",
        Examples = ["厅属各单位，厅机关各部门"],
    };

    public static readonly ContentField Disclosure = new()
    {
        Key = "disclosure", Kind = FieldKind.Text, Label = "公开属性",
        Hint = "按原件书写。",
        Examples = ["此件公开发布"],
    };

    public static readonly ContentField IndexNumber = new()
    {
        Key = "indexNumber", Kind = FieldKind.Text, Label = "索引号",
        Hint = "政府信息公开索引号，留空则不显示。",
        Examples = ["\"\""],
    };

    public static readonly ContentField Topic = new()
    {
        Key = "topic", Kind = FieldKind.Text, Label = "主题分类",
        Hint = "政府信息公开的主题分类。",
        Examples = ["交通运输"],
    };

    public static readonly ContentField WrittenDate = new()
    {
        Key = "writtenDate", Kind = FieldKind.Date, Label = "成文日期",
        Hint = "原件正文后所署的成文日期；原件没有时不写，通知页只显示印发日期，不用印发日期代替。写了时，正文后显示发文机关署名和成文日期。",
        Examples = ["2025-02-25"],
    };

    public static readonly ContentField PublishDate = new()
    {
        Key = "publishDate", Kind = FieldKind.Date, Label = "发布日期",
        Hint = "在网站上公开发布的日期。",
        Examples = ["2025-02-25"],
    };

    public static readonly ContentField IssuingOffice = new()
    {
        Key = "issuingOffice", Kind = FieldKind.Text, Label = "印发机关",
        Hint = "版记中的印发机关。",
        Examples = ["甘肃省交通运输厅办公室"],
    };

    public static readonly ContentField IssueDate = new()
    {
        Key = "issueDate", Kind = FieldKind.Date, Label = "印发日期",
        Hint = "版记中的印发日期。",
        Examples = ["2025-02-25"],
    };

    public static readonly ContentField Validity = new()
    {
        Key = "validity", Kind = FieldKind.Text, Label = "有效性", RuleCode = DiagnosticCodes.InvalidValidity,
        Choices = [new("有效", "现行有效。"), new("失效", "已经失效。"), new("废止", "已被明令废止。")],
        Hint = "文件的有效性，显示在“文件信息”表中；只在有权机关公布了有效性时填写，不写则不显示；写了其他值报错（PORTAL0077）。",
        Examples = ["有效"],
    };

    public static readonly ContentField Sic = new()
    {
        Key = "sic", Kind = FieldKind.TextList, Label = "原文如此",
        Hint = "原件中的错字或不规范的写法，按原件照录，网站不改正，在其后标注“〔原文如此〕”，免得读者以为是网站的错；每项须在正文中出现（PORTAL0076）。",
        Examples = ["[形动, 以身作责]"],
        ItemHint = "正文中的一处原文照录的错字或词语，按原件书写。",
        ItemExamples = ["形动", "以身作责"],
    };

    public static readonly ContentField CarbonCopy = new()
    {
        Key = "cc", Kind = FieldKind.TextList, Label = "抄送",
        Hint = "版记中的抄送机关，按原件顺序。",
        Examples = ["[省“三抓三促”行动专项工作机制办公室, 派驻厅纪检监察组]"],
    };

    public static readonly ContentField AttachmentTitle = new()
    {
        Key = "title", Kind = FieldKind.Text, Label = "原件名称", Requirement = Requirement.Required,
        Hint = "下载链接显示的文字，例如公文标题加“（原件）”。",
        Examples = ["甘肃省交通运输厅关于深化“三抓三促”行动的通知（原件）"],
    };

    public static readonly ContentField AttachmentFile = new()
    {
        Key = "file", Kind = FieldKind.Text, Label = "原件文件", Requirement = Requirement.Required, Pattern = TextPattern.MediaPath, RuleCode = DiagnosticCodes.MissingMedia,
        Hint = "PDF、OFD、DOC 或 DOCX 文件，放在 content/media/ 下，以 media/ 开头；找不到时报错（PORTAL0050），不是所写格式时报错（PORTAL0057）。",
        Examples = ["media/notice/gjb-2025-2.pdf"],
    };

    public static readonly ContentField Attachments = new()
    {
        Key = "attachments", Kind = FieldKind.ObjectList, Label = "红头文件原件下载", Fields = [AttachmentTitle, AttachmentFile],
        Hint = "通知页面上供下载的红头文件原件（扫描件或版式文件），显示格式和大小；每项以“- title:”开头，可不写。",
        ItemHint = "一个原件文件：名称和路径。",
    };

    public static readonly ContentDocument Document = new()
    {
        Id = "notice",
        Path = "notice.md",
        Format = ContentFormat.MarkdownFrontMatter,
        Title = "通知公文信息（content/notice.md 开头两行“---”之间的部分）",
        Description = "《甘肃省交通运输厅关于深化“三抓三促”行动的通知》的公文信息，网站 /notice/ 按公文格式显示。正文中“# 附件”一级标题之后为附件。",
        Fields = [IssuerMark, DocumentNumber, Title, Issuer, Recipients, Disclosure, IndexNumber, Topic, WrittenDate, PublishDate, IssuingOffice, IssueDate, Validity, Sic, CarbonCopy, Attachments],
    };
}
