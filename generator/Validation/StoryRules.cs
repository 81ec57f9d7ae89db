using System.Globalization;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>
/// A story against the rest of the content and its own file: tasks and departments that exist, the case kind its
/// type asks for, dates and slug against the file name, media that exist; and stories against each other.
/// </summary>
public static class StoryRules
{
    public static void Check(RuleContext context, HashSet<int> taskNumbers)
    {
        var titles = new Dictionary<string, Story>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var story in context.Content.Stories)
        {
            CheckStory(context, story, taskNumbers);
            if (story.Incomplete) continue;
            if (!titles.TryAdd(story.Title, story))
            {
                context.Diagnostics.Warning(DiagnosticCodes.DuplicateTitle, story.SourceFile, story.TitleLine, 1,
                    $"标题与 {titles[story.Title].SourceFile} 完全相同。", "重复标题会让读者难以区分，请调整标题。");
            }
            var slug = story.FileStem[11..];
            var yearSlug = $"{story.FileStem[..4]}/{slug}";
            if (!slugs.TryAdd(yearSlug, story))
            {
                context.Diagnostics.Warning(DiagnosticCodes.DuplicateSlug, story.SourceFile, 0, 0,
                    $"英文标识“{slug}”与同年的 {slugs[yearSlug].SourceFile} 相同，可能是复制文件后忘了改名。",
                    "请给这篇稿件换一个能概括内容的英文标识。");
            }
        }
    }

    private static void CheckStory(RuleContext context, Story story, HashSet<int> taskNumbers)
    {
        var (file, diagnostics) = (story.SourceFile, context.Diagnostics);
        foreach (var task in story.Tasks)
        {
            // A number outside the field's range is reported by the field rules, with the same code.
            if (!taskNumbers.Contains(task.Value) && FieldRules.Accepts(StoryFields.Tasks, task.Value.ToString(CultureInfo.InvariantCulture)))
            {
                var known = string.Join("、", taskNumbers.Order());
                diagnostics.Error(DiagnosticCodes.UnknownTask, file, task.Line, task.Column,
                    $"没有序号为 {task.Value} 的重点任务。", $"重点任务序号只能是：{known}。");
            }
        }
        // [甲，乙] with a Chinese comma is one item to YAML: say so instead of "unknown department 甲，乙".
        List<Located<string>> joined = [];
        foreach (var item in story.Departments.Concat(story.Tags))
        {
            if (PastedListItems.HasSeparator(item.Value)) joined.Add(item);
            PastedListItemRules.Check(item, file, diagnostics);
        }
        foreach (var department in story.Departments)
        {
            if (!joined.Contains(department)) context.Directory.ResolveOrReport(department, file, diagnostics);
        }
        var type = StoryType.Find(story.Type.Value); // an unknown type is reported by the field rules
        CheckCase(context, story, type);
        CheckInterpretation(context, story, type);
        ReportRules.Check(context, story);
        if (story.Incomplete) { BodyRules.Check(context, story.Body); return; }
        CheckDates(context, story);
        if (story.Cover is { } cover)
        {
            context.CheckMedia(file, cover.Src, "封面图片", StoryFields.CoverSrc);
            if (cover.Alt.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, file, cover.Src.Line, cover.Src.Column,
                    "封面图片缺少文字说明（alt）。", "请在 cover 中加上 alt，用一句话描述图片内容，供视障读者的读屏软件朗读。");
            }
        }
        if (story.Video is { } video) CaptionRules.CheckVideo(context, file, video);
        BodyRules.Check(context, story.Body);
    }

    /// <summary>case may only be written, and then must be, when the type is the one its definition names (典型案例).</summary>
    private static void CheckCase(RuleContext context, Story story, StoryType? type)
    {
        var condition = StoryFields.Case.OnlyWhen!;
        if (story.Case is { } caseKind)
        {
            if (type is not null && type.Name != condition.Value)
            {
                context.Diagnostics.Error(DiagnosticCodes.CaseOnNonCaseStory, story.SourceFile, caseKind.Line, caseKind.Column,
                    $"只有“{condition.Value}”类稿件才能填写 case，本稿件类型为“{type.Name}”。",
                    $"请删除 case 这一行，或把 type 改为“{condition.Value}”。");
            }
        }
        else if (type?.Name == condition.Value)
        {
            context.Diagnostics.Error(DiagnosticCodes.CaseMissing, story.SourceFile, story.Type.Line, story.Type.Column,
                "典型案例稿件需要注明是正面典型还是反面典型。", "请加一行“case: 正面”或“case: 反面”。");
        }
    }

    /// <summary>
    /// A story names itself the notice's 政策解读 only as a 综述评论 (the notice's own name for commentary); a page may
    /// too (no rule). A value other than notice is the field rules' report.
    /// </summary>
    private static void CheckInterpretation(RuleContext context, Story story, StoryType? type)
    {
        if (story.Interprets is not { } interprets || type is null || !FieldRules.Accepts(StoryFields.Interprets, interprets.Value)) return;
        if (type.Name == StoryType.CommentaryTypeName) return;
        context.Diagnostics.Error(DiagnosticCodes.InvalidInterpretation, story.SourceFile, interprets.Line, interprets.Column,
            $"只有“{StoryType.CommentaryTypeName}”类稿件才能作为通知的政策解读，本稿件类型为“{type.Name}”。",
            $"请删除 interprets 这一行，或把 type 改为“{StoryType.CommentaryTypeName}”；解读也可以写成独立页面（content/pages/），在页面开头写 interprets: notice。");
    }

    /// <summary>The file name decides the address: a date or slug written otherwise is a warning, as is a date to come.</summary>
    private static void CheckDates(RuleContext context, Story story)
    {
        var (file, diagnostics) = (story.SourceFile, context.Diagnostics);
        if (story.Date.Value > context.Today)
        {
            diagnostics.Warning(DiagnosticCodes.FutureDate, file, story.Date.Line, story.Date.Column,
                $"日期 {story.Date.Value:yyyy-MM-dd} 晚于今天。", "如非有意预发布，请改为实际发布日期。");
        }
        if (story.FileStem[..10] != story.Date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        {
            diagnostics.Warning(DiagnosticCodes.DateDiffersFromFileName, file, story.Date.Line, story.Date.Column,
                $"日期 {story.Date.Value:yyyy-MM-dd} 与文件名中的日期 {story.FileStem[..10]} 不一致。",
                $"网址按文件名中的日期生成，文件还须放在该年份的文件夹中：请改回 date，或运行 `check --fix` 按 date 改名并移到 stories/{story.Date.Value:yyyy}/。");
        }
        if (story.Slug is { } slug && slug.Value != story.FileStem[11..])
        {
            diagnostics.Warning(DiagnosticCodes.SlugDiffersFromFileName, file, slug.Line, slug.Column,
                $"网址标识“{slug.Value}”与文件名中的“{story.FileStem[11..]}”不一致。", "网址按文件名生成；请让两者一致，或删除 slug 一行。");
        }
    }
}
