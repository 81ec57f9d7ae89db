using Portal.Model;
using Portal.Site;
using Portal.Validation;

namespace Portal.Reports;

/// <summary>
/// What the office's dispatch materials say for one half year at one date (通知 三（二） 定期调度推进), compiled from the
/// site model only: the ledger rows (the progress board's task × lead department, in the notice's order), the
/// period's publicity work (三（四）) and typical cases (三（三））. Nothing here is written by hand.
/// </summary>
public sealed class DispatchMaterial
{
    public required ReportPeriod Period { get; init; }
    public required DateOnly AsOf { get; init; }
    /// <summary>每月, 季度 or 半年 (site.yml dispatch.every).</summary>
    public required string Cadence { get; init; }
    public required IReadOnlyList<DispatchRow> Rows { get; init; }
    /// <summary>Every published story dated in the period up to the as-of date, oldest first.</summary>
    public required IReadOnlyList<StoryEntry> Stories { get; init; }
    public required IReadOnlyList<TaskEntry> Tasks { get; init; }

    /// <summary>The 进展 reports of the period, each once (a report by two leads of a task is one submission).</summary>
    public IReadOnlyList<StoryEntry> Submissions => Rows.SelectMany(r => r.Submissions).Distinct().OrderBy(s => s.Date).ThenBy(s => s.Path, StringComparer.Ordinal).ToList();

    /// <summary>Stories per publicity form of the notice (三（四）: 即时报道、综述评论、专题访谈、宣传短片), in its order.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<StoryEntry> Stories)> ByForm =>
        StoryType.All.Where(t => t.Name != StoryType.CaseTypeName)
            .Select(t => (t.Name, (IReadOnlyList<StoryEntry>)Stories.Where(s => s.Type == t).ToList())).ToList();

    /// <summary>The period's media coverage counted as the /coverage/ page counts it (<see cref="CoverageFigures"/>).</summary>
    public CoverageFigures Coverage => coverage ??= CoverageFigures.Of(Stories);
    private CoverageFigures? coverage;

    /// <summary>Media coverage per medium (报纸、网络、电视、新媒体), in the notice's order.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<StoryEntry> Stories)> ByMedium => Coverage.ByMedium.Select(c => (c.Name, c.Stories)).ToList();

    /// <summary>Media coverage per outlet (source.name), most stories first, then by name.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<StoryEntry> Stories)> ByOutlet => Coverage.ByOutlet.Select(c => (c.Name, c.Stories)).ToList();

    public IReadOnlyList<StoryEntry> Cases(string kind) => Stories.Where(s => s.Type.Name == StoryType.CaseTypeName && s.CaseKind == kind).ToList();

    public static DispatchMaterial Compile(SiteModel site, ReportPeriod period, DateOnly asOf)
    {
        var cadence = site.Config.DispatchCadence;
        var rows = site.Progress.Rows.Select(row =>
        {
            var submissions = row.In(period).Where(s => s.Date <= asOf).OrderBy(s => s.Date).ThenBy(s => s.Path, StringComparer.Ordinal).ToList();
            var last = row.Reports.Values.SelectMany(s => s).Where(s => s.Date <= asOf).OrderByDescending(s => s.Date).FirstOrDefault();
            var state = DispatchStates.Of(submissions.Count > 0, last?.Date, cadence, asOf);
            return new DispatchRow(row.Task, row.Lead, submissions, last, last is null ? null : asOf.DayNumber - last.Date.DayNumber, state);
        }).ToList();
        var stories = site.Stories.Where(s => s.Date >= period.Start && s.Date <= period.End && s.Date <= asOf)
            .OrderBy(s => s.Date).ThenBy(s => s.Path, StringComparer.Ordinal).ToList();
        return new DispatchMaterial { Period = period, AsOf = asOf, Cadence = cadence, Rows = rows, Stories = stories, Tasks = site.Tasks };
    }
}

/// <param name="Lead">The lead as the site shows it (科技处; a collective lead such as 厅机关各部门 as the notice writes it).</param>
/// <param name="Submissions">Its 进展 reports for the period, oldest first.</param>
/// <param name="Last">Its latest 进展 on or before the as-of date, whatever the period.</param>
/// <param name="DaysSince">Days from <paramref name="Last"/> to the as-of date.</param>
public sealed record DispatchRow(TaskEntry Task, string Lead, IReadOnlyList<StoryEntry> Submissions, StoryEntry? Last, int? DaysSince, DispatchState State);
