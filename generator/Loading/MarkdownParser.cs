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

    public static MarkdownSource Parse(string text, string file, int firstLine)
    {
        var document = Markdown.Parse(text, Pipeline);
        var (headings, plainText) = MarkdownText.Extract(document);
        return new MarkdownSource(file, firstLine, document, text, body => Markdown.Parse(body, Pipeline))
        {
            Links = CollectLinks(document, firstLine), Headings = headings, PlainText = plainText,
        };
    }

    private static List<MarkdownLink> CollectLinks(MarkdownDocument document, int firstLine)
    {
        var links = new List<MarkdownLink>();
        foreach (var inline in document.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            switch (inline)
            {
                case Markdig.Syntax.Inlines.AutolinkInline autolink:
                    links.Add(new MarkdownLink(autolink.Url, autolink.Line + firstLine, autolink.Column + 1, MarkdownLinkKind.Autolink, false));
                    break;
                case Markdig.Syntax.Inlines.LinkInline link:
                    links.Add(new MarkdownLink(link.Url ?? "", link.Line + firstLine, link.Column + 1,
                        link.IsImage ? MarkdownLinkKind.Image : MarkdownLinkKind.Link, link.Any()));
                    break;
            }
        }
        return links;
    }

    /// <summary>Parses, reporting Markdig's nesting limit (hundreds of nested quotes or lists) instead of throwing.</summary>
    public static MarkdownSource Parse(string text, string file, int firstLine, Diagnostics.DiagnosticBag diagnostics)
    {
        try
        {
            var source = Parse(text, file, firstLine);
            UnparsedLinks.Report(source.Document, text, file, firstLine, diagnostics);
            return source;
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(Diagnostics.DiagnosticCodes.TooDeeplyNested, file, firstLine, 1,
                "正文的列表或引用嵌套层级过深，无法处理。",
                "请检查是否误粘贴了大量“>”或缩进；正常稿件的列表和引用不超过几层。");
            return Parse("", file, firstLine);
        }
    }
}
