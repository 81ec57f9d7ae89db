using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;

namespace Portal.Validation;

/// <summary>
/// The office's dispatch (通知 三（二） 定期调度推进): what a 进展 or a 半年工作情况 report must say, and `check`'s one
/// summary of the lead departments with no 进展 within the dispatch cadence (site.yml dispatch.every).
/// </summary>
public static class DispatchRules
{
    private static readonly string[] SummaryHeader = ["重点任务", "牵头部门", "最近一次进展", "距今天数"];

    private static Story? Last(ReportRow row, DateOnly asOf) => row.Until(asOf) is [var last, ..] ? last : null;

    /// <summary>The departments that stand for the office: its name in departments.yml and the department it is located in.</summary>
    public static IReadOnlySet<Department> Office(ContentSet content, DepartmentDirectory directory)
    {
        var office = new HashSet<Department>(directory.Resolve(ReportKinds.OfficeName) ?? []);
        if (content.Mechanism?.Office.LocatedIn.Value is { } host) office.UnionWith(directory.Resolve(host) ?? []);
        return office;
    }

    /// <summary>What a report says; the report kind's spelling is the field rules' (its choices).</summary>
    public static void CheckStory(RuleContext context, Story story)
    {
        if (story.IsHalfYearReport) CheckHalfYearReport(context, story, story.Report!.Value);
        else if (story.IsProgressReport && story.Period is { } period && ReportPeriod.Parse(period.Value) is { } written
                 && written.CompareTo(ReportPeriod.Of(story.Date.Value)) > 0)
        {
            var own = ReportPeriod.Of(story.Date.Value);
            context.Diagnostics.Error(DiagnosticCodes.ProgressPeriodAfterDate, story.SourceFile, period.Line, period.Column,
                $"进展报送的报告期“{period.Value}”晚于稿件日期 {story.Date.Value:yyyy-MM-dd} 所在的{own}：不能报送尚未开始的半年的进展。",
                $"请把 period 改为“{own}”（或删除 period 一行，按稿件日期计），或核对稿件日期。");
        }
    }

    private static void CheckHalfYearReport(RuleContext context, Story story, Located<string> report)
    {
        var (file, content, directory, diagnostics) = (story.SourceFile, context.Content, context.Directory, context.Diagnostics);
        if (story.Period is null)
        {
            var completed = ReportPeriod.LatestCompletedAt(story.Date.Value);
            var example = completed.CompareTo(ReportPeriod.First) < 0 ? ReportPeriod.First : completed;
            diagnostics.Error(DiagnosticCodes.HalfYearReportWithoutPeriod, file, report.Line, report.Column,
                "半年工作情况报告没有写明报告期（period）。",
                $"请在 report 下一行加上“period: {example}”，写明本报告所报的半年。");
        }
        var office = Office(content, directory);
        var senders = story.Departments.SelectMany(d => directory.Resolve(d.Value) ?? []);
        if (senders.Any(office.Contains)) return;
        var written = story.Departments.Count == 0 ? "本稿没有写部门" : "本稿部门是" + string.Join("、", story.Departments.Select(d => d.Value));
        var (line, column) = story.Departments.Count > 0 ? (story.Departments[0].Line, story.Departments[0].Column) : (report.Line, report.Column);
        diagnostics.Error(DiagnosticCodes.HalfYearReportNotByOffice, file, line, column,
            $"半年工作情况报告由{ReportKinds.OfficeName}报送，{written}。",
            $"请在 departments 中写上“{ReportKinds.OfficeName}”（办公室设在{content.Mechanism?.Office.LocatedIn.Value ?? "厅直机关党委"}）；部门报送的进展请写“report: {ReportKinds.Progress}”。");
    }

    /// <summary>
    /// One summary for the office: the lead departments without a 进展 dated within the cadence window that ends today
    /// (a table for the GitHub step summary as PORTAL0025 has), never a warning on some story that is not at fault.
    /// </summary>
    public static void ReportMissing(RuleContext context, IReadOnlyList<Story> published)
    {
        var (content, directory, diagnostics, today) = (context.Content, context.Directory, context.Diagnostics, context.Today);
        var cadence = content.Site?.DispatchCadence ?? DispatchCadences.Default;
        var start = DispatchCadences.WindowStart(cadence, today);
        var ledger = ReportLedger.Build(content.Tasks, published, directory);
        // The window alone counts here: a report early in the half year does not cover a whole half year of silence.
        var missing = ledger.Rows.Where(r => DispatchStates.Of(false, Last(r, today)?.Date.Value, cadence, today) == DispatchState.Overdue).ToList();
        if (missing.Count == 0) return;
        var table = new List<IReadOnlyList<string>> { SummaryHeader };
        foreach (var row in missing)
        {
            var last = Last(row, today);
            table.Add([$"{row.Task.Number.Value}. {row.Task.Title}", row.ShownName,
                last is null ? "暂无" : $"{last.Date.Value:yyyy-MM-dd} {last.Title}",
                last is null ? "—" : (today.DayNumber - last.Date.Value.DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        diagnostics.Add(new Diagnostic(DiagnosticCodes.ReportsMissing, Severity.Warning, TaskReader.Folder, 0, 0,
            $"{ReportKinds.OfficeName}调度提示（调度周期：{cadence}，{start:yyyy-MM-dd} 至 {today:yyyy-MM-dd}）：{missing.Count}个牵头部门本周期没有报送进展："
                + string.Join("、", missing.Select(r => $"任务{r.Task.Number.Value} {r.ShownName}")) + "。",
            $"通知要求成员单位（部门）定期报送进展情况：请这些部门报送进展稿件（report: {ReportKinds.Progress}）；运行 report 命令可生成调度台账和半年工作情况报告初稿。")
        {
            Table = table,
        });
    }
}
