using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Loading;

public static class NoticeReader
{
    public const string FileName = "notice.md";

    private static readonly string[] Keys =
    [
        "issuerMark", "documentNumber", "title", "issuer", "recipients", "disclosure", "indexNumber", "topic",
        "writtenDate", "publishDate", "issuingOffice", "issueDate", "cc",
    ];

    public static Notice? Read(ContentFiles files, DiagnosticBag diagnostics)
    {
        if (!files.Exists(FileName))
        {
            diagnostics.Error(DiagnosticCodes.RequiredFileMissing, FileName, 0, 0,
                "缺少通知原文文件 notice.md。", "请从仓库历史中恢复 content/notice.md。");
            return null;
        }
        var file = MarkdownFile.Read(files, files.Full(FileName), diagnostics);
        if (file is null) return null;
        var fm = file.FrontMatter;
        var issuerMark = fm.String("issuerMark", "发文机关标志", required: true);
        var number = fm.String("documentNumber", "发文字号", required: true);
        var title = fm.String("title", "标题", required: true);
        var notice = issuerMark is null || number is null || title is null
            ? null
            : new Notice
            {
                SourceFile = FileName,
                IssuerMark = issuerMark.Value.Value,
                DocumentNumber = number.Value.Value,
                Title = title.Value.Value,
                Issuer = fm.String("issuer", "发文机关")?.Value ?? "",
                Recipients = fm.String("recipients", "主送机关")?.Value ?? "",
                Disclosure = fm.String("disclosure", "公开属性")?.Value ?? "",
                IndexNumber = fm.String("indexNumber", "索引号")?.Value ?? "",
                Topic = fm.String("topic", "主题分类")?.Value ?? "",
                WrittenDate = fm.Date("writtenDate", "成文日期")?.Value,
                PublishDate = fm.Date("publishDate", "发布日期")?.Value,
                IssuingOffice = fm.String("issuingOffice", "印发机关")?.Value ?? "",
                IssueDate = fm.Date("issueDate", "印发日期")?.Value,
                CarbonCopy = fm.StringList("cc", "抄送").Select(c => c.Value).ToList(),
                Body = file.ParseBody(),
            };
        fm.ReportUnknownKeys(Keys);
        return notice;
    }
}
