namespace Portal.Site;

/// <summary>
/// The progress board (工作进展), also written as /tasks/progress.csv: one row per key task and lead department in the
/// notice's order, one column per half year.
/// </summary>
public sealed class ProgressPage : SinglePageSource
{
    public const string Name = "progress";

    public override string Kind => Name;
    public override int Order => 60;
    public override string Template => "progress";
    protected override string? LandingSection => "progress";
    public override string Section => "tasks";
    public override string? NotSearchedBecause => "a table of links to reports that are searchable stories themselves";
    protected override string Path => Routes.TaskProgress;

    protected override Page Build(PageContext context) =>
        context.Page(this, Path, context.Title("progress")) with
        {
            Description = context.Text.Page("progress", "description"), Breadcrumbs = [context.Crumb("home"), context.Crumb("tasks")],
            DateLabel = context.Text.Label("updated"), DateText = context.DateText(context.Site.LastUpdated), DateIso = PageContext.Iso(context.Site.LastUpdated),
            Model = Board(context),
        };

    /// <summary>The board's view, for its page and the CSV file.</summary>
    public static ProgressBoardView Board(PageContext context)
    {
        var board = context.Site.Progress;
        var rows = board.Rows.Select((row, i) => new ProgressRowView
            {
                TaskNumber = row.Task.Number, TaskTitle = row.Task.Title, TaskUrl = row.Task.Url,
                TaskRows = i > 0 && board.Rows[i - 1].Task == row.Task ? 0 : board.Rows.Count(r => r.Task == row.Task),
                Lead = row.Lead, LeadUrl = row.Department?.Url,
                Cells = board.Periods.Select(period => new ProgressCellView
                {
                    Period = period.ToString(), State = row.In(period).Count > 0 ? "reported" : "missing",
                    Reports = row.In(period).Select(s => new ReportLink { Title = s.Title, Url = s.Url, AbsoluteUrl = s.AbsoluteUrl, DateText = context.DateText(s.Date) }).ToList(),
                }).ToList(),
            })
            .ToList();
        return new ProgressBoardView { Periods = board.Periods.Select(p => p.ToString()).ToList(), Rows = rows, CsvUrl = context.Urls.Href(Routes.TaskProgressCsv) };
    }
}

/// <summary>
/// The progress board (工作进展), also written as /tasks/progress.csv: one row per key task and lead department in the
/// notice's order, one column per half year.
/// </summary>
public sealed record ProgressBoardView
{
    public required IReadOnlyList<string> Periods { get; init; }
    public required IReadOnlyList<ProgressRowView> Rows { get; init; }
    public required string CsvUrl { get; init; }
}

public sealed record ProgressRowView
{
    public required int TaskNumber { get; init; }
    public required string TaskTitle { get; init; }
    public required string TaskUrl { get; init; }
    /// <summary>On the first row of a task, how many rows the task spans (for rowspan); 0 on its other rows.</summary>
    public required int TaskRows { get; init; }
    public required string Lead { get; init; }
    public required string? LeadUrl { get; init; }
    public required IReadOnlyList<ProgressCellView> Cells { get; init; }
}

public sealed record ProgressCellView
{
    public required string Period { get; init; }
    /// <summary>reported or missing (the markup contract's data-state).</summary>
    public required string State { get; init; }
    public required IReadOnlyList<ReportLink> Reports { get; init; }
}

public sealed record ReportLink
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }
    public required string DateText { get; init; }
}
