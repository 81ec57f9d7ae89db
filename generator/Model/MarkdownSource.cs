using Markdig.Syntax;

namespace Portal.Model;

/// <summary>A Markdown body parsed once at load time; <see cref="FirstLine"/> maps AST lines back to the file.</summary>
public sealed record MarkdownSource(string File, int FirstLine, MarkdownDocument Document, string Text)
{
    /// <summary>1-based line in the file of a 0-based line of the body.</summary>
    public int FileLine(int bodyLine) => bodyLine + FirstLine;
}
