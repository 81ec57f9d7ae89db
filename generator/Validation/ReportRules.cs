using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;

namespace Portal.Validation;

/// <summary>
/// A 进展 that names its period (通知 三（二）) is sent by a lead department of each task it reports on (a collective lead such as
/// 厅机关各部门 is satisfied by any of its members). The period's spelling is the field rules' (its pattern).
/// </summary>
public static class ReportRules
{
    public static void Check(RuleContext context, Story story)
    {
        DispatchRules.CheckStory(context, story);
        if (story.Period is not { } period || ReportPeriod.Parse(period.Value) is null) return;
        // The office's own half-year report is checked by DispatchRules; it reports on every task, not as a lead.
        if (story.IsHalfYearReport) return;
        var (file, diagnostics, directory) = (story.SourceFile, context.Diagnostics, context.Directory);
        if (story.Tasks.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.ReportNotByLead, file, period.Line, period.Column,
                "写明报告期的进展报送没有写明所报的重点任务。", "请在 tasks 中写上本稿所报的重点任务序号，例如“tasks: [4]”。");
            return;
        }
        var senders = story.Departments.SelectMany(d => directory.Resolve(d.Value) ?? []).ToHashSet();
        foreach (var number in story.Tasks)
        {
            var task = context.Content.Tasks.FirstOrDefault(t => t.Number.Value == number.Value);
            if (task is null) continue; // reported as an unknown task
            var leads = task.Lead.SelectMany(l => directory.Resolve(l.Value) ?? []).ToList();
            if (leads.Any(senders.Contains)) continue;
            var written = story.Departments.Count == 0 ? "没有写部门" : "部门是" + string.Join("、", story.Departments.Select(d => d.Value));
            var guess = story.Departments.Select(d => NameSuggester.Closest(d.Value, task.Lead.Select(l => l.Value))).FirstOrDefault(g => g is not null);
            var (line, column) = story.Departments.Count > 0 ? (story.Departments[0].Line, story.Departments[0].Column) : (number.Line, number.Column);
            diagnostics.Error(DiagnosticCodes.ReportNotByLead, file, line, column,
                $"写明报告期的进展报送须由所报任务的牵头部门报送：重点任务{number.Value}的牵头部门是{string.Join("、", task.Lead.Select(l => l.Value))}，本稿{written}。",
                guess is null
                    ? $"请在 departments 中写上重点任务{number.Value}的牵头部门，或删除 period 一行（不作为进展报送）。"
                    : $"是否为“{guess}”？请在 departments 中写上重点任务{number.Value}的牵头部门。");
        }
    }
}
