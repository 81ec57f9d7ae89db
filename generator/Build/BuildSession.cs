using Portal.Diagnostics;
using Portal.Loading;
using Portal.Output;
using Portal.Search;

namespace Portal.Build;

/// <summary>
/// What `serve` keeps between its builds so that each one redoes only what changed: the files as read
/// (<see cref="LoadCache"/>), the theme, the search index (patched), and the published output with each file's
/// fingerprint (<see cref="OutputMemo"/>: a page whose view did not change is not rendered again). The build itself
/// is the same pipeline as `build` (<see cref="SiteBuild.Run"/>); this holds state only.
/// </summary>
public sealed class BuildSession(BuildOptions options)
{
    internal LoadCache Cache { get; } = new();

    /// <summary>Names the output folder as this session's, so a `build` into it (which replaces it) is noticed.</summary>
    internal string Id { get; } = Guid.NewGuid().ToString("N");

    internal SearchIndex Index { get; private set; } = new(previewFolder: true);

    /// <summary>The output as the last successful build left it, and the theme it was rendered with.</summary>
    internal (OutputMemo Memo, ulong Theme)? Published { get; private set; }

    private LoadedTheme? theme;

    /// <summary>What the last build made its pages with, while it succeeded (null after a failed one).</summary>
    private LastGoodBuild? lastGood;

    private QuickStoryEdit? pendingQuickEdit;

    /// <summary>
    /// The checked site and the theme's words of the last build, while it succeeded (null after a failed one): what
    /// `serve` answers a story's 公众号 copy from, instead of reading the whole content again for each page opened.
    /// </summary>
    public (Site.SiteModel Site, Model.ThemeText Words)? Checked => lastGood is { } good ? (good.Context.Site, good.Context.Text) : null;

    /// <param name="changedFiles">Files the watcher reported: only they are read again. Null: check every file's time stamp.</param>
    public BuildResult Build(IEnumerable<string>? changedFiles = null)
    {
        Cache.BeginLoad(changedFiles);
        var result = SiteBuild.Run(options, this);
        if (!result.Success) lastGood = null;
        // The page a quick edit showed goes back with the rest of the last good site, and the memo forgets what it was
        // made from: the next good update writes it again, whatever it makes.
        if (!result.Success && pendingQuickEdit is { Previous: { } previous } quick && OwnsOutput)
        {
            OutputFolder.Restore(options.OutputDir, quick.SitePath, previous);
            Published?.Memo.Republished(OutputFolder.FileOf(quick.SitePath), OutputMemo.Unknown);
        }
        pendingQuickEdit = null;
        return result;
    }

    /// <summary>
    /// When <paramref name="changedFiles"/> is one published story whose words alone changed, replaces its page at once
    /// (<see cref="QuickStoryEdit"/>) and returns it; null otherwise. <see cref="Build"/> must follow either way.
    /// </summary>
    public QuickStoryEdit? TryQuickEdit(IReadOnlyCollection<string> changedFiles)
    {
        // After a failed update the last good site is not what the content says: the full update comes first.
        if (changedFiles.Count != 1 || lastGood is null || Published is not { } published || !OwnsOutput) return null;
        if (theme is null || theme.Fingerprint != published.Theme) return null;
        return pendingQuickEdit = QuickStoryEdit.TryApply(changedFiles.First(), lastGood, options, published.Memo);
    }

    /// <summary>Templates and assets are parsed again only when a file under theme/ changed.</summary>
    internal LoadedTheme? Theme(DiagnosticBag diagnostics)
    {
        if (theme is { } known && known.Fingerprint == FolderStamp.Of(options.ThemeDir)) return known;
        return theme = LoadedTheme.Load(options.ThemeDir, diagnostics);
    }

    /// <summary>Whatever state the output or the index is in after a failed write, the next build starts from scratch.</summary>
    /// <param name="pages">The pages' renderer, with <paramref name="tree"/>: what a quick story edit makes its page with.</param>
    internal void Record(OutputFolder? folder, ulong themeFingerprint, Site.PageTree tree, Rendering.HtmlPages pages)
    {
        if (folder is null)
        {
            Published = null;
            Index = new SearchIndex(previewFolder: true);
            lastGood = null;
        }
        else
        {
            Published = (folder.Memo.Next(), themeFingerprint);
            lastGood = new LastGoodBuild(options.ContentDir, tree, pages);
        }
    }

    internal bool OwnsOutput => SitePublisher.IsSession(options.OutputDir, Id);
}
