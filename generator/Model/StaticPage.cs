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
    public required MarkdownSource Body { get; init; }
}
