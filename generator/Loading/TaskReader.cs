using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

public static class TaskReader
{
    public const string Folder = "tasks";

    public static Loaded<KeyTask> Read(ContentFiles files, string fullPath, DiagnosticBag diagnostics)
    {
        var file = MarkdownFile.Read(files, fullPath, TaskFields.Document, diagnostics);
        if (file is null) return new(null, []);
        var fm = file.FrontMatter;
        var number = fm.Int(TaskFields.Number);
        var title = fm.String(TaskFields.Title);
        var lead = fm.StringList(TaskFields.Lead);
        var summary = fm.String(TaskFields.Summary)?.Value ?? "";
        fm.ReportUnknownKeys();
        if (number is null || title is null) return new(null, fm.Written);
        return new(new KeyTask
        {
            SourceFile = file.RelativePath,
            Number = number.Value,
            Title = title.Value.Value,
            Lead = lead,
            Summary = summary,
            Body = file.ParseBody(),
        }, fm.Written);
    }
}
