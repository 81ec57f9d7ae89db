using Portal.Build;
using Portal.Diagnostics;

namespace Portal.Cli;

/// <summary>
/// Prints diagnostics for people: one "file:line:col: 错误 CODE: message" line (clickable in VS Code's terminal)
/// and the fix below it; colours on a terminal, plain text in logs, and GitHub annotations on Actions.
/// </summary>
public sealed class DiagnosticPrinter(TextWriter output, string contentDir, bool color, bool githubActions)
{
    public static DiagnosticPrinter ForConsole(string contentDir) =>
        new(Console.Out, contentDir, !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
            Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");

    public void Print(BuildResult result, string action)
    {
        foreach (var d in result.Diagnostics) Print(d);
        var summary = $"{action}{(result.Success ? "完成" : "失败")}：{result.Errors} 个错误，{result.Warnings} 个警告";
        if (result.Incremental) summary += $"，更新 {result.PagesRendered} 个页面、写入 {result.FilesWritten} 个文件";
        else if (result.FilesWritten > 0) summary += $"，写入 {result.FilesWritten} 个文件";
        if (result.AsOf?.Note is { } asOf) summary += $"，{asOf}";
        summary += $"，用时 {result.Elapsed.TotalSeconds:0.00} 秒。";
        if (!result.Success && result.Errors > 0) summary += "原有网站内容未被改动。";
        Write(summary, result.Success ? ConsoleColor.Green : ConsoleColor.Red);
        output.WriteLine();
        if (githubActions) WriteStepSummary(result, summary);
    }

    /// <summary>On GitHub Actions, lists the problems (freshness warnings included) on the run's summary page.</summary>
    private void WriteStepSummary(BuildResult result, string summary)
    {
        var path = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(path) || result.Diagnostics.Count == 0) return;
        var lines = new List<string> { "### 内容检查", "", summary, "" };
        lines.AddRange(result.Diagnostics.Select(d =>
            $"- {(d.Severity == Severity.Error ? "错误" : "警告")} `{d.Code}` `{Locate(d.File)}{(d.Line > 0 ? ":" + d.Line : "")}`：{d.Message}"));
        foreach (var d in result.Diagnostics.Where(d => d.Table is { Count: > 1 }))
        {
            lines.AddRange(["", $"#### {d.Code} {d.Message.Split('：')[0]}", ""]);
            lines.Add("| " + string.Join(" | ", d.Table![0].Select(Cell)) + " |");
            lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", d.Table[0].Count)));
            lines.AddRange(d.Table.Skip(1).Select(row => "| " + string.Join(" | ", row.Select(Cell)) + " |"));
        }
        File.AppendAllLines(path, lines);
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    public void PrintOne(Diagnostic d) => Print(d);

    private void Print(Diagnostic d)
    {
        var file = Locate(d.File);
        var position = d.Line > 0 ? $":{d.Line}:{Math.Max(1, d.Column)}" : "";
        var label = d.Severity == Severity.Error ? "错误" : "警告";
        Write($"{file}{position}: {label} {d.Code}: ", d.Severity == Severity.Error ? ConsoleColor.Red : ConsoleColor.Yellow);
        output.WriteLine(d.Message);
        if (d.Fix is not null) output.WriteLine($"    修改建议：{d.Fix}");
        if (githubActions)
        {
            var kind = d.Severity == Severity.Error ? "error" : "warning";
            var line = d.Line > 0 ? $",line={d.Line},col={Math.Max(1, d.Column)}" : "";
            output.WriteLine($"::{kind} file={Escape(file, true)}{line},title={d.Code}::{Escape(d.Message + (d.Fix is null ? "" : " 修改建议：" + d.Fix), false)}");
        }
    }

    private string Locate(string file) =>
        file.Length == 0 ? "命令行参数"
        : Path.IsPathRooted(file)
            ? Path.GetRelativePath(Environment.CurrentDirectory, file).Replace('\\', '/')
            : Path.Combine(contentDir, file).Replace('\\', '/');

    private void Write(string text, ConsoleColor colour)
    {
        if (!color)
        {
            output.Write(text);
            return;
        }
        output.Write(colour switch
        {
            ConsoleColor.Red => "\u001b[31m",
            ConsoleColor.Yellow => "\u001b[33m",
            ConsoleColor.Green => "\u001b[32m",
            _ => "",
        } + text + "\u001b[0m");
    }

    /// <summary>Workflow-command escaping: %, CR and LF always; also : and , inside properties.</summary>
    private static string Escape(string text, bool property)
    {
        var escaped = text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
    }
}
