using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

public static class NoticeReader
{
    public const string FileName = "notice.md";

    public static Loaded<Notice> Read(ContentFiles files, DiagnosticBag diagnostics)
    {
        if (!files.Exists(FileName))
        {
            diagnostics.Error(DiagnosticCodes.RequiredFileMissing, FileName, 0, 0,
                "缺少通知原文文件 notice.md。", "请从仓库历史中恢复 content/notice.md。");
            return new(null, []);
        }
        var file = MarkdownFile.Read(files, files.Full(FileName), NoticeFields.Document, diagnostics);
        if (file is null) return new(null, []);
        var fm = file.FrontMatter;
        var issuerMark = fm.String(NoticeFields.IssuerMark);
        var number = fm.String(NoticeFields.DocumentNumber);
        var title = fm.String(NoticeFields.Title);
        var notice = issuerMark is null || number is null || title is null
            ? null
            : new Notice
            {
                SourceFile = FileName,
                IssuerMark = issuerMark.Value.Value,
                DocumentNumber = number.Value.Value,
                Title = title.Value.Value,
                Issuer = fm.String(NoticeFields.Issuer)?.Value ?? "",
                Recipients = fm.String(NoticeFields.Recipients)?.Value ?? "",
                Disclosure = fm.String(NoticeFields.Disclosure)?.Value ?? "",
                IndexNumber = fm.String(NoticeFields.IndexNumber)?.Value ?? "",
                Topic = fm.String(NoticeFields.Topic)?.Value ?? "",
                WrittenDate = fm.Date(NoticeFields.WrittenDate)?.Value,
                PublishDate = fm.Date(NoticeFields.PublishDate)?.Value,
                IssuingOffice = fm.String(NoticeFields.IssuingOffice)?.Value ?? "",
                IssueDate = fm.Date(NoticeFields.IssueDate)?.Value,
                Validity = fm.String(NoticeFields.Validity)?.Value ?? "",
                Sic = fm.StringList(NoticeFields.Sic),
                CarbonCopy = fm.StringList(NoticeFields.CarbonCopy).Select(c => c.Value).ToList(),
                Attachments = ReadAttachments(fm),
                Body = file.ParseBody(),
            };
        fm.ReportUnknownKeys();
        return new(notice, fm.Written);
    }

    private static List<NoticeAttachment> ReadAttachments(YamlMap fm)
    {
        var attachments = new List<NoticeAttachment>();
        foreach (var item in fm.MapList(NoticeFields.Attachments))
        {
            var title = item.String(NoticeFields.AttachmentTitle);
            var file = item.String(NoticeFields.AttachmentFile);
            if (title is not null && file is not null) attachments.Add(new NoticeAttachment(title.Value.Value, file.Value));
            item.ReportUnknownKeys();
        }
        return attachments;
    }
}
