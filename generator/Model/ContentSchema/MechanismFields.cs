namespace Portal.Model.ContentSchema;

/// <summary>content/mechanism.yml: the 专项工作机制 roster from the notice's attachment.</summary>
public static class MechanismFields
{
    public static readonly ContentField Title = new()
    {
        Key = "title", Kind = FieldKind.Text, Label = "机制名称", Requirement = Requirement.Required,
        Hint = "按通知附件书写。",
        Examples = ["甘肃省交通运输厅“三抓三促”行动专项工作机制"],
    };

    /// <summary>Shared by the chief convener and each convener.</summary>
    public static readonly ContentField PersonName = new()
    {
        Key = "name", Kind = FieldKind.Text, Label = "姓名", Requirement = Requirement.Required,
        Hint = "按通知附件书写。",
        Examples = ["柳鹏"],
    };

    public static readonly ContentField PersonPosition = new()
    {
        Key = "position", Kind = FieldKind.Text, Label = "职务",
        Hint = "按通知附件书写。",
        Examples = ["厅党组书记、厅长"],
    };

    public static readonly ContentField ChiefConvener = new()
    {
        Key = "chiefConvener", Kind = FieldKind.Object, Label = "总召集人", Requirement = Requirement.Required, Fields = [PersonName, PersonPosition],
        Hint = "通知附件中的总召集人：姓名和职务。",
    };

    public static readonly ContentField Conveners = new()
    {
        Key = "conveners", Kind = FieldKind.ObjectList, Label = "召集人", Fields = [PersonName, PersonPosition],
        Hint = "可有多人，每人一项，以“- name:”开头。",
        ItemHint = "一位召集人。",
    };

    public static readonly ContentField Members = new()
    {
        Key = "members", Kind = FieldKind.TextList, Label = "成员", ChoicesFrom = ContentSource.DepartmentNames,
        Hint = "各部门、单位，名称按附件所列，须能在 departments.yml 中找到（PORTAL0031）。",
        Examples = ["[厅办公室, 政策法规处]"],
    };

    public static readonly ContentField OfficeLocatedIn = new()
    {
        Key = "locatedIn", Kind = FieldKind.Text, Label = "办公室设在", Requirement = Requirement.Required, ChoicesFrom = ContentSource.DepartmentNames,
        Hint = "办公室设在哪个部门，须能在 departments.yml 中找到（PORTAL0031）。",
        Examples = ["厅直机关党委"],
    };

    public static readonly ContentField OfficeDirector = new()
    {
        Key = "director", Kind = FieldKind.Text, Label = "办公室主任",
        Hint = "主任姓名。",
        Examples = ["张肃军"],
    };

    public static readonly ContentField DeputyDepartment = new()
    {
        Key = "department", Kind = FieldKind.Text, Label = "副主任所在部门", Requirement = Requirement.Required, ChoicesFrom = ContentSource.DepartmentNames,
        Hint = "须能在 departments.yml 中找到（PORTAL0031）。",
        Examples = ["厅办公室", "派驻厅纪检监察组"],
    };

    public static readonly ContentField DeputyRole = new()
    {
        Key = "role", Kind = FieldKind.Text, Label = "职务",
        Hint = "按通知附件书写。",
        Examples = ["主要负责同志", "相关负责同志"],
    };

    public static readonly ContentField OfficeDeputies = new()
    {
        Key = "deputies", Kind = FieldKind.ObjectList, Label = "副主任", Fields = [DeputyDepartment, DeputyRole],
        Hint = "每项写所在部门和职务，以“- department:”开头。",
        ItemHint = "一位副主任。",
    };

    public static readonly ContentField Office = new()
    {
        Key = "office", Kind = FieldKind.Object, Label = "办公室", Requirement = Requirement.Required, Fields = [OfficeLocatedIn, OfficeDirector, OfficeDeputies],
        Hint = "专项工作机制办公室，写明设在哪个部门、主任和副主任。",
    };

    public static readonly ContentField Duties = new()
    {
        Key = "duties", Kind = FieldKind.Text, Label = "机制职责",
        Hint = "专项工作机制的主要职责，按附件原文。",
        Examples = ["统筹推进厅系统“三抓三促”行动，研究部署重点工作，审议重要文件，协调解决重大问题。"],
    };

    public static readonly ContentField OfficeDuties = new()
    {
        Key = "officeDuties", Kind = FieldKind.Text, Label = "办公室职责",
        Hint = "专项工作机制办公室的主要职责，按附件原文。",
        Examples = ["承担专项工作机制日常工作，督办重点事项，开展调研督导。"],
    };

    public static readonly ContentDocument Document = new()
    {
        Id = "mechanism",
        Path = "mechanism.yml",
        Format = ContentFormat.YamlFile,
        Title = "专项工作机制（content/mechanism.yml）",
        Description = "“三抓三促”行动专项工作机制的组成和职责，显示在 /mechanism/。所有部门名称须能在 departments.yml 中找到（否则 PORTAL0031）。",
        Fields = [Title, ChiefConvener, Conveners, Members, Office, Duties, OfficeDuties],
    };
}
