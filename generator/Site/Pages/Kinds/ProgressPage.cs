using Portal.Model;

namespace Portal.Site;

/// <summary>
/// The progress board (工作进展), also written as /tasks/progress.csv: one row per key task in the notice's order, one
/// column per half year through the build's as-of date, each cell the number of 进展 stories (the work done; never who
/// is late), and under each column the office's half-year report.
/// </summary>
public sealed class ProgressPage : SinglePageSource
{
    public const string Name = "progress";

    public override string Kind => Name;
    public override int Order => 60;
    public override string Template => "progress";
    protected override string? LandingSection => "progress";
    public override string Section => "tasks";
    public override string? NotSearchedBecause => "a table of figures linking to progress stories, which are searchable themselves";
    protected override string Path => Routes.TaskProgress;

    protected override Page Build(PageContext context) =>
        context.Dated(context.Page(this, Path, context.Title("progress")), context.Site.Progress.NewestReport) with
        {
            Description = context.Text.Page("progress", "description"), Breadcrumbs = [context.Crumb("home"), context.Crumb("tasks")],
            Model = Board(context),
        };

    /// <summary>The board's view, for its page and the CSV file.</summary>
    public static ProgressBoardView Board(PageContext context)
    {
        var board = context.Site.Progress;
        return new ProgressBoardView
        {
            AsOfText = context.DateText(board.AsOf), AsOfIso = PageContext.Iso(board.AsOf),
            Periods = board.Periods.Select(period => new PeriodColumnView
            {
                Period = period.ToString(),
                OfficeReports = board.OfficeReportsOf(period).Select(s => Link(context, s)).ToList(),
            }).ToList(),
            Rows = board.Tasks.Select(row => new ProgressRowView
            {
                TaskNumber = row.Task.Number, TaskTitle = row.Task.Title, TaskUrl = row.Task.Url, LeadText = row.Task.LeadText,
                Cells = board.Periods.Select(period => Cell(context, row, period)).ToList(),
            }).ToList(),
            CsvUrl = context.Urls.Href(Routes.TaskProgressCsv),
        };
    }

    private static ProgressCellView Cell(PageContext context, TaskProgress row, ReportPeriod period)
    {
        var reports = row.In(period);
        var newest = reports.Count > 0 ? reports.MaxBy(s => s.Date) : null;
        return new ProgressCellView
        {
            Period = period.ToString(), Count = reports.Count,
            Url = reports.Count > 0 ? row.Task.Url + "#" + TaskPages.ProgressAnchor(period) : null,
            NewestDateText = newest is null ? null : context.DateText(newest.Date), NewestDateIso = newest?.DateIso,
        };
    }

    private static ReportLink Link(PageContext context, StoryEntry story) =>
        new() { Title = story.Title, Url = story.Url, AbsoluteUrl = story.AbsoluteUrl, DateText = context.DateText(story.Date) };
}

/// <summary>
/// The progress board (工作进展), also written as /tasks/progress.csv: one row per key task and lead department in the
/// notice's order, one column per half year.
/// </summary>
public sealed record ProgressBoardView
{
    /// <summary>The date the board counts to (截至), as readers see it and as ISO.</summary>
    public required string AsOfText { get; init; }
    public required string AsOfIso { get; init; }
    public required IReadOnlyList<PeriodColumnView> Periods { get; init; }
    public required IReadOnlyList<ProgressRowView> Rows { get; init; }
    public required string CsvUrl { get; init; }
}

/// <summary>A half year's column: its name, and the office's half-year reports on it (半年工作情况) when published.</summary>
public sealed record PeriodColumnView
{
    public required string Period { get; init; }
    public required IReadOnlyList<ReportLink> OfficeReports { get; init; }
}

/// <summary>A key task's row: its lead departments as the notice writes them, one cell per half year.</summary>
public sealed record ProgressRowView
{
    public required int TaskNumber { get; init; }
    public required string TaskTitle { get; init; }
    public required string TaskUrl { get; init; }
    public required string LeadText { get; init; }
    public required IReadOnlyList<ProgressCellView> Cells { get; init; }
}

/// <summary>How many 进展 stories the half year brought for the task (a plain number, 0 included), linked to them.</summary>
public sealed record ProgressCellView
{
    public required string Period { get; init; }
    public required int Count { get; init; }
    /// <summary>The task page's section of this half year's 进展; null when there is none.</summary>
    public required string? Url { get; init; }
    public required string? NewestDateText { get; init; }
    public required string? NewestDateIso { get; init; }
}

public sealed record ReportLink
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }
    public required string DateText { get; init; }
}
