using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using Portal.Model;

namespace Portal.Rendering;

/// <summary>
/// Markdig's text renderer with the notice's 〔原文如此〕 marks: after each configured word (<see cref="SicMarks"/>) the
/// mark follows in its own span; the words themselves are written as the source has them.
/// </summary>
public sealed class SicLiteralRenderer(SicMarks marks) : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        var text = obj.Content.AsSpan();
        // Text that is not HTML (an image's alternative text) keeps the source's words only.
        var ends = renderer.EnableHtmlForInline ? SicMarks.Ends(text, marks.Words) : [];
        var start = 0;
        foreach (var end in ends)
        {
            renderer.WriteEscape(text[start..end]);
            renderer.Write("<span class=\"sic\">").WriteEscape(marks.Mark).Write("</span>");
            start = end;
        }
        renderer.WriteEscape(text[start..]);
    }
}
