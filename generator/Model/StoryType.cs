namespace Portal.Model;

/// <summary>The publicity forms named in the notice, section 三（四）, plus 典型案例 from 三（三）.</summary>
/// <param name="UpdateDays">
/// How long the column may go without a new story before a government-website inspection counts it as not updated: news
/// columns (动态类) two weeks, the others half a year (政府网站与政务新媒体检查指标).
/// </param>
public sealed record StoryType(string Name, string Slug, int UpdateDays)
{
    public static readonly IReadOnlyList<StoryType> All =
    [
        new("即时报道", "news", 14),
        new("综述评论", "commentary", 183),
        new("专题访谈", "interviews", 183),
        new("宣传短片", "videos", 183),
        new("典型案例", "cases", 183),
    ];

    public const string CaseTypeName = "典型案例";

    public const string VideoTypeName = "宣传短片";

    /// <summary>综述评论: the one type that may name itself the notice's 政策解读.</summary>
    public const string CommentaryTypeName = "综述评论";

    public static StoryType? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}

public static class CaseKinds
{
    public const string Positive = "正面";
    public const string Negative = "反面";
    public static readonly IReadOnlyList<string> All = [Positive, Negative];

    /// <summary>The kind's position in <see cref="All"/> (the search facet's value), or -1.</summary>
    public static int IndexOf(string kind) => kind == Positive ? 0 : kind == Negative ? 1 : -1;
}
