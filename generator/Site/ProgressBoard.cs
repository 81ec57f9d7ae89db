using Portal.Model;

namespace Portal.Site;

/// <summary>
/// The public progress board (工作进展, 通知 三（二）): for each key task in the notice's order, how many 进展 stories
/// (定期报送进展情况) each half year brought, from 2025上半年 through the half year of the build's as-of date, and the
/// office's half-year reports (每半年……报告工作情况). It shows the work done: who has not reported is the office's
/// working information (the `report` command), never the public site's.
/// </summary>
public sealed record ProgressBoard
{
    /// <summary>The half years shown: 2025上半年 through the one the as-of date falls in.</summary>
    public required IReadOnlyList<ReportPeriod> Periods { get; init; }
    /// <summary>The date the board counts to (截至).</summary>
    public required DateOnly AsOf { get; init; }
    public required IReadOnlyList<TaskProgress> Tasks { get; init; }
    /// <summary>
    /// One row per key task and lead department (<see cref="Validation.ReportLedger"/>): the office's dispatch files
    /// (`report`) read it; the public pages do not.
    /// </summary>
    public required IReadOnlyList<ProgressRow> Rows { get; init; }
    /// <summary>The office's published half-year reports (半年工作情况) by the period they report on.</summary>
    public required IReadOnlyDictionary<ReportPeriod, IReadOnlyList<StoryEntry>> OfficeReports { get; init; }

    /// <summary>进展 stories of the as-of half year, each once however many tasks it names.</summary>
    public int CurrentCount => Tasks.SelectMany(t => t.In(Periods[^1])).Distinct().Count();

    /// <summary>The newest date of what the board shows (a 进展 or an office report), or null when it shows none.</summary>
    public DateOnly? NewestReport => Tasks.SelectMany(t => t.Reports.Values).Concat(OfficeReports.Values)
        .SelectMany(stories => stories).Select(s => (DateOnly?)s.Date).Max();

    public IReadOnlyList<StoryEntry> OfficeReportsOf(ReportPeriod period) => OfficeReports.TryGetValue(period, out var stories) ? stories : [];

    public static ProgressBoard Create(IReadOnlyList<TaskEntry> tasks, IReadOnlyList<StoryEntry> stories, IReadOnlyList<ProgressRow> rows, DateOnly asOf)
    {
        var last = ReportPeriod.Of(asOf);
        var periods = ReportPeriod.Range(ReportPeriod.First, last < ReportPeriod.First ? ReportPeriod.First : last).ToList();
        var progress = stories.Where(s => s.Source.IsProgressReport && s.Date <= asOf).ToList();
        var board = tasks.Select(task => new TaskProgress
        {
            Task = task,
            Reports = progress.Where(s => s.Tasks.Contains(task))
                .GroupBy(s => s.Source.ReportPeriodOrDate)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<StoryEntry>)g.OrderBy(s => s.Order).ToList()),
        }).ToList();
        var office = stories.Where(s => s.Source.Report?.Value == ReportKinds.HalfYear && s.Date <= asOf)
            .GroupBy(s => s.Source.ReportPeriodOrDate)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StoryEntry>)g.OrderBy(s => s.Order).ToList());
        foreach (var row in board) row.Task.Reports = row.Reports.OrderByDescending(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).ToList();
        return new ProgressBoard { Periods = periods, AsOf = asOf, Tasks = board, Rows = rows, OfficeReports = office };
    }
}

/// <summary>A key task's 进展 stories by half year, newest first within each.</summary>
public sealed record TaskProgress
{
    public required TaskEntry Task { get; init; }
    public required IReadOnlyDictionary<ReportPeriod, IReadOnlyList<StoryEntry>> Reports { get; init; }

    public IReadOnlyList<StoryEntry> In(ReportPeriod period) => Reports.TryGetValue(period, out var stories) ? stories : [];
}

/// <param name="Lead">The department's name as the site shows it, or the collective's words (厅机关各部门).</param>
/// <param name="Department">The department's page, when the lead is one department.</param>
public sealed record ProgressRow(TaskEntry Task, string Lead, DepartmentEntry? Department, IReadOnlyDictionary<ReportPeriod, IReadOnlyList<StoryEntry>> Reports)
{
    public IReadOnlyList<StoryEntry> In(ReportPeriod period) => Reports.TryGetValue(period, out var stories) ? stories : [];
}
