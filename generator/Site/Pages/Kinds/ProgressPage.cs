namespace Portal.Site;

/// <summary>
/// The progress board (工作进展), also written as /tasks/progress.csv: one row per key task and lead department in the
/// notice's order, one column per half year.
/// </summary>
public sealed class ProgressPage : SinglePageSource
{
    public override string Kind => PageKinds.Progress;
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
