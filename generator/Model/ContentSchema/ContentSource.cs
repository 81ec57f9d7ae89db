namespace Portal.Model.ContentSchema;

/// <summary>
/// Where a field's allowed values are listed when they are content rather than code, so that a CMS configuration
/// can offer them as a select and a schema can describe them without going stale when content changes.
/// </summary>
/// <param name="Document">The <see cref="ContentDocument.Id"/> holding the values.</param>
/// <param name="ValuePaths">Fields of that document whose values are allowed; "departments.name" is the name of each departments item.</param>
/// <param name="Description">What an allowed value is, in Chinese.</param>
/// <param name="Examples">A few typical values, as YAML.</param>
public sealed record ContentSource(string Document, IReadOnlyList<string> ValuePaths, string Description, IReadOnlyList<string> Examples)
{
    public static readonly ContentSource TaskNumbers = new(
        "task", ["number"], "content/tasks/ 中已有的重点任务序号（阿拉伯数字）", ["4"]);

    public static readonly ContentSource DepartmentNames = new(
        "departments",
        ["departments.name", "departments.fullName", "departments.aliases", "groups.name"],
        "departments.yml 中登记的部门名称、全称、别名或集合称谓",
        ["公路管理处", "乡村振兴办", "政策法规处", "厅办公室", "省公路事业发展中心", "省公路发展中心", "厅机关各部门"]);
}
