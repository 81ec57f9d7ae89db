namespace Portal.Site;

/// <summary>
/// 栏目标签 of the government page metadata (政府网站网页设计规范, docs/page-metadata.md): the column a page belongs to,
/// named as the column's landing page and theme.yml name it. The layout writes it as ColumnName, ColumnDescription,
/// ColumnKeywords and ColumnType.
/// </summary>
public sealed record ColumnMetadata
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>Comma-separated, as the specification's example writes them.</summary>
    public required string Keywords { get; init; }
    /// <summary>栏目类别: a category of the specification's list (首页, 工作动态, 政策文件…), from theme.yml.</summary>
    public required string Type { get; init; }
}

/// <summary>
/// 内容页标签 of an article page (a story, a key task, the notice): ArticleTitle, PubDate, ContentSource and, where
/// content gives them, Keywords and Author. Description and Url are the page's own description and canonical address.
/// </summary>
public sealed record ArticleMetadata
{
    public required string Title { get; init; }
    /// <summary>YYYY-MM-DD HH:MM, the specification's format; content carries dates only, so the time is 00:00. "" when the page shows no date.</summary>
    public required string PubDate { get; init; }
    /// <summary>来源: the outlet a story was carried by, else the body that published the text.</summary>
    public required string Source { get; init; }
    /// <summary>Comma-separated; "" when content gives none.</summary>
    public required string Keywords { get; init; }
    /// <summary>作者或责任编辑; "" when content names nobody.</summary>
    public required string Author { get; init; }
}
