using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>What every rule between documents works on, and the checks several of them share.</summary>
public sealed class RuleContext(ContentSet content, DepartmentDirectory directory, DiagnosticBag diagnostics, DateOnly today)
{
    public ContentSet Content { get; } = content;

    public DepartmentDirectory Directory { get; } = directory;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public DateOnly Today { get; } = today;

    /// <summary>
    /// Reports a media file the site does not have; true when it exists. A path the field's own pattern refuses is
    /// reported by <see cref="FieldRules"/> and not again here.
    /// </summary>
    public bool CheckMedia(string file, Located<string> src, string label, ContentField field)
    {
        var path = MediaPath.Normalize(src.Value);
        if (path is not null && Content.MediaFiles.Contains(path)) return true;
        if (!FieldRules.Accepts(field, src.Value)) return false;
        Diagnostics.Error(DiagnosticCodes.MissingMedia, file, src.Line, src.Column,
            $"找不到{label}文件“{src.Value}”。",
            "请把文件放到 content/media/ 下，并写成“media/年份/文件名”，注意文件名大小写和扩展名。");
        return false;
    }

    public static string Shorten(string url) => url.Length > 40 ? url[..40] + "…" : url;
}
