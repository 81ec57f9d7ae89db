using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Search;

/// <summary>Plain text of Markdown blocks, read from the AST the renderer already parsed (no second HTML parse).</summary>
public static class MarkdownText
{
    // `serve` keeps unchanged sources between rebuilds (LoadCache), so their text is extracted once per session.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Model.MarkdownSource, Tuple<List<string>, string>> Extracted = new();

    /// <summary>Headings and plain text of a whole body; remembered for as long as the source lives.</summary>
    public static (List<string> Headings, string Body) Extract(Model.MarkdownSource source)
    {
        var result = Extracted.GetValue(source, s =>
        {
            var (headings, body) = Extract(s.Document);
            return Tuple.Create(headings, body);
        });
        return (result.Item1, result.Item2);
    }

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
