using Portal.Diagnostics;

namespace Portal.Model.ContentSchema;

/// <summary>Front matter of content/tasks/NN-slug.md.</summary>
public static class TaskFields
{
    public static readonly ContentField Number = new()
    {
        Key = "number", Kind = FieldKind.Integer, Label = "任务序号", Requirement = Requirement.Required, Minimum = 1, Maximum = 99, RuleCode = DiagnosticCodes.TaskNumberOutOfRange,
        Hint = "各任务不得重复（PORTAL0070、PORTAL0071）；任务页网址 /tasks/序号/ 和稿件的 tasks 都引用它，发布后不要改动。",
        Examples = ["4"],
        Details = "1–99 的阿拉伯数字，各任务不得重复（`PORTAL0070`、`PORTAL0071`）。\n\n任务页网址为 `/tasks/序号/`，稿件的 `tasks` 也引用这个序号；发布后不要改动。",
    };

    public static readonly ContentField Title = new()
    {
        Key = "title", Kind = FieldKind.Text, Label = "任务名称", Requirement = Requirement.Required,
        Hint = "按通知原文，不带句号。",
        Examples = ["积极服务助推乡村振兴"],
    };

    public static readonly ContentField Lead = new()
    {
        Key = "lead", Kind = FieldKind.TextList, Label = "牵头部门", ChoicesFrom = ContentSource.DepartmentNames,
        Hint = "按通知原文；名称须能在 departments.yml 中找到（规范名称、全称、别名或集合称谓），否则报错（PORTAL0031）。",
        Examples = ["[厅公路管理处, 乡村振兴办]", "[厅机关各部门]"],
    };

    public static readonly ContentField Summary = new()
    {
        Key = "summary", Kind = FieldKind.Text, Label = "摘要",
        Hint = "任务原文第一句，显示在任务列表和搜索结果中。",
        Examples = ["认真落实省委农村工作会议安排部署，科学谋划新一轮农村公路提升行动。"],
    };

    public static readonly ContentDocument Document = new()
    {
        Id = "task",
        Path = "tasks",
        Format = ContentFormat.MarkdownFrontMatter,
        Title = "重点任务元数据（content/tasks/NN-英文标识.md 开头两行“---”之间的部分）",
        Description = "一项重点任务，正文为任务原文。任务页网址为 /tasks/序号/。",
        Fields = [Number, Title, Lead, Summary],
    };
}
