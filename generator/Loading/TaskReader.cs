using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Loading;

public static class TaskReader
{
    public const string Folder = "tasks";

    public static KeyTask? Read(ContentFiles files, string fullPath, DiagnosticBag diagnostics)
    {
        var file = MarkdownFile.Read(files, fullPath, diagnostics);
        if (file is null) return null;
        var fm = file.FrontMatter;
        var number = fm.Int("number", "任务序号", required: true);
        var title = fm.String("title", "任务名称", required: true);
        var lead = fm.StringList("lead", "牵头部门");
        var summary = fm.String("summary", "摘要")?.Value ?? "";
        fm.ReportUnknownKeys(["number", "title", "lead", "summary"]);
        if (number is null || title is null) return null;
        return new KeyTask
        {
            SourceFile = file.RelativePath,
            Number = number.Value,
            Title = title.Value.Value,
            Lead = lead,
            Summary = summary,
            Body = file.ParseBody(),
        };
    }
}
