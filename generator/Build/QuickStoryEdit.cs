using System.Collections;
using System.Reflection;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;
using Portal.Validation;

namespace Portal.Build;

/// <summary>
/// `serve`'s answer to the commonest save: one published story whose words changed (its body, 标题, 摘要 or 责任编辑)
/// and nothing else. Its own page is made again from the last good build (the same page source, template and
/// fingerprint as a full update) and replaced at once, in milliseconds on any size of site, so the editor sees the
/// edit before the update that follows has finished. That update always runs straight after and is what counts: it
/// checks everything, rewrites what else moved (lists, search, feed), and a page it makes differently is written again
/// and refreshed. If it fails, the page goes back to what it was (<see cref="BuildSession"/>).
/// </summary>
/// <remarks>
/// Taken only where the page cannot differ from the full update's: the file reads without any diagnostic, every other
/// field (and every field's place in the file) is as before, and the body links exactly what it linked (so the link and
/// media checks that passed still pass, and the share picture is the same).
/// </remarks>
/// <param name="SitePath">The story's page.</param>
/// <param name="Previous">What the page's file held before.</param>
public sealed record QuickStoryEdit(string SitePath, byte[]? Previous)
{
    /// <summary>The fields an edit of the story's words may change; every other public property must stay equal.</summary>
    private static readonly HashSet<string> Words = [nameof(Story.Title), nameof(Story.Summary), nameof(Story.Editor), nameof(Story.Body)];

    private static readonly PropertyInfo[] Facts = typeof(Story).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => !Words.Contains(p.Name) && p.GetIndexParameters().Length == 0).ToArray();

    private static readonly StoryPages StoryPages = PageSources.All.OfType<StoryPages>().Single();

    /// <summary>Replaces the page of the story in <paramref name="file"/>, or returns null when this edit needs the full update.</summary>
    internal static QuickStoryEdit? TryApply(string file, LastGoodBuild basis, BuildOptions options, OutputMemo next)
    {
        // A file turned into a link is the loader's to judge (it refuses links out of content/).
        if (!file.EndsWith(".md", StringComparison.Ordinal) || !File.Exists(file) || new FileInfo(file).LinkTarget is not null) return null;
        if (basis.StoryAt(Path.GetFullPath(file)) is not { } published) return null;

        var diagnostics = new DiagnosticBag();
        var loaded = StoryReader.Read(new ContentFiles(options.ContentDir, diagnostics), Path.GetFullPath(file), diagnostics);
        FieldRules.Check(loaded.Written, diagnostics);
        if (diagnostics.Snapshot().Length > 0 || loaded.Value is not { } edited || !SameFacts(published.Source, edited)) return null;
        if (!edited.Body.Links.SequenceEqual(published.Source.Body.Links, SameLink.Instance)) return null;

        var entry = SiteModelBuilder.Replacing(published, edited, basis.Context.Urls);
        var page = StoryPages.PageOf(basis.Context, entry) with { Column = basis.StoryColumn };
        var fingerprint = ViewFingerprint.Combine(basis.SiteWide, ViewFingerprint.Of(page));
        var previous = OutputFolder.ReplacePublished(options.OutputDir, next, page.Path, basis.Pages.Render(page, basis.Chrome), fingerprint);
        return new QuickStoryEdit(page.Path, previous);
    }

    /// <summary>Every field but the words is as published, compared property by property (a field added later is compared too).</summary>
    private static bool SameFacts(Story published, Story edited) => Facts.All(p => Same(p.GetValue(published), p.GetValue(edited)));

    private static bool Same(object? a, object? b) =>
        a is IList first && b is IList second
            ? first.Count == second.Count && Enumerable.Range(0, first.Count).All(i => Equals(first[i], second[i]))
            : Equals(a, b);

    /// <summary>A link as the checks see it: where it leads, what kind, whether an image says what it shows. Not where it is written.</summary>
    private sealed class SameLink : IEqualityComparer<MarkdownLink>
    {
        public static readonly SameLink Instance = new();

        public bool Equals(MarkdownLink? x, MarkdownLink? y) =>
            x is not null && y is not null && x.Url == y.Url && x.Kind == y.Kind && x.HasAltText == y.HasAltText;

        public int GetHashCode(MarkdownLink link) => HashCode.Combine(link.Url, link.Kind, link.HasAltText);
    }
}

/// <summary>
/// What the last good build made its pages with, kept by <see cref="BuildSession"/>: the site and words its 公众号 copies
/// are made from, and what <see cref="QuickStoryEdit"/> makes a story's page with. What only a quick edit needs is
/// worked out at the first one, not in every update. The page tree itself is not kept (its views are most of a
/// build's memory).
/// </summary>
internal sealed class LastGoodBuild(string contentDir, PageTree tree, HtmlPages pages)
{
    private Dictionary<string, StoryEntry>? byFile;
    private ulong? siteWide;

    public PageContext Context { get; } = tree.Context ?? throw new InvalidOperationException("a page tree from PageTreeBuilder carries its context");
    public SiteChrome Chrome { get; } = tree.Chrome;
    public HtmlPages Pages => pages;

    /// <summary>The column every story page belongs to (its landing page's words), as the page tree attached it.</summary>
    public ColumnMetadata? StoryColumn { get; } = tree.Pages.FirstOrDefault(p => p.Kind == StoryPages.Name)?.Column;

    /// <summary>The site-wide part of every page's fingerprint (theme and chrome), as <see cref="HtmlPages"/> mixed it in.</summary>
    public ulong SiteWide => siteWide ??= pages.SiteWide(Chrome);

    /// <summary>The published story read from <paramref name="fullPath"/>, or null (a draft, a new file, not a story).</summary>
    public StoryEntry? StoryAt(string fullPath)
    {
        byFile ??= Context.Site.Stories.ToDictionary(s => Path.GetFullPath(Path.Combine(contentDir, s.Source.SourceFile)), StringComparer.Ordinal);
        return byFile.GetValueOrDefault(fullPath);
    }
}
