using System.Text;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Validation;

namespace Portal.Authoring;

/// <summary>`new story`: writes a story file with complete front matter that passes `check` as written.</summary>
public static class StoryScaffold
{
    public sealed record Request(string ContentDir, string Title, IReadOnlyList<int> Tasks, string Type, IReadOnlyList<string> Departments, string? Slug, DateOnly Date);

    /// <summary>Returns the path written, or null with the reasons in <paramref name="diagnostics"/>; never overwrites.</summary>
    public static string? Create(Request request, DiagnosticBag diagnostics)
    {
        var content = ContentLoader.Load(request.ContentDir, diagnostics);
        if (diagnostics.HasErrors) return null;
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
        foreach (var department in request.Departments) directory.ResolveOrReport(new Located<string>(department, 0, 0), Arguments, diagnostics);
        if (request.Slug is not null && !DepartmentsReader.SlugPattern().IsMatch(request.Slug))
        {
            diagnostics.Error(DiagnosticCodes.InvalidStoryFileName, Arguments, 0, 0, $"--slug “{request.Slug}”只能包含小写英文字母、数字和连字符。",
                "例如 --slug rural-roads。");
        }
        if (diagnostics.HasErrors) return null;

        var taskSlug = request.Tasks.Count > 0 ? TaskSlug(tasks[request.Tasks[0]].SourceFile) : null;
        var slug = request.Slug ?? StorySlug.FromTitle(request.Title, taskSlug);
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
        var bytes = new UTF8Encoding(false).GetBytes(Render(request));
        stream.Write(bytes);
        return full;
    }

    private static string TaskSlug(string sourceFile)
    {
        var stem = Path.GetFileNameWithoutExtension(sourceFile);
        var dash = stem.IndexOf('-');
        return dash >= 0 ? stem[(dash + 1)..] : stem;
    }

    private static string Render(Request r)
    {
        static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"title: {Quote(r.Title.Trim())}\n");
        text.Append($"date: {r.Date:yyyy-MM-dd}                 # 发布日期，与文件名中的日期一致\n");
        text.Append($"tasks: [{string.Join(", ", r.Tasks)}]                 # 涉及的重点任务序号（1–9），可写多个：[4, 8]\n");
        text.Append($"departments: [{string.Join(", ", r.Departments)}]   # 部门单位：departments.yml 中的名称或别名\n");
        text.Append($"type: {r.Type}                 # 即时报道 | 综述评论 | 专题访谈 | 宣传短片 | 典型案例\n");
        if (r.Type == StoryType.CaseTypeName) text.Append("case: 正面                 # 典型案例须注明：正面 | 反面\n");
        text.Append("tags: []                     # 标签，如 [农村公路, 四好农村路]\n");
        text.Append("summary: \"\"                  # 一两句话的摘要，显示在列表和搜索结果中\n");
        text.Append("# cover: { src: media/2025/图片.jpg, alt: 图片内容的文字描述 }   # 封面图片（可选），alt 必填\n");
        if (r.Type == "宣传短片")
            text.Append("# video: { src: media/2025/短片.mp4, poster: media/2025/封面.jpg, captions: media/2025/字幕.vtt }   # 视频须有字幕\n");
        text.Append("source: \"\"                   # 来源（可选），如 甘肃日报\n");
        text.Append("draft: true                  # 写好后改为 false 才会发布\n");
        text.Append("---\n\n");
        text.Append("导语：用一段话交代时间、地点、单位和主要进展。\n\n");
        text.Append("## 主要做法\n\n");
        text.Append("正文第一部分。\n\n");
        text.Append("## 取得成效\n\n");
        text.Append("正文第二部分。\n");
        return text.ToString();
    }
}
