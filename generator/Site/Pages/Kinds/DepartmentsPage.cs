using Portal.Model;

namespace Portal.Site;

/// <summary>The departments' index (部门单位), grouped by kind: 厅机关部门, 厅属单位, 派驻机构.</summary>
public sealed class DepartmentsPage : SinglePageSource
{
    public const string Name = "departments";

    public override string Kind => Name;
    public override int Order => 70;
    public override string Template => "departments";
    protected override string? LandingSection => "departments";
    public override string? NotSearchedBecause => "each department is a search document of its own (DepartmentPages)";
    protected override string Path => Routes.Departments;

    protected override Page Build(PageContext context) =>
        // The page shows the departments and the tasks they lead, as the notice names them: it carries the notice's date.
        context.Dated(context.Page(this, Path, context.Title("departments")), newest: null) with
        {
            Description = context.Text.Page("departments", "description"), Breadcrumbs = [context.Crumb("home")],
            Model = new DepartmentsView
            {
                Groups = DepartmentKinds.All
                    .Select(k => new DepartmentGroupView
                    {
                        Label = k.Label,
                        Departments = context.Site.Departments.Where(d => d.Source.Kind == k.Kind)
                            .Select(d => new DepartmentCard { Name = d.Name, Url = d.Url, LedTaskCount = d.LedTasks.Count }).ToList(),
                    })
                    .Where(g => g.Departments.Count > 0).ToList(),
            },
        };
}

public sealed record DepartmentGroupView
{
    public required string Label { get; init; }
    public required IReadOnlyList<DepartmentCard> Departments { get; init; }
}

public sealed record DepartmentsView
{
    public required IReadOnlyList<DepartmentGroupView> Groups { get; init; }
}
