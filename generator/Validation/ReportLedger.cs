using Portal.Model;

namespace Portal.Validation;

/// <summary>
/// Who has reported what for which half year (通知 三（二）): one row per key task and lead department, in the notice's
/// order (a collective lead such as 厅机关各部门 is one row, satisfied by any of its members), and the reports of each
/// row by period. The progress board, its CSV and `check`'s summary are all made from this one reckoning.
/// </summary>
public sealed class ReportLedger
{
    private ReportLedger(IReadOnlyList<ReportRow> rows, IReadOnlyList<ReportPeriod> periods)
    {
        Rows = rows;
        Periods = periods;
    }

    public IReadOnlyList<ReportRow> Rows { get; }

    /// <summary>From 2025上半年 to the latest period any report names (from content, never the clock); empty without reports.</summary>
    public IReadOnlyList<ReportPeriod> Periods { get; }

    /// <summary>The latest period that has any report, or null.</summary>
    public ReportPeriod? Latest => Periods.Count > 0 ? Periods[^1] : null;

    /// <param name="reports">The stories to count (published ones; with drafts when they are shown); only 进展 reports count.</param>
    public static ReportLedger Build(IEnumerable<KeyTask> tasks, IEnumerable<Story> reports, DepartmentDirectory directory)
    {
        // A 进展 counts for its period, or for the half year of its date when it names none; the office's own
        // half-year report (半年工作情况) is not a lead department's report.
        var byPeriod = reports
            .Where(s => s.IsProgressReport)
            .Select(s => (Story: s, Period: s.ReportPeriodOrDate, Senders: s.Departments.SelectMany(d => directory.Resolve(d.Value) ?? []).ToHashSet()))
            .ToList();
        var rows = new List<ReportRow>();
        foreach (var task in tasks.OrderBy(t => t.Number.Value))
        {
            foreach (var lead in task.Lead)
            {
                var members = directory.Resolve(lead.Value) ?? [];
                var mine = byPeriod
                    .Where(r => r.Story.Tasks.Any(n => n.Value == task.Number.Value) && members.Any(r.Senders.Contains))
                    .GroupBy(r => r.Period)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<Story>)g.Select(r => r.Story).OrderByDescending(s => s.Date.Value).ThenBy(s => s.FileStem, StringComparer.Ordinal).ToList());
                rows.Add(new ReportRow(task, lead.Value, members, mine));
            }
        }
        var latest = byPeriod.Count == 0 ? (ReportPeriod?)null : byPeriod.Max(r => r.Period);
        var first = latest is { } l && l.CompareTo(ReportPeriod.First) < 0 ? l : ReportPeriod.First;
        return new ReportLedger(rows, latest is { } last ? ReportPeriod.Range(first, last).ToList() : []);
    }
}

/// <param name="Lead">The lead as the notice writes it (a department's name or alias, or a collective such as 厅机关各部门).</param>
/// <param name="Members">The departments the lead stands for (one, or every member of a collective).</param>
public sealed record ReportRow(KeyTask Task, string Lead, IReadOnlyList<Department> Members, IReadOnlyDictionary<ReportPeriod, IReadOnlyList<Story>> Reports)
{
    /// <summary>The lead as the site shows it: the department's name (科技处 for 厅科技处), or the collective's words.</summary>
    public string ShownName => Members is [var one] ? one.Name : Lead;

    public IReadOnlyList<Story> In(ReportPeriod period) => Reports.TryGetValue(period, out var stories) ? stories : [];

    /// <summary>Every report of the row dated on or before <paramref name="asOf"/>, newest first.</summary>
    public IReadOnlyList<Story> Until(DateOnly asOf) =>
        Reports.Values.SelectMany(s => s).Where(s => s.Date.Value <= asOf).Distinct()
            .OrderByDescending(s => s.Date.Value).ThenBy(s => s.FileStem, StringComparer.Ordinal).ToList();
}

/// <summary>A lead department's standing in the office's dispatch: reported in the period, not in the period but within
/// the cadence, or nothing within the cadence (nor ever).</summary>
public enum DispatchState
{
    Reported,
    NotThisPeriod,
    Overdue,
}

public static class DispatchStates
{
    /// <param name="last">The latest report on or before <paramref name="asOf"/>, of any period; null when none.</param>
    public static DispatchState Of(bool reportedInPeriod, DateOnly? last, string cadence, DateOnly asOf) =>
        reportedInPeriod ? DispatchState.Reported
        : last is not { } l || l < DispatchCadences.WindowStart(cadence, asOf) ? DispatchState.Overdue
        : DispatchState.NotThisPeriod;
}
