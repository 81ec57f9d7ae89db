namespace Portal.Site;

/// <summary>A department's page: who it is, the key tasks it leads and its stories, paginated.</summary>
public sealed class DepartmentPages : PageSource<ListPage<DepartmentEntry>>
{
    public const string Name = "department";

    public override string Kind => Name;
    public override int Order => 80;
    public override string Template => "department";
    public override string Section => "departments";
    public override bool Shared => true;

    protected override IEnumerable<(string Path, ListPage<DepartmentEntry> Route)> Addresses(SiteModel site) =>
        site.Departments.SelectMany(d => ListPage<DepartmentEntry>.All(d, d.Path, d.Stories));

    protected override Page Build(PageContext context, string path, ListPage<DepartmentEntry> route)
    {
        var department = route.Owner;
        var (pagination, stories) = context.Slice(route);
        return context.Dated(context.Page(this, path, context.PagedTitle(department.Name, pagination), pagination), PageContext.NewestOf(department.Stories)) with
        {
            Description = context.Text.Page("department", "description", ("fullName", department.FullName)),
            Breadcrumbs = [context.Crumb("home"), context.Crumb("departments")],
            Model = new DepartmentPageView
            {
                Name = department.Name, FullName = department.FullName, KindLabel = department.KindLabel, Aliases = department.Aliases,
                IsMechanismMember = department.IsMechanismMember, IsOfficeHost = department.IsOfficeHost, DeputyRole = department.DeputyRole,
                Description = department.Description, LedTasks = department.LedTasks.Select(context.TaskLinkOf).ToList(), Stories = stories,
            },
        };
    }

    public override IEnumerable<SearchDocument> SearchDocuments(PageContext context)
    {
        var text = context.Text;
        return context.Site.Departments.Select(department => new SearchDocument
        {
            Url = department.Url,
            Title = department.Name,
            Kind = context.Title("departments"),
            Body = text.Label("searchDepartment", ("fullName", department.FullName), ("kind", department.KindLabel), ("description", department.Description))
                + (department.LedTasks.Count > 0
                    ? text.Label("searchLedTasks", ("tasks", string.Join(text.Label("enumerationSeparator"), department.LedTasks.Select(t => t.Title))))
                    : ""),
            Meta = string.Join("\n", department.SearchNames),
            Departments = [context.DepartmentIndexOf(department)],
            Tasks = department.LedTasks.Select(t => t.Number).ToList(),
            Boost = 1.2,
        });
    }
}

public sealed record DepartmentPageView
{
    public required string Name { get; init; }
    /// <summary>Shown only when it differs from the name: where the notice gives no full name, the site shows none.</summary>
    public required string FullName { get; init; }
    public required string KindLabel { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public required bool IsMechanismMember { get; init; }
    public required bool IsOfficeHost { get; init; }
    public required string? DeputyRole { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<TaskLink> LedTasks { get; init; }
    public required IReadOnlyList<StoryCard> Stories { get; init; }
}
