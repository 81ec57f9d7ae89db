using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;

namespace Portal.Validation;

/// <summary>
/// Resolves the names people write (canonical names, aliases such as 省公路发展中心, and collective
/// names such as 厅机关各部门) to departments of the registry.
/// </summary>
public sealed class DepartmentDirectory
{
    private readonly Dictionary<string, IReadOnlyList<Department>> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> groupNames = new(StringComparer.Ordinal);

    public DepartmentDirectory(IReadOnlyList<Department> departments, IReadOnlyList<DepartmentGroup> groups, DiagnosticBag diagnostics)
    {
        Departments = departments;
        var slugs = new Dictionary<string, Department>(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            if (!slugs.TryAdd(department.Slug, department))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, DepartmentsReader.FileName, department.Line, 0,
                    $"网址标识“{department.Slug}”被“{slugs[department.Slug].Name}”和“{department.Name}”重复使用。",
                    "每个部门的 slug 必须不同，请修改其中一个。");
            }
            foreach (var name in new[] { department.Name, department.FullName }.Where(n => n.Length > 0).Concat(department.Aliases).Distinct())
            {
                Register(name, [department], department.Line, diagnostics);
            }
        }
        foreach (var group in groups)
        {
            Register(group.Name, departments.Where(d => d.Kind == group.Kind).ToList(), group.Line, diagnostics);
            groupNames.Add(Normalize(group.Name));
        }
    }

    /// <summary>
    /// Whether a written name is a collective (厅机关各部门): the notice names no department by it, so public pages show
    /// the collective's words and only the office's progress figures count the departments it stands for.
    /// </summary>
    public bool IsGroup(string name) => groupNames.Contains(Normalize(name));

    public IReadOnlyList<Department> Departments { get; }

    /// <summary>The departments a written name stands for, or null if the registry does not know it.</summary>
    public IReadOnlyList<Department>? Resolve(string name) =>
        // Keys are normalised, so a name found as written resolves the same as its normal form (and skips NFKC).
        byName.TryGetValue(name, out var found) || byName.TryGetValue(Normalize(name), out found) ? found : null;

    /// <summary>Reports an unknown name with a “是否为 …？” suggestion. Returns the resolved departments or empty.</summary>
    public IReadOnlyList<Department> ResolveOrReport(Located<string> name, string file, DiagnosticBag diagnostics)
    {
        var found = Resolve(name.Value);
        if (found is not null) return found;
        var suggestion = NameSuggester.Closest(Normalize(name.Value), byName.Keys);
        var canonical = suggestion is null ? null : byName[suggestion] is [var single] ? single.Name : suggestion;
        diagnostics.Error(DiagnosticCodes.UnknownDepartment, file, name.Line, name.Column,
            canonical is null ? $"未知的部门“{name.Value}”。" : $"未知的部门“{name.Value}”，是否为“{canonical}”？",
            canonical is null
                ? "请使用 content/departments.yml 中的部门名称或别名；新部门请先在该文件中登记。"
                : $"请改为“{canonical}”；如确为新部门，请先在 content/departments.yml 中登记。");
        return [];
    }

    private void Register(string name, IReadOnlyList<Department> departments, int line, DiagnosticBag diagnostics)
    {
        var key = Normalize(name);
        if (byName.TryGetValue(key, out var existing) && !existing.SequenceEqual(departments))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateDepartmentName, DepartmentsReader.FileName, line, 0,
                $"名称“{name}”同时指向多个部门或集合。", "每个名称、别名只能属于一个部门，请删除重复的别名。");
            return;
        }
        byName[key] = departments;
    }

    /// <summary>Editors type full-width and half-width forms and stray spaces (柳 鹏); they mean the same name.</summary>
    private static string Normalize(string name) =>
        string.Concat(name.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
}
