using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Portal.Model;

namespace Portal.Loading;

/// <summary>The one Markdown pipeline of the site, built once and shared by every thread.</summary>
/// <remarks>
/// Extensions are chosen one by one rather than with UseAdvancedExtensions(): that bundle includes
/// generic attributes (lets Markdown add onclick=…) and media links (embeds external players),
/// which a government site must not publish.
/// </remarks>
public static class MarkdownParser
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub) // before other extensions: keeps Chinese heading ids
        .UseCjkFriendlyEmphasis()                         // 深化**“三抓三促”**行动 renders bold
        .UsePipeTables()
        .UseGridTables()
        .UseListExtras()
        .UseEmphasisExtras()
        .UseFootnotes()
        .UseFigures()
        .UseAutoLinks()
        .UsePreciseSourceLocation()
        .Build();

    public static MarkdownSource Parse(string text, string file, int firstLine) =>
        new(file, firstLine, Markdown.Parse(text, Pipeline), text);
}
