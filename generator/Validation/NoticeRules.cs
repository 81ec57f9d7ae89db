using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>
/// The original document's downloads exist and are what their names say, judged by their first bytes (read by the
/// loader); each word marked 〔原文如此〕 is in the text, where the page marks it.
/// </summary>
public static class NoticeRules
{
    public static void Check(RuleContext context, Notice notice)
    {
        CheckSic(context, notice);
        CheckAttachments(context, notice);
    }

    /// <summary>A mark that marks nothing means the word was mistyped here or the text changed: say so, never ignore it.</summary>
    private static void CheckSic(RuleContext context, Notice notice)
    {
        foreach (var word in notice.Sic)
        {
            if (SicMarks.Count(notice.Body.Document, word.Value) > 0) continue;
            context.Diagnostics.Error(DiagnosticCodes.SicNotInNotice, notice.SourceFile, word.Line, word.Column,
                $"“{word.Value}”没有出现在通知正文中，无法在其后标注〔原文如此〕。",
                "sic 中每一项须与正文中原样照录的写法完全一致（正文不改正错字）；正文中没有这处写法时，请删除这一项。");
        }
    }

    private static void CheckAttachments(RuleContext context, Notice notice)
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
