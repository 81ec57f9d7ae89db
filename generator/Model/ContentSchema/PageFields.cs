namespace Portal.Model.ContentSchema;

/// <summary>Front matter of content/pages/slug.md.</summary>
public static class PageFields
{
    public static readonly ContentField Title = new()
    {
        Key = "title", Kind = FieldKind.Text, Label = "标题", Requirement = Requirement.Required,
        Hint = "页面标题，显示在页面顶部和浏览器标签上。",
        Examples = ["关于本站", "联系我们", "无障碍声明"],
    };

    public static readonly ContentField Summary = new()
    {
        Key = "summary", Kind = FieldKind.Text, Label = "摘要",
        Hint = "一两句话介绍本页，用于搜索结果和分享信息。",
        Examples = ["本站致力于让老年人、残障人士在内的所有读者都能方便地浏览和使用。"],
    };

    public static readonly ContentField Updated = new()
    {
        Key = "updated", Kind = FieldKind.Date, Label = "更新日期",
        Hint = "本页最后修改的日期。",
        Examples = ["2025-02-25"],
    };

    public static readonly ContentField Interprets = new()
    {
        Key = "interprets", Kind = FieldKind.Text, Label = "解读文件", RuleCode = Diagnostics.DiagnosticCodes.InvalidInterpretation,
        Choices = [new(StoryFields.NoticeInterpretation, "本页是对通知（甘交办〔2025〕2号）的政策解读。")],
        Hint = "本页是通知的政策解读时写 notice：通知页列出本页，本页链接回通知；写了其他值报错（PORTAL0075）。",
        Examples = [StoryFields.NoticeInterpretation],
    };

    public static readonly ContentDocument Document = new()
    {
        Id = "page",
        Path = "pages",
        Format = ContentFormat.MarkdownFrontMatter,
        Title = "页面元数据（content/pages/英文标识.md 开头两行“---”之间的部分）",
        Description = "一个独立页面，如 关于本站、联系我们、无障碍声明。页面网址为 /文件名/（如 about.md → /about/）。",
        Fields = [Title, Summary, Updated, Interprets],
    };
}
