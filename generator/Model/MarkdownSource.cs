using Markdig.Syntax;

namespace Portal.Model;

/// <summary>
/// A Markdown body parsed at load time; <see cref="FirstLine"/> maps AST lines back to the file. The syntax tree
/// is the largest thing a site keeps in memory (about 20 KB a story), and only the story's own page needs it:
/// it can be released once that page is rendered and is parsed again from <see cref="Text"/> if asked for.
/// </summary>
public sealed class MarkdownSource(string file, int firstLine, MarkdownDocument document, string text, Func<string, MarkdownDocument> parse)
{
    private MarkdownDocument? document = document;
    private string? text = text;

    public string File { get; } = file;

    public int FirstLine { get; } = firstLine;

    public string Text => text ?? throw new InvalidOperationException($"{File}: the body's text was released once its page was written");

    /// <summary>A hash of <see cref="Text"/>, taken once: `serve` keeps unchanged sources between builds, and pages are fingerprinted by it.</summary>
    public ulong TextHash => textHash ??= System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Text.AsSpan()));

    private ulong? textHash;

    /// <summary>The syntax tree, parsed again (with the same pipeline) if it was released.</summary>
    public MarkdownDocument Document => document ??= parse(Text);

    /// <summary>Every link, image and autolink of the body, collected in the same pass as parsing so that checks never walk the AST again.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];

    /// <summary>Headings of the body as plain text, for search.</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>The body as plain text without Markdown, for search; taken at parse time so the tree can go.</summary>
    public string PlainText { get; init; } = "";

    /// <summary>Lets the syntax tree be collected; <see cref="Document"/> parses the text again if needed later.</summary>
    public void ReleaseDocument() => document = null;

    /// <summary>
    /// Lets the syntax tree and the text be collected for good (a one-off build, once the body's only page is written):
    /// at 100,000 stories the texts are a third of a gigabyte that the search index would otherwise be built beside.
    /// <see cref="Links"/>, <see cref="Headings"/>, <see cref="PlainText"/> and <see cref="TextHash"/> stay.
    /// </summary>
    public void ReleaseText()
    {
        _ = TextHash;
        document = null;
        text = null;
    }

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
