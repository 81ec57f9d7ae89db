using Markdig.Syntax;
using Portal.Model;

namespace Portal.Site;

/// <summary>
/// Markdown shown on a page, or a run of its top-level blocks (the notice's body and its attachment). The HTML
/// output renders it when the template prints it, on the parallel render threads; its fingerprint is its source.
/// </summary>
public sealed class MarkdownBody(MarkdownSource source, SiteUrls urls, int firstBlock = 0, int blockCount = int.MaxValue) : IFingerprinted
{
    /// <summary>Links in the body get this site's base path.</summary>
    public SiteUrls Urls => urls;

    /// <summary>The notice's 〔原文如此〕 marks; null for every other body.</summary>
    internal SicMarks? Sic { get; init; }

    public bool IsEmpty => Blocks().Count == 0;

    public IReadOnlyList<Block> Blocks()
    {
        var document = source.Document;
        var start = Math.Min(firstBlock, document.Count);
        var count = Math.Min(blockCount, document.Count - start);
        return count == document.Count ? document : document.Skip(start).Take(count).ToList();
    }

    public ulong Fingerprint => ViewFingerprint.Of(source.TextHash,
        new BodyRange(firstBlock, Math.Min(blockCount, 1 << 20), urls.BasePath, Sic is null ? "" : string.Join("\n", [Sic.Mark, .. Sic.Words])));

    private sealed record BodyRange(int First, int Count, string BasePath, string Sic);

    /// <summary>The syntax tree is most of a story's memory: once its page is written it may go (it is parsed again if needed).</summary>
    public void Release() => source.ReleaseDocument();

    /// <summary>For a one-off build, once the body's only page is written: nothing after it reads the Markdown again.</summary>
    public void ReleaseText() => source.ReleaseText();
}
