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

    public static (IReadOnlyList<Department> Departments, IReadOnlyList<DepartmentGroup> Groups, IReadOnlyList<WrittenValue> Written) Read(ContentFiles files, DiagnosticBag diagnostics)
    {
        var map = YamlFileReader.ReadMapping(files, DepartmentsFields.Document, diagnostics);
        if (map is null) return ([], [], []);
        var departments = new List<Department>();
        foreach (var item in map.MapList(DepartmentsFields.Departments))
        {
            var name = item.String(DepartmentsFields.Name);
            var slug = item.String(DepartmentsFields.Slug);
            var kindText = item.String(DepartmentsFields.Kind);
            // A slug or kind the definition refuses is reported by the field rules; the department is left out here.
            var kind = kindText is { } k ? DepartmentKinds.Parse(k.Value) : null;
            if (slug is { } s && !SlugPattern().IsMatch(s.Value)) slug = null;
            var aliases = item.StringList(DepartmentsFields.Aliases).Select(a => a.Value).ToList();
            var description = item.String(DepartmentsFields.Description)?.Value ?? "";
            item.ReportUnknownKeys();
            if (name is null || slug is null || kind is null) continue;
            departments.Add(new Department
            {
                Name = name.Value.Value,
                FullName = item.String(DepartmentsFields.FullName)?.Value ?? "",
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
            var kind = kindText is { } k ? DepartmentKinds.Parse(k.Value) : null;
            item.ReportUnknownKeys();
            if (name is not null && kind is not null) groups.Add(new DepartmentGroup(name.Value.Value, kind.Value, item.Line));
        }
        map.ReportUnknownKeys();
        return (departments, groups, map.Written);
    }
}
