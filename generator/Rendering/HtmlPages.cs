using Portal.Diagnostics;
using Portal.Model;
using Portal.Output;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>
/// Every page of the tree through its Liquid template and the layout, in parallel. A page whose fingerprint (its
/// view, the site chrome and the theme) is what the output already holds is not rendered again.
/// </summary>
/// <param name="themeFingerprint">Fingerprint of the theme's files: templates are not part of any view.</param>
/// <param name="text">
/// The theme's words, given to templates as `words.block.key` (`words.search.year`) where a template must say what a
/// file other than the page says too, such as the search page's filter labels that the search worker shows as well.
/// Part of the theme, so already in <paramref name="themeFingerprint"/>.
/// </param>
/// <param name="oneOff">
/// No later build reuses this one's content (not `serve`): a story's Markdown text goes with its syntax tree once its
/// page is written, since no output after the pages reads it (search reads the plain text taken at load time).
/// </param>
public sealed class HtmlPages(TemplateEngine templates, ulong themeFingerprint, IBuildProgress? progress = null, ThemeText? text = null, bool oneOff = false) : ISiteOutput
{
    private readonly Dictionary<string, object> words = text is null ? [] : Blocks(text);

    private static Dictionary<string, object> Blocks(ThemeText text) =>
        text.Words.Keys.Where(k => k.Contains('.')).Select(k => k[..k.IndexOf('.')]).Distinct()
            .ToDictionary(block => block, block => (object)text.Block(block).ToDictionary(w => w.Key, w => (object)w.Value));

    private int rendered;

    public string Step => "生成页面";

    /// <summary>Pages rendered by the last <see cref="Write"/> (the others were already published as they are).</summary>
    public int PagesRendered => rendered;

    public void Write(PageTree tree, OutputFolder output)
    {
        var siteWide = SiteWide(tree.Chrome);
        var pages = tree.Pages;
        var done = 0;
        rendered = 0;
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            progress?.Report(Step, Interlocked.Increment(ref done), pages.Count);
            var fingerprint = ViewFingerprint.Combine(siteWide, tree.Fingerprints[i]);
            if (output.IsPublished(page.Path, fingerprint)) return;
            output.WriteText(page.Path, Render(page, tree.Chrome), fingerprint);
            Interlocked.Increment(ref rendered);
            // Only a story's own page shows its body: let the syntax tree go (50,000 of them do not fit in memory).
            if (page.Model is not StoryPageView story) return;
            if (oneOff) story.Body.ReleaseText();
            else story.Body.Release();
        });
        StageTimer.Mark("render pages");
    }

    /// <summary>What every page is made from besides its own view: the theme's files and the site chrome.</summary>
    public ulong SiteWide(SiteChrome chrome) => ViewFingerprint.Of(new object[] { themeFingerprint, chrome });

    /// <summary>The page's HTML: its template, then the layout around it.</summary>
    public string Render(Page page, SiteChrome chrome)
    {
        var values = new Dictionary<string, object?> { ["site"] = chrome, ["page"] = page, ["model"] = page.Model, ["words"] = words };
        values["content"] = templates.Render(page.Template, values);
        return templates.Render("layout", values);
    }
}
