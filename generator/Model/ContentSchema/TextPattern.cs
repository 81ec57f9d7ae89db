namespace Portal.Model.ContentSchema;

/// <summary>
/// A regular expression (ECMAScript, for JSON Schema, CMS forms and the build alike) a text value must match, with the
/// Chinese message shown when it does not; <paramref name="Problem"/> says in a few words what is wrong ("不是网页地址").
/// </summary>
public sealed record TextPattern(string Regex, string Message, string Problem = "写法不对")
{
    public const string SlugRegex = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static readonly TextPattern Slug = new(SlugRegex, "只能包含小写英文字母、数字和连字符，例如“highway-administration”。");

    /// <summary>media/… inside content/media, never leaving it with "." or ".." segments.</summary>
    public static readonly TextPattern MediaPath = new(
        @"^(?!.*/\.\.?(/|$))/?media/([^/\\]+/)*[^/\\]+$",
        "路径应以 media/ 开头，如“media/2025/road.jpg”（文件放在 content/media/2025/ 下）；不要写 content/、不要用反斜杠“\\”或“..”。");

    public static readonly TextPattern WebAddress = new(@"^https?://[^\s/?#]+(/[^\s]*)?$", "请写完整地址，例如“https://example.gov.cn/portal/”。", "不是网页地址");

    /// <summary>Empty is allowed: the page leaves the item out.</summary>
    public static readonly TextPattern WebAddressOrEmpty = new(@"^$|^https?://[^\s/?#]+([/?#][^\s]*)?$", "请写以 https:// 或 http:// 开头的完整地址，或留空“\"\"”。", "不是网页地址");

    /// <summary>Empty is allowed: the page leaves the item out.</summary>
    public static readonly TextPattern MediaPathOrEmpty = new(
        @"^$|^(?!.*/\.\.?(/|$))/?media/([^/\\]+/)*[^/\\]+$",
        "路径应以 media/ 开头，如“media/conac.png”（文件放在 content/media/ 下），或留空“\"\"”。");

    /// <summary>Empty is allowed: the footer leaves the line out.</summary>
    public static readonly TextPattern EmailOrEmpty = new(@"^$|^[^@\s]+@[^@\s]+$", "请写完整的电子邮箱地址，或留空“\"\"”。");

    /// <summary>Tags become URL segments (/tags/标签/): no characters that break a path or a query.</summary>
    public static readonly TextPattern Tag = new(@"^[^/\\?#%<>""'&:*|]+$", "标签不能包含 / \\ ? # % < > \" ' & : * | 等符号。", "含有不能用于网址的符号");

    /// <summary>A half year as ReportPeriod reads it: 2025上半年, 2025年下半年 (spaces ignored).</summary>
    public static readonly TextPattern ReportPeriod = new(@"^\s*\d{4}\s*年?\s*[上下]\s*半\s*年\s*$",
        $"请写成{Model.ReportPeriod.AcceptedForms}。", "无法识别");

    /// <summary>Empty is allowed (no browser editing): owner/name as the Git host writes it.</summary>
    public static readonly TextPattern RepositoryOrEmpty = new(@"^$|^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
        "请写“所有者/仓库名”，如 gansu-transport/portal，或留空“\"\"”。", "不是“所有者/仓库名”的形式");
}
