using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Loading;

/// <summary>Plain text of Markdown blocks, read from the syntax tree at parse time (for search: no second HTML parse).</summary>
public static class MarkdownText
{
    public static (List<string> Headings, string Body) Extract(IEnumerable<Block> blocks)
    {
        var headings = new List<string>();
        var body = new StringBuilder();
        foreach (var block in blocks) Collect(block, headings, body);
        return (headings, body.ToString().Trim());
    }

    public static string Inline(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        foreach (var item in inline.Descendants())
        {
            switch (item)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append('\n'); break;
            }
        }
        return text.ToString();
    }

    private static void Collect(Block block, List<string> headings, StringBuilder body)
    {
        switch (block)
        {
            case HeadingBlock heading:
                headings.Add(Inline(heading.Inline).Trim());
                break;
            case LeafBlock { Inline: not null } leaf:
                body.Append(Inline(leaf.Inline)).Append('\n');
                break;
            case LeafBlock leaf when leaf is CodeBlock:
                body.Append(leaf.Lines.ToString()).Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container) Collect(child, headings, body);
                break;
        }
    }
}
