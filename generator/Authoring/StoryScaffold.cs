using System.Text;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Model.ContentSchema;
using Portal.Validation;

namespace Portal.Authoring;

/// <summary>`new story`: writes a story file with complete front matter that passes `check` as written.</summary>
public static class StoryScaffold
{
    /// <param name="Case">正面 or 反面: required with the type 典型案例, refused with any other.</param>
    /// <param name="ThemeDir">The theme whose slugs.yml names the file and whose theme.yml gives the body's outline.</param>
    public sealed record Request(
        string ContentDir, string Title, IReadOnlyList<int> Tasks, string Type, IReadOnlyList<string> Departments, string? Slug, DateOnly Date,
        string? Case = null, string ThemeDir = "theme");

    /// <summary>Returns the path written, or null with the reasons in <paramref name="diagnostics"/>; never overwrites.</summary>
    public static string? Create(Request request, DiagnosticBag diagnostics)
    {
        var content = ContentLoader.Load(request.ContentDir, diagnostics);
        var theme = ThemeTextReader.Read(request.ThemeDir, diagnostics);
        if (diagnostics.HasErrors || theme is null) return null;
        var directory = new DepartmentDirectory(content.Departments, content.DepartmentGroups, diagnostics);
        const string Arguments = ""; // not a file: the printer shows 命令行参数
        if (request.Title.Trim().Length == 0)
            diagnostics.Error(DiagnosticCodes.RequiredFieldMissing, Arguments, 0, 0, "标题不能为空。", "请用 --title \"标题\" 给出稿件标题。");
        var tasks = content.Tasks.ToDictionary(t => t.Number.Value);
        foreach (var task in request.Tasks.Where(t => !tasks.ContainsKey(t)))
        {
            diagnostics.Error(DiagnosticCodes.UnknownTask, Arguments, 0, 0, $"没有序号为 {task} 的重点任务。",
                $"重点任务序号只能是：{string.Join("、", tasks.Keys.Order())}。");
        }
        if (StoryType.Find(request.Type) is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownStoryType, Arguments, 0, 0, $"未知的稿件类型“{request.Type}”。",
                $"--type 只能是：{string.Join("、", StoryType.All.Select(t => t.Name))}。");
        }
        if (request.Type == StoryType.CaseTypeName && request.Case is null)
        {
            diagnostics.Error(DiagnosticCodes.CaseMissing, Arguments, 0, 0, "典型案例稿件需要注明是正面典型还是反面典型。",
                "请加上 --case 正面 或 --case 反面。");
        }
        else if (request.Case is not null && request.Type != StoryType.CaseTypeName)
        {
            diagnostics.Error(DiagnosticCodes.CaseOnNonCaseStory, Arguments, 0, 0, $"只有“典型案例”类稿件才能使用 --case，本稿件类型为“{request.Type}”。",
                "请删除 --case，或改用 --type 典型案例。");
        }
        else if (request.Case is { } given && !CaseKinds.All.Contains(given))
        {
            diagnostics.Error(DiagnosticCodes.UnknownCaseKind, Arguments, 0, 0, $"典型类别“{given}”无效。", "--case 只能是“正面”或“反面”。");
        }
        foreach (var department in request.Departments) directory.ResolveOrReport(new Located<string>(department, 0, 0), Arguments, diagnostics);
        if (request.Slug is not null && !DepartmentsReader.SlugPattern().IsMatch(request.Slug))
        {
            diagnostics.Error(DiagnosticCodes.InvalidStoryFileName, Arguments, 0, 0, $"--slug “{request.Slug}”只能包含小写英文字母、数字和连字符。",
                "例如 --slug rural-roads。");
        }
        if (diagnostics.HasErrors) return null;

        var taskSlug = request.Tasks.Count > 0 ? TaskSlug(tasks[request.Tasks[0]].SourceFile) : null;
        var slug = request.Slug ?? StorySlug.FromTitle(request.Title, taskSlug, theme.SlugGlossary);
        var relative = $"stories/{request.Date.Year}/{request.Date:yyyy-MM-dd}-{slug}.md";
        var full = Path.Combine(content.Root, relative);
        if (File.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateSlug, relative, 0, 0, "文件已存在，未做任何改动。",
                "请用 --slug 指定另一个英文标识，或直接编辑已有的文件。");
            return null;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // CreateNew: even a file appearing between the check and the write is never overwritten.
        using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
        var bytes = new UTF8Encoding(false).GetBytes(Render(request, slug, theme.Word(ThemeKeys.NewStory.Body)));
        stream.Write(bytes);
        return full;
    }

    private static string TaskSlug(string sourceFile)
    {
        var stem = Path.GetFileNameWithoutExtension(sourceFile);
        var dash = stem.IndexOf('-');
        return dash >= 0 ? stem[(dash + 1)..] : stem;
    }

    private static string Render(Request r, string slug, string body)
    {
        // The request's answers; every other field gets the definition's empty or example value.
        var values = new Dictionary<ContentField, string>(ReferenceEqualityComparer.Instance)
        {
            [StoryFields.Title] = Quote(r.Title.Trim()),
            [StoryFields.Date] = $"{r.Date:yyyy-MM-dd}",
            [StoryFields.Tasks] = $"[{string.Join(", ", r.Tasks)}]",
            [StoryFields.Departments] = $"[{string.Join(", ", r.Departments)}]",
            [StoryFields.Type] = r.Type,
            [StoryFields.Case] = r.Case ?? "",
            [StoryFields.Slug] = slug,
            // A new story stays unpublished until its editor says it is ready.
            [StoryFields.Draft] = "true",
        };
        var text = new StringBuilder();
        text.Append("---\n");
        foreach (var field in StoryFields.Document.Fields)
        {
            if (TemplateLine(field, values) is { } line) text.Append(line).Append('\n');
        }
        text.Append("---\n\n");
        text.Append(body);
        return text.ToString();
    }

    /// <summary>
    /// "key: value   # 名称：提示". Optional objects and optional values without an empty form are commented-out
    /// examples; a conditional field is left out unless its condition holds. Null when the field is left out.
    /// </summary>
    private static string? TemplateLine(ContentField field, IReadOnlyDictionary<ContentField, string> values)
    {
        var comment = FieldWording.Comment(field, Advice(field));
        if (field.OnlyWhen is { } condition && values.GetValueOrDefault(condition.Field) != condition.Value) return null;
        var required = field.IsRequired || field.OnlyWhen is not null;
        var value = values.GetValueOrDefault(field) ?? field.Kind switch
        {
            FieldKind.Text when field.Choices.Count > 0 => required ? field.Choices[0].Value : null,
            FieldKind.Text => "\"\"",
            FieldKind.TextList or FieldKind.IntegerList => "[]",
            _ => null,
        };
        if (value is null && required)
            throw new InvalidOperationException($"the story template has no value for the required field {field.Key}");
        return value is null
            ? Aligned($"# {field.Key}: {Example(field)}", comment)
            : Aligned($"{field.Key}: {value}", comment);
    }

    /// <summary>A template comment stays short: the choices, how a list is written, or the hint's first clause.</summary>
    private static string Advice(ContentField field) => field switch
    {
        { Choices.Count: > 0 } => string.Join(" | ", field.Choices.Select(c => c.Value)),
        { IsList: true, Examples.Count: > 0 } => FieldWording.ForExample(field.Examples),
        _ => field.Hint.Split('；')[0].TrimEnd('。'),
    };

    /// <summary>An example value on one line: an object as a flow mapping of its required sub-fields.</summary>
    private static string Example(ContentField field) => field.Kind switch
    {
        FieldKind.Object => "{ " + string.Join(", ", field.Fields.Where(f => f.IsRequired).Select(f => $"{f.Key}: {Example(f)}")) + " }",
        FieldKind.ObjectList => "[{ " + string.Join(", ", field.Fields.Where(f => f.IsRequired).Select(f => $"{f.Key}: {Example(f)}")) + " }]",
        _ => field.Examples[0],
    };

    /// <summary>Comments start in one column (CJK characters count two), so the template reads as a form.</summary>
    private static string Aligned(string line, string comment)
    {
        const int CommentColumn = 30;
        var width = line.Sum(c => c >= '\u2E80' ? 2 : 1);
        return line + new string(' ', Math.Max(CommentColumn - width, 1)) + "# " + comment;
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
