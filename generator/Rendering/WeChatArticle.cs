using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Model;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>
/// The 公众号 copy of a story: the story's HTML rewritten for WeChat's article editor, which keeps inline styles only,
/// drops classes, scripts and links to other sites, and re-hosts pictures it can fetch from a public address.
/// Every element carries its style from the theme (weChatStyle), every address is absolute (the site's published
/// base URL), each link becomes its text with a numbered mark and a 文末注释 giving the address, and the copy ends
/// with the story's QR code (the PNG beside the published page) and the site's name.
/// </summary>
public sealed class WeChatArticle
{
    /// <summary>The tags the copy may hold; anything else is unwrapped (its text kept) or, for <see cref="Dropped"/>, left out.</summary>
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.Ordinal)
    {
        "section", "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td",
        "strong", "em", "b", "i", "u", "s", "del", "sup", "sub", "br", "hr", "code", "pre", "span", "img",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "video", "audio", "object", "embed", "form", "input", "button", "textarea", "select",
        "svg", "math", "template", "noscript", "source", "track", "canvas", "link", "meta",
    };

    private static readonly HtmlParser Parser = new();

    private readonly ThemeText text;
    private readonly SiteUrls urls;
    private readonly Uri page;
    private readonly List<(string Text, string Url)> notes = [];
    private readonly StringBuilder html = new();

    private WeChatArticle(ThemeText text, SiteUrls urls, StoryEntry story)
    {
        this.text = text;
        this.urls = urls;
        // From these addresses, not the model's: `serve` answers from its own model, whose addresses are the preview's.
        page = new Uri(urls.Absolute(story.Path));
    }

    /// <summary>The copy as HTML (rich text) and as plain text, for the clipboard's two formats.</summary>
    public sealed record Copy(string Html, string Text);

    /// <param name="urls">The published site's addresses (site.yml's baseUrl), never the preview's.</param>
    public static Copy For(StoryEntry story, SiteConfig site, SiteUrls urls, ThemeText text)
    {
        var article = new WeChatArticle(text, urls, story);
        var result = article.Compose(story, site);
        return new Copy(result, PlainText(result));
    }

    private string Compose(StoryEntry story, SiteConfig site)
    {
        var source = story.Source;
        Open("section", ThemeKeys.WeChatStyle.Article);
        if (source.Cover is { } cover) Figure(urls.Media(cover.Src.Value), cover.Alt, cover.Caption);
        if (source.Video is { } video) Paragraph(ThemeKeys.WeChatStyle.Paragraph, Word(ThemeKeys.WeChat.Video, ("title", video.Title)));

        var body = Parser.ParseDocument("<!DOCTYPE html><body>" + new MarkdownRenderer(urls).ToHtml(source.Body) + "</body>");
        foreach (var node in body.Body!.ChildNodes) Write(node);

        if (source.Source is { } from)
        {
            var name = from.Name;
            var line = from.Medium is null ? Word(ThemeKeys.WeChat.Source, ("source", name))
                : from.Date is { } date ? Word(ThemeKeys.WeChat.SourceMediumDate, ("source", name), ("medium", from.Medium.Value), ("date", DateText(date)))
                : Word(ThemeKeys.WeChat.SourceMedium, ("source", name), ("medium", from.Medium.Value));
            Open("p", ThemeKeys.WeChatStyle.Byline);
            Text(line);
            if (from.Url is { } url && Absolute(url.Value) is { } address) NoteMark(name, address);
            Close("p");
        }
        if (source.Editor.Length > 0) Paragraph(ThemeKeys.WeChatStyle.Byline, Word(ThemeKeys.WeChat.Editor, ("editor", source.Editor)));

        if (notes.Count > 0)
        {
            Paragraph(ThemeKeys.WeChatStyle.NotesTitle, Word(ThemeKeys.WeChat.NotesTitle));
            for (var i = 0; i < notes.Count; i++)
                Paragraph(ThemeKeys.WeChatStyle.NoteItem, Word(ThemeKeys.WeChat.NoteItem, ("number", i + 1), ("text", notes[i].Text), ("url", notes[i].Url)));
        }

        Open("section", ThemeKeys.WeChatStyle.Footer);
        Image(new Uri(page, Routes.QrCodePngFile).AbsoluteUri, Word(ThemeKeys.WeChat.QrAlt, ("title", story.Title)), ThemeKeys.WeChatStyle.QrCode);
        Paragraph(ThemeKeys.WeChatStyle.Caption, Word(ThemeKeys.WeChat.QrCaption));
        Paragraph(ThemeKeys.WeChatStyle.Caption, Word(ThemeKeys.WeChat.SiteLine, ("site", site.Title)));
        Close("section");
        Close("section");
        return html.ToString();
    }

    private void Write(INode node)
    {
        switch (node)
        {
            case IText t:
                Text(t.Data);
                return;
            case IElement e:
                Element(e);
                return;
        }
    }

    private void Element(IElement e)
    {
        var tag = e.LocalName;
        if (Dropped.Contains(tag)) return;
        switch (tag)
        {
            case "a":
                Link(e);
                return;
            case "img":
                if (Absolute(e.GetAttribute("src")) is { } src) Image(src, e.GetAttribute("alt") ?? "", ThemeKeys.WeChatStyle.Image);
                return;
            case "figure":
                Open("section", ThemeKeys.WeChatStyle.Figure);
                Children(e);
                Close("section");
                return;
            case "figcaption":
                Open("p", ThemeKeys.WeChatStyle.Caption);
                Children(e);
                Close("p");
                return;
            case "div":
                Open("section", null);
                Children(e);
                Close("section");
                return;
            case "h1":
                // The story's title is the page's only h1 and goes in the 公众号's title box: a body h1 reads as a section.
                Open("h2", ThemeKeys.WeChatStyle.Heading2);
                Children(e);
                Close("h2");
                return;
            case "br":
                html.Append("<br>");
                return;
            case "hr":
                html.Append("<hr style=\"").Append(Attribute(Style(ThemeKeys.WeChatStyle.Rule))).Append("\">");
                return;
        }
        if (!AllowedTags.Contains(tag))
        {
            Children(e);
            return;
        }
        html.Append('<').Append(tag);
        foreach (var name in new[] { "colspan", "rowspan", "start" })
            if (e.GetAttribute(name) is { } value && int.TryParse(value, out var number)) html.Append(' ').Append(name).Append("=\"").Append(number).Append('"');
        var style = StyleOf(tag);
        // Markdig writes a table column's alignment as style="text-align: …": keep that one declaration.
        if (tag is "th" or "td" && e.GetAttribute("style") is { } own && own.Replace(" ", "", StringComparison.Ordinal).Trim(';') is { } align
            && align is "text-align:left" or "text-align:center" or "text-align:right")
            style = style is null ? align : style + ";" + align;
        if (style is not null) html.Append(" style=\"").Append(Attribute(style)).Append('"');
        html.Append('>');
        Children(e);
        html.Append("</").Append(tag).Append('>');
    }

    private string? StyleOf(string tag) => tag switch
    {
        "p" => Style(ThemeKeys.WeChatStyle.Paragraph),
        "h2" => Style(ThemeKeys.WeChatStyle.Heading2),
        "h3" => Style(ThemeKeys.WeChatStyle.Heading3),
        "h4" or "h5" or "h6" => Style(ThemeKeys.WeChatStyle.Heading4),
        "ul" or "ol" => Style(ThemeKeys.WeChatStyle.List),
        "li" => Style(ThemeKeys.WeChatStyle.ListItem),
        "blockquote" => Style(ThemeKeys.WeChatStyle.Quote),
        "table" => Style(ThemeKeys.WeChatStyle.Table),
        "th" => Style(ThemeKeys.WeChatStyle.HeaderCell),
        "td" => Style(ThemeKeys.WeChatStyle.Cell),
        "strong" or "b" => Style(ThemeKeys.WeChatStyle.Strong),
        "em" or "i" => Style(ThemeKeys.WeChatStyle.Emphasis),
        "code" or "pre" => Style(ThemeKeys.WeChatStyle.Code),
        _ => null,
    };

    /// <summary>A link's text stays; its address goes to the 文末注释 (WeChat drops links to other sites).</summary>
    private void Link(IElement a)
    {
        var href = a.GetAttribute("href");
        // Markdig's footnote back links (↩) mean nothing on paper; in-page anchors have no address to give.
        if (a.ClassList.Contains("footnote-back-ref")) return;
        Children(a);
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || Absolute(href) is not { } address) return;
        var label = WebUtility.HtmlDecode(a.TextContent).Trim();
        // An address written out as the link's text is already there to read.
        if (label == address || label == href) return;
        NoteMark(label.Length > 0 ? label : address, address);
    }

    private void NoteMark(string label, string address)
    {
        notes.Add((label, address));
        Open("sup", ThemeKeys.WeChatStyle.NoteMark);
        Text(Word(ThemeKeys.WeChat.NoteMark, ("number", notes.Count)));
        Close("sup");
    }

    private void Figure(string src, string alt, string caption)
    {
        if (Absolute(src) is not { } address) return;
        Open("section", ThemeKeys.WeChatStyle.Figure);
        Image(address, alt, ThemeKeys.WeChatStyle.Image);
        if (caption.Length > 0) Paragraph(ThemeKeys.WeChatStyle.Caption, caption);
        Close("section");
    }

    private void Image(string src, string alt, string styleKey) =>
        html.Append("<img src=\"").Append(Attribute(src)).Append("\" alt=\"").Append(Attribute(alt))
            .Append("\" style=\"").Append(Attribute(Style(styleKey))).Append("\">");

    /// <summary>The published address of a link or picture; null for one that is not http(s) or mailto.</summary>
    private string? Absolute(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(page, href.Trim(), out var uri)) return null;
        return uri.Scheme is "http" or "https" or "mailto" ? uri.AbsoluteUri : null;
    }

    private void Paragraph(string styleKey, string content)
    {
        Open("p", styleKey);
        Text(content);
        Close("p");
    }

    private void Open(string tag, string? styleKey)
    {
        html.Append('<').Append(tag);
        if (styleKey is not null) html.Append(" style=\"").Append(Attribute(Style(styleKey))).Append('"');
        html.Append('>');
    }

    private void Close(string tag) => html.Append("</").Append(tag).Append('>');

    private void Children(IElement e)
    {
        foreach (var child in e.ChildNodes) Write(child);
    }

    private void Text(string value) => html.Append(WebUtility.HtmlEncode(value));

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);

    private string Style(string key) => text.Word(key);

    private string Word(string key, params (string Name, object Value)[] values) => text.Word(key, values);

    private string DateText(DateOnly date) =>
        text.Word(ThemeKeys.Formats.Date, ("year", date.Year), ("month", date.Month), ("day", date.Day));

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "section", "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr", "pre", "table",
    };

    /// <summary>The copy's text, a block a line, table cells apart by tabs: what a plain-text paste (a chat, a note) gets.</summary>
    public static string PlainText(string copyHtml)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><body>" + copyHtml + "</body>");
        var lines = new StringBuilder();
        var line = new StringBuilder();
        void Flush()
        {
            var done = line.ToString().Trim();
            if (done.Length > 0) lines.Append(done).Append('\n');
            line.Clear();
        }
        void Walk(INode node)
        {
            if (node is IText t)
            {
                // Markup's line breaks (between cells, Markdown's soft breaks in Chinese text) are no words.
                if (!string.IsNullOrWhiteSpace(t.Data)) line.Append(t.Data.Replace("\n", "", StringComparison.Ordinal));
                return;
            }
            if (node is not IElement e) return;
            var block = BlockTags.Contains(e.LocalName);
            if (block) Flush();
            if (e.LocalName == "br") line.Append('\n');
            foreach (var child in e.ChildNodes) Walk(child);
            if (e.LocalName is "th" or "td" && e.NextElementSibling is not null) line.Append('\t');
            if (block) Flush();
        }
        Walk(document.Body!);
        Flush();
        return lines.ToString();
    }
}
