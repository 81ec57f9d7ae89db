namespace Portal.Site;

/// <summary>The index of the nine key tasks (重点任务), with the ledger's CSV and the progress board.</summary>
public sealed class TasksPage : SinglePageSource
{
    public const string Name = "tasks";

    public override string Kind => Name;
    public override int Order => 40;
    public override string Template => "tasks";
    protected override string? LandingSection => "tasks";
    public override string? NotSearchedBecause => "each key task is a search document of its own (TaskPages)";
    protected override string Path => Routes.Tasks;

    protected override Page Build(PageContext context) =>
        context.Dated(context.Page(this, Path, context.Title("tasks")), context.Site.Tasks.Select(t => PageContext.NewestOf(t.Stories)).Max()) with
        {
            Description = context.Text.Page("tasks", "description"), Breadcrumbs = [context.Crumb("home")],
            Model = new TasksView
            {
                Tasks = context.Site.Tasks.Select(context.TaskCardOf).ToList(),
                LedgerCsvUrl = context.Urls.Href(Routes.TaskLedgerCsv),
                ProgressUrl = context.Urls.Href(Routes.TaskProgress),
            },
        };
}

public sealed record TasksView
{
    public required IReadOnlyList<TaskCard> Tasks { get; init; }
    public required string LedgerCsvUrl { get; init; }
    public required string ProgressUrl { get; init; }
}
