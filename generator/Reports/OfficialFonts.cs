namespace Portal.Reports;

/// <summary>
/// The fonts of GB/T 9704-2012 (党政机关公文格式) by their family names, and the stock font a Windows or WPS install has
/// for each. Font names, not words: this file is the one place they are spelled.
/// </summary>
public static class OfficialFonts
{
    /// <summary>2号 title.</summary>
    public const string Title = "方正小标宋简体";

    /// <summary>3号 body.</summary>
    public const string Body = "仿宋_GB2312";

    /// <summary>一、 headings.</summary>
    public const string Heading = "黑体";

    /// <summary>（一） headings.</summary>
    public const string Subheading = "楷体_GB2312";

    /// <summary>4号 page numbers; also the ledger's cells.</summary>
    public const string Plain = "宋体";

    /// <summary>The stock font each falls back to (w:altName in the docx font table).</summary>
    public static readonly IReadOnlyDictionary<string, string> Fallbacks = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Title] = "宋体",
        [Body] = "仿宋",
        [Heading] = "黑体",
        [Subheading] = "楷体",
        [Plain] = "宋体",
    };
}
