namespace Portal.Model;

/// <summary>One department or unit of content/departments.yml.</summary>
public sealed record Department
{
    public required string Name { get; init; }
    public required string FullName { get; init; }
    public required string Slug { get; init; }
    public required DepartmentKind Kind { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string Description { get; init; } = "";
    /// <summary>Position in the file: the registry's order is the display order.</summary>
    public int Order { get; init; }
    public int Line { get; init; }
}

/// <summary>A collective name such as 厅机关各部门 that stands for every department of a kind.</summary>
public sealed record DepartmentGroup(string Name, DepartmentKind Kind, int Line);

public enum DepartmentKind
{
    Office,     // 厅机关
    Unit,       // 厅属单位
    Stationed,  // 派驻机构
}

public static class DepartmentKinds
{
    public static readonly IReadOnlyList<(DepartmentKind Kind, string Label)> All =
    [
        (DepartmentKind.Office, "厅机关"),
        (DepartmentKind.Unit, "厅属单位"),
        (DepartmentKind.Stationed, "派驻机构"),
    ];

    public static string Label(DepartmentKind kind) => All.First(k => k.Kind == kind).Label;

    public static DepartmentKind? Parse(string label) =>
        All.Where(k => k.Label == label).Select(k => (DepartmentKind?)k.Kind).FirstOrDefault();
}
