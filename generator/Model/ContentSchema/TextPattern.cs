namespace Portal.Model.ContentSchema;

/// <summary>A regular expression (ECMAScript-compatible, for JSON Schema and CMS forms) a text value must match, with the Chinese message shown when it does not.</summary>
public sealed record TextPattern(string Regex, string Message)
{
    public const string SlugRegex = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static readonly TextPattern Slug = new(SlugRegex, "只能包含小写英文字母、数字和连字符，例如“highway-administration”。");

    /// <summary>media/… inside content/media, never leaving it with "." or ".." segments.</summary>
    public static readonly TextPattern MediaPath = new(
        @"^(?!.*/\.\.?(/|$))/?media/([^/\\]+/)*[^/\\]+$",
        "路径应以 media/ 开头，如“media/2025/road.jpg”（文件放在 content/media/2025/ 下）；不要写 content/、不要用反斜杠“\\”或“..”。");

    public static readonly TextPattern WebAddress = new(@"^https?://[^\s/?#]+(/[^\s]*)?$", "请写完整地址，例如“https://example.gov.cn/portal/”。");

    /// <summary>Empty is allowed: the page leaves the item out.</summary>
    public static readonly TextPattern WebAddressOrEmpty = new(@"^$|^https?://[^\s/?#]+([/?#][^\s]*)?$", "请写以 https:// 或 http:// 开头的完整地址，或留空“\"\"”。");

    /// <summary>Empty is allowed: the page leaves the item out.</summary>
    public static readonly TextPattern MediaPathOrEmpty = new(
        @"^$|^(?!.*/\.\.?(/|$))/?media/([^/\\]+/)*[^/\\]+$",
        "路径应以 media/ 开头，如“media/conac.png”（文件放在 content/media/ 下），或留空“\"\"”。");

    /// <summary>Empty is allowed: the footer leaves the line out.</summary>
    public static readonly TextPattern EmailOrEmpty = new(@"^$|^[^@\s]+@[^@\s]+$", "请写完整的电子邮箱地址，或留空“\"\"”。");

    /// <summary>Tags become URL segments (/tags/标签/): no characters that break a path or a query.</summary>
    public static readonly TextPattern Tag = new(@"^[^/\\?#%<>""'&:*|]+$", "标签不能包含 / \\ ? # % < > \" ' & : * | 等符号。");
}
