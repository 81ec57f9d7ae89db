namespace Portal.Model;

/// <summary>content/pages/*.md: about, contact, accessibility statement and similar fixed pages.</summary>
public sealed record StaticPage
{
    public required string SourceFile { get; init; }
    /// <summary>File name without .md; the page is published at /slug/.</summary>
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string Summary { get; init; } = "";
    public DateOnly? Updated { get; init; }
    /// <summary>解读文件: "notice" when the page is the notice's 政策解读.</summary>
    public Located<string>? Interprets { get; init; }
    public required MarkdownSource Body { get; init; }
}
