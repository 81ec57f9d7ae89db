using Ganss.Xss;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Loading;
using Portal.Model;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>Markdown AST to safe HTML, with site links resolved for the base path.</summary>
public sealed class MarkdownRenderer(SiteUrls urls, SicMarks? sic = null)
{
    // HtmlSanitizer keeps per-call state only, but one instance per thread avoids any doubt.
    private static readonly ThreadLocal<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

    public string ToHtml(MarkdownSource source) => ToHtml(source.Document);

    public string ToHtml(IEnumerable<Block> blocks)
    {
        var list = blocks.ToList();
        var writer = new StringWriter();
        var renderer = CreateRenderer(writer);
        var hasRawHtml = false;
        foreach (var block in list)
        {
            MarkExternalLinks(block);
            hasRawHtml |= ContainsRawHtml(block);
            renderer.Render(block);
        }
        writer.Flush();
        var html = writer.ToString();
        // Raw HTML is rare in editors' Markdown; only then pay for a full sanitizing parse.
        return hasRawHtml ? Sanitizer.Value!.Sanitize(html) : html;
    }

    public static string PlainText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private HtmlRenderer CreateRenderer(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer) { LinkRewriter = Rewrite };
        MarkdownParser.Pipeline.Setup(renderer);
        if (sic is { Words.Count: > 0 })
        {
            var index = renderer.ObjectRenderers.FindIndex(r => r is Markdig.Renderers.Html.Inlines.LiteralInlineRenderer);
            renderer.ObjectRenderers[index] = new SicLiteralRenderer(sic);
        }
        return renderer;
    }

    /// <summary>Root-relative links get the base path; media paths point at the published media; scripts are neutralised.</summary>
    private string Rewrite(string url)
    {
        if (LinkSafety.IsExecutable(url)) return "#";
        if (MediaPath.IsMediaReference(url)) return urls.Href(MediaPath.Normalize(url) ?? "");
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return urls.BasePath + url.TrimStart('/');
        }
        return url;
    }

    private static void MarkExternalLinks(Block block)
    {
        foreach (var link in block.Descendants<LinkInline>())
        {
            if (!link.IsImage && LinkSafety.IsExternal(link.Url ?? ""))
            {
                var attributes = link.GetAttributes();
                attributes.AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }
    }

    /// <summary>Raw HTML can be a block or sit inside a paragraph (&lt;img onerror=…&gt; text): look in both.</summary>
    private static bool ContainsRawHtml(Block block) => block switch
    {
        HtmlBlock => true,
        LeafBlock { Inline: { } inline } => inline.Descendants<HtmlInline>().Any(),
        ContainerBlock container => container.Any(ContainsRawHtml),
        _ => false,
    };

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } a && LinkSafety.IsExternal(a.GetAttribute("href") ?? ""))
                a.SetAttribute("rel", "noopener noreferrer");
        };
        return sanitizer;
    }
}
