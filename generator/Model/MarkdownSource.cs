using Markdig.Syntax;

namespace Portal.Model;

/// <summary>A Markdown body parsed once at load time; <see cref="FirstLine"/> maps AST lines back to the file.</summary>
public sealed record MarkdownSource(string File, int FirstLine, MarkdownDocument Document, string Text)
{
    /// <summary>Every link, image and autolink of the body, collected in the same pass as parsing so that checks never walk the AST again.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];

    /// <summary>1-based line in the file of a 0-based line of the body.</summary>
    public int FileLine(int bodyLine) => bodyLine + FirstLine;
}

/// <summary>A link target written in Markdown, with its position in the file (1-based line and column).</summary>
public sealed record MarkdownLink(string Url, int Line, int Column, MarkdownLinkKind Kind, bool HasAltText);

public enum MarkdownLinkKind
{
    Link,
    Image,
    Autolink,
}
