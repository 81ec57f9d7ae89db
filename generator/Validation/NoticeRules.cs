using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>The original document's downloads exist and are what their names say, judged by their first bytes (read by the loader).</summary>
public static class NoticeRules
{
    public static void Check(RuleContext context, Notice notice)
    {
        var accepted = string.Join("、", DocumentFormat.All.Select(f => f.Name));
        foreach (var attachment in notice.Attachments)
        {
            var src = attachment.File;
            var named = DocumentFormat.OfName(src.Value);
            if (named is null)
            {
                context.Diagnostics.Error(DiagnosticCodes.WrongDocumentFormat, notice.SourceFile, src.Line, src.Column,
                    $"原件文件“{src.Value}”不是 {accepted} 文件。", $"原件只能是 {accepted} 格式：请用文件的原始格式，扩展名为 .pdf、.ofd、.doc 或 .docx。");
                continue;
            }
            context.CheckMedia(notice.SourceFile, src, "原件", NoticeFields.AttachmentFile);
            if (context.Content.DocumentFiles.GetValueOrDefault(MediaPath.Normalize(src.Value) ?? "") is { } document && document.Format != named)
            {
                context.Diagnostics.Error(DiagnosticCodes.WrongDocumentFormat, notice.SourceFile, src.Line, src.Column,
                    document.Format is null
                        ? $"原件文件“{src.Value}”的内容不是 {named.Name} 格式（可能是改了扩展名的其他文件）。"
                        : $"原件文件“{src.Value}”的内容是 {document.Format.Name} 格式，与扩展名 {named.Extension} 不符。",
                    document.Format is null
                        ? $"请放入红头文件的原始 {named.Name} 文件，不要只改扩展名。"
                        : $"请把文件名的扩展名改为 {document.Format.Extension}，或放入真正的 {named.Name} 文件。");
            }
        }
    }
}
