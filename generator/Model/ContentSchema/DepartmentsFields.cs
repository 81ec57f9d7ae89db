using Portal.Diagnostics;

namespace Portal.Model.ContentSchema;

/// <summary>content/departments.yml: the registry every department name in content is resolved against.</summary>
public static class DepartmentsFields
{
    private static readonly Dictionary<DepartmentKind, string> KindHints = new()
    {
        [DepartmentKind.Office] = "厅机关各处室、局、办，如 政策法规处。",
        [DepartmentKind.Unit] = "厅属事业单位，如 省公路事业发展中心。",
        [DepartmentKind.Stationed] = "派驻厅的机构，如 派驻厅纪检监察组。",
    };

    private static readonly IReadOnlyList<FieldChoice> KindChoices =
        DepartmentKinds.All.Select(k => new FieldChoice(k.Label, KindHints[k.Kind])).ToList();

    public static readonly ContentField Name = new()
    {
        Key = "name", Kind = FieldKind.Text, Label = "部门名称", Requirement = Requirement.Required,
        Hint = "规范名称，网站上统一显示这个名称；所有名称、全称、别名在整个名录中只能出现一次（PORTAL0060）。",
        Examples = ["公路管理处", "省公路事业发展中心"],
    };

    public static readonly ContentField FullName = new()
    {
        Key = "fullName", Kind = FieldKind.Text, Label = "全称",
        Hint = "核实过的正式全称；通知没有给出、尚未核实时留空（\"\"），网站只显示规范名称，自查（PORTAL0029）列为待确认。稿件中也可以写全称。",
        Examples = ["甘肃省交通运输厅公路管理处"],
    };

    public static readonly ContentField Slug = new()
    {
        Key = "slug", Kind = FieldKind.Text, Label = "网址标识", Requirement = Requirement.Required, Pattern = TextPattern.Slug, RuleCode = DiagnosticCodes.InvalidDepartmentSlug,
        Hint = "部门页网址 /departments/标识/ 中的英文标识，格式不对报错（PORTAL0061），与其他部门重复报错（PORTAL0040）；确定后不要再改。",
        Examples = ["highway-administration"],
        Details = "小写英文字母、数字和连字符，如 `highway-administration`；部门页网址为 `/departments/highway-administration/`。\n\n格式不对报错 `PORTAL0061`，与其他部门重复报错 `PORTAL0040`。发布后不要再改，否则别人收藏的网址会失效。",
    };

    public static readonly ContentField Kind = new()
    {
        Key = "kind", Kind = FieldKind.Text, Label = "部门类别", Requirement = Requirement.Required, Choices = KindChoices, RuleCode = DiagnosticCodes.InvalidDepartmentKind,
        Hint = "写错报错（PORTAL0062）。",
        Examples = ["厅机关"],
    };

    public static readonly ContentField Aliases = new()
    {
        Key = "aliases", Kind = FieldKind.TextList, Label = "别名",
        Hint = "稿件中常见的其他写法；没有就写 []。",
        Examples = ["[厅公路管理处]", "[]"],
    };

    public static readonly ContentField Description = new()
    {
        Key = "description", Kind = FieldKind.Text, Label = "简介",
        Hint = "显示在部门页。",
        Examples = ["负责全省公路行业管理。"],
    };

    public static readonly ContentField Departments = new()
    {
        Key = "departments", Kind = FieldKind.ObjectList, Label = "部门列表", Fields = [Name, FullName, Slug, Kind, Aliases, Description],
        Hint = "每个部门一项，以“- name:”开头；列表顺序即网站上的显示顺序。",
        ItemHint = "一个部门或单位。",
    };

    public static readonly ContentField GroupName = new()
    {
        Key = "name", Kind = FieldKind.Text, Label = "集合称谓", Requirement = Requirement.Required,
        Hint = "通知中代表一类部门的说法。",
        Examples = ["厅机关各部门", "厅属各单位"],
    };

    public static readonly ContentField GroupKind = new()
    {
        Key = "kind", Kind = FieldKind.Text, Label = "部门类别", Requirement = Requirement.Required, Choices = KindChoices, RuleCode = DiagnosticCodes.InvalidDepartmentKind,
        Hint = "这个称谓代表的部门类别，写错报错（PORTAL0062）。",
        Examples = ["厅机关"],
    };

    public static readonly ContentField Groups = new()
    {
        Key = "groups", Kind = FieldKind.ObjectList, Label = "集合称谓", Fields = [GroupName, GroupKind],
        Hint = "如“厅机关各部门”，可用作牵头部门，代表该类别的全部部门单位。",
        ItemHint = "一个集合称谓。",
    };

    public static readonly ContentDocument Document = new()
    {
        Id = "departments",
        Path = "departments.yml",
        Format = ContentFormat.YamlFile,
        Title = "部门单位名录（content/departments.yml）",
        Description = "网站上所有部门、单位名称都以此为准。稿件、任务、机制中写到的部门名称（规范名称、全称、别名或集合称谓）都必须能在这里找到。",
        Fields = [Departments, Groups],
    };
}
