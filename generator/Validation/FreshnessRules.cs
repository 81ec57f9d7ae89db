using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;

namespace Portal.Validation;

/// <summary>Whether the site is kept up to date, as an inspection and the office judge it: the site, its columns, the key tasks.</summary>
public static class FreshnessRules
{
    /// <summary>
    /// Government-website inspections (政府网站检查指标) count a site not updated for two weeks and an empty column as
    /// faults; the office follows the key tasks' half-year reports. Each is one line about the site or one summary about
    /// the tasks, saying what to do, never a warning on some story that is not at fault.
    /// </summary>
    public static void Check(RuleContext context, InspectionSelfCheck selfCheck)
    {
        var (content, diagnostics, today) = (context.Content, context.Diagnostics, context.Today);
        var published = content.Stories.Where(s => !s.Draft && !s.Incomplete && s.Date.Value <= today).ToList();
        var newest = published.MaxBy(s => s.Date.Value);
        if (newest is null || today.DayNumber - newest.Date.Value.DayNumber > 14)
        {
            diagnostics.Warning(DiagnosticCodes.SiteNotUpdated, StoryReader.Folder, 0, 0,
                newest is null ? "网站还没有任何已发布的工作动态。" : $"网站最新一篇稿件发布于 {newest.Date.Value:yyyy-MM-dd}，已超过 14 天没有更新。",
                "政府网站检查把两周未更新的栏目计为不及时，请尽快发布近期工作动态。");
            selfCheck.Add("网站更新", newest is null ? "还没有已发布的工作动态。" : $"最新稿件发布于 {newest.Date.Value:yyyy-MM-dd}，超过 14 天未更新。",
                $"发布近期工作动态（{DiagnosticCodes.SiteNotUpdated}）。");
        }
        // An empty column is one an inspector counts against the site; the navigation leaves it out until it has stories.
        var emptyTypes = StoryType.All.Where(t => published.All(s => s.Type.Value != t.Name)).ToList();
        if (emptyTypes.Count > 0)
        {
            var names = string.Join("、", emptyTypes.Select(t => $"“{t.Name}”"));
            selfCheck.Add("空白栏目", $"栏目{names}没有已发布的稿件。", $"发布这些形式的稿件（type: {string.Join(" / ", emptyTypes.Select(t => t.Name))}，{DiagnosticCodes.EmptyColumn}）。");
        }
        // A column with stories, but none for longer than its update period.
        foreach (var type in StoryType.All.Except(emptyTypes))
        {
            var latest = published.Where(s => s.Type.Value == type.Name).Max(s => s.Date.Value);
            if (today.DayNumber - latest.DayNumber > type.UpdateDays)
            {
                selfCheck.Add("栏目更新", $"栏目“{type.Name}”最新稿件发布于 {latest:yyyy-MM-dd}，超过 {type.UpdateDays} 天未更新。",
                    $"发布“{type.Name}”形式的近期稿件（该栏目至少每 {type.UpdateDays} 天更新一次）。");
            }
        }
        foreach (var type in emptyTypes)
        {
            diagnostics.Warning(DiagnosticCodes.EmptyColumn, StoryReader.Folder, 0, 0,
                $"栏目“{type.Name}”还没有已发布的稿件，网站导航中暂不显示该栏目。",
                $"政府网站检查把空白栏目计为问题：请发布“{type.Name}”形式的稿件（type: {type.Name}）。");
        }
        CheckTaskProgress(context, published);
        DispatchRules.ReportMissing(context, published);
    }

    /// <summary>
    /// One summary for the office (专项工作机制办公室): the lead departments that have not reported for the latest half
    /// year anyone reported for, and the tasks without any progress story for six months.
    /// </summary>
    private static void CheckTaskProgress(RuleContext context, List<Story> published)
    {
        var (content, diagnostics, today) = (context.Content, context.Diagnostics, context.Today);
        var ledger = ReportLedger.Build(content.Tasks, published, context.Directory);
        var missing = ledger.Latest is { } latest ? ledger.Rows.Where(r => r.In(latest).Count == 0).ToList() : [];
        var latestOfTask = new Dictionary<int, Story>();
        foreach (var story in published.Where(s => s.Case?.Value != CaseKinds.Negative))
        {
            foreach (var number in story.Tasks)
            {
                if (!latestOfTask.TryGetValue(number.Value, out var known) || story.Date.Value > known.Date.Value) latestOfTask[number.Value] = story;
            }
        }
        var stale = content.Tasks.OrderBy(t => t.Number.Value)
            .Where(t => latestOfTask.GetValueOrDefault(t.Number.Value) is not { } s || today.DayNumber - s.Date.Value.DayNumber > 183)
            .ToList();
        if (missing.Count == 0 && stale.Count == 0) return;

        var parts = new List<string>();
        if (missing.Count > 0)
            parts.Add($"{ledger.Latest}尚未报送工作情况的牵头部门（{missing.Count}个）：{string.Join("、", missing.Select(r => $"任务{r.Task.Number.Value} {r.ShownName}"))}");
        if (stale.Count > 0)
            parts.Add($"半年以上没有进展报道的重点任务：{string.Join("、", stale.Select(t => $"任务{t.Number.Value}"))}");
        var table = new List<IReadOnlyList<string>> { new[] { "重点任务", "牵头部门", ledger.Latest is { } p ? $"{p}工作情况" : "半年工作情况", "最近进展" } };
        string Latest(KeyTask task) => latestOfTask.GetValueOrDefault(task.Number.Value) is { } s ? $"{s.Date.Value:yyyy-MM-dd}" : "暂无";
        table.AddRange(missing.Select(r => (IReadOnlyList<string>)[$"{r.Task.Number.Value}. {r.Task.Title}", r.ShownName, "未报送", Latest(r.Task)]));
        table.AddRange(stale.Where(t => missing.All(r => r.Task != t)).Select(t => (IReadOnlyList<string>)[$"{t.Number.Value}. {t.Title}", string.Join("、", t.Lead.Select(l => l.Value)), ledger.Latest is null ? "—" : "已报送", Latest(t)]));
        diagnostics.Add(new Diagnostic(DiagnosticCodes.TaskNotUpdated, Severity.Warning, TaskReader.Folder, 0, 0,
            "重点任务工作进展需要关注：" + string.Join("；", parts) + "。",
            "通知要求成员单位（部门）定期报送进展情况：请牵头部门报送进展稿件（写“report: 进展”，可加“period: 2025上半年”指明所报的半年）；逐项情况见网站“工作进展”页 /tasks/progress/。")
        {
            Table = table,
        });
    }
}
