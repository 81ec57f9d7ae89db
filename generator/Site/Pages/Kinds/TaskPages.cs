using Portal.Model;

namespace Portal.Site;

/// <summary>A key task's page (重点任务N): what the notice asks, its lead departments, its half-year reports and its stories, paginated.</summary>
public sealed class TaskPages : PageSource<ListPage<TaskEntry>>
{
    public const string Name = "task";

    public override string Kind => Name;
    public override int Order => 50;
    public override string Template => "task";
    public override string Section => "tasks";
    public override bool Shared => true;

    protected override IEnumerable<(string Path, ListPage<TaskEntry> Route)> Addresses(SiteModel site) =>
        site.Tasks.SelectMany(t => ListPage<TaskEntry>.All(t, t.Path, t.Stories));

    protected override Page Build(PageContext context, string path, ListPage<TaskEntry> route)
    {
        var task = route.Owner;
        var (pagination, stories) = context.Slice(route);
        var title = Title(context, task);
        var page = context.Dated(context.Page(this, path, context.PagedTitle(title, pagination), pagination), PageContext.NewestOf(task.Stories)) with
        {
            Description = task.Summary, Breadcrumbs = [context.Crumb("home"), context.Crumb("tasks")],
            OpenGraphType = "article", Poster = pagination.Current == 1,
            Model = new TaskPageView
            {
                Task = context.TaskCardOf(task),
                Body = new MarkdownBody(task.Source.Body, context.Urls),
                Stories = stories,
                IsFirstPage = pagination.Current == 1,
                Reports = task.Reports.Select(r => new PeriodReportsView
                {
                    Period = r.Period.ToString(), Anchor = ProgressAnchor(r.Period), Stories = r.Reports.Select(context.CardOf).ToList(),
                }).ToList(),
                ProgressUrl = context.Urls.Href(Routes.TaskProgress),
            },
        };
        return PageContext.AsArticle(page, title, context.NoticeSource, []);
    }

    /// <summary>The id of a half year's 进展 on a task page (the progress board's cells link to it): progress-2025-2.</summary>
    public static string ProgressAnchor(ReportPeriod period) => $"progress-{period.Year}-{(period.SecondHalf ? 2 : 1)}";

    private static string Title(PageContext context, TaskEntry task) =>
        context.Text.Page("task", "title", ("number", task.Number), ("title", task.Title));

    public override IEnumerable<SearchDocument> SearchDocuments(PageContext context) =>
        context.Site.Tasks.Select(task => new SearchDocument
        {
            Url = task.Url,
            Title = Title(context, task),
            Kind = context.Title("tasks"),
            Date = task.Latest?.DateIso,
            Headings = task.Source.Body.Headings,
            Body = task.Source.Body.PlainText,
            Meta = context.Text.Label("searchLeads", ("leads", task.LeadText)) + "\n" + string.Join("\n", task.NamedLeads.SelectMany(d => d.SearchNames)),
            Summary = task.Summary,
            Tasks = [task.Number],
            Departments = task.NamedLeads.Select(context.DepartmentIndexOf).ToList(),
            Boost = 1.5,
        });
}

public sealed record TaskPageView
{
    public required TaskCard Task { get; init; }
    public required MarkdownBody Body { get; init; }
    public required IReadOnlyList<StoryCard> Stories { get; init; }
    public required bool IsFirstPage { get; init; }
    /// <summary>Its 进展报送 by half year, newest half year first (the progress board links to each by its anchor).</summary>
    public required IReadOnlyList<PeriodReportsView> Reports { get; init; }
    public required string ProgressUrl { get; init; }
}

public sealed record PeriodReportsView
{
    public required string Period { get; init; }
    public required string Anchor { get; init; }
    public required IReadOnlyList<StoryCard> Stories { get; init; }
}
