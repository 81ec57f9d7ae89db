using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

public static partial class DepartmentsReader
{
    public const string FileName = "departments.yml";

    [GeneratedRegex(TextPattern.SlugRegex)]
    public static partial Regex SlugPattern();

    public static (IReadOnlyList<Department>, IReadOnlyList<DepartmentGroup>) Read(ContentFiles files, DiagnosticBag diagnostics)
    {
        var map = YamlFileReader.ReadMapping(files, DepartmentsFields.Document, diagnostics);
        if (map is null) return ([], []);
        var departments = new List<Department>();
        foreach (var item in map.MapList(DepartmentsFields.Departments))
        {
            var name = item.String(DepartmentsFields.Name);
            var slug = item.String(DepartmentsFields.Slug);
            var kindText = item.String(DepartmentsFields.Kind);
            var kind = kindText is { } k ? ParseKind(k, diagnostics) : null;
            if (slug is { } s && !SlugPattern().IsMatch(s.Value))
            {
                diagnostics.Error(DiagnosticCodes.InvalidDepartmentSlug, FileName, s.Line, s.Column,
                    $"网址标识“{s.Value}”只能包含小写英文字母、数字和连字符。", "例如“slug: highway-administration”。");
                slug = null;
            }
            var aliases = item.StringList(DepartmentsFields.Aliases).Select(a => a.Value).ToList();
            var description = item.String(DepartmentsFields.Description)?.Value ?? "";
            item.ReportUnknownKeys();
            if (name is null || slug is null || kind is null) continue;
            departments.Add(new Department
            {
                Name = name.Value.Value,
                FullName = item.String(DepartmentsFields.FullName)?.Value ?? name.Value.Value,
                Slug = slug.Value.Value,
                Kind = kind.Value,
                Aliases = aliases,
                Description = description,
                Order = departments.Count,
                Line = item.Line,
            });
        }
        var groups = new List<DepartmentGroup>();
        foreach (var item in map.MapList(DepartmentsFields.Groups))
        {
            var name = item.String(DepartmentsFields.GroupName);
            var kindText = item.String(DepartmentsFields.GroupKind);
            var kind = kindText is { } k ? ParseKind(k, diagnostics) : null;
            item.ReportUnknownKeys();
            if (name is not null && kind is not null) groups.Add(new DepartmentGroup(name.Value.Value, kind.Value, item.Line));
        }
        map.ReportUnknownKeys();
        return (departments, groups);
    }

    private static DepartmentKind? ParseKind(Located<string> text, DiagnosticBag diagnostics)
    {
        var kind = DepartmentKinds.Parse(text.Value);
        if (kind is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidDepartmentKind, FileName, text.Line, text.Column,
                $"未知的部门类别“{text.Value}”。",
                $"类别只能是：{string.Join("、", DepartmentKinds.All.Select(k => k.Label))}。");
        }
        return kind;
    }
}
