using System.Diagnostics;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Output;
using Portal.Rendering;
using Portal.Search;

namespace Portal.Build;

/// <summary>
/// The builds of one `serve` session. The first one is a full build; after it, only what changed is done
/// again: unchanged files are not re-read (<see cref="LoadCache"/>), pages whose inputs did not change are not
/// re-rendered and unchanged files not rewritten (<see cref="OutputMemo"/>), and the search index is patched
/// (<see cref="SearchIndex"/>). The whole-site stages (validation, site model) run every time: they are what
/// keeps an incremental site identical to a full build. A change to anything every page shows (theme,
/// site.yml, tasks, departments, notice, static pages) makes a full build, published by the usual swap.
/// </summary>
public sealed class IncrementalBuild(BuildOptions options)
{
    private readonly LoadCache cache = new();
    private readonly string session = Guid.NewGuid().ToString("N");
    private SearchIndex searchIndex = new(previewFolder: true);
    private OutputMemo? published;
    private ulong siteInputs;
    private (ulong Theme, TemplateEngine Templates, AssetManifest Assets)? theme;

    /// <param name="changedFiles">Files the watcher reported: only they are read again. Null: check every file's time stamp.</param>
    public BuildResult Build(IEnumerable<string>? changedFiles = null)
    {
        var clock = Stopwatch.StartNew();
        cache.BeginLoad(changedFiles);
        var diagnostics = new DiagnosticBag();
        var (themeInputs, templates, assets) = Theme(diagnostics);
        // Stamped before reading: a file saved again while this build reads it must make the next build see a change.
        var inputs = SiteInputs(themeInputs);
        var site = SiteBuild.LoadAndValidate(options, diagnostics, cache);
        if (site is null || templates is null || SiteBuild.Fails(options, diagnostics))
            return SiteBuild.Result(false, options, diagnostics, 0, 0, clock);

        // The output must still be the one this session wrote: a `build` into the same folder replaces it.
        var incremental = published is not null && inputs == siteInputs && SitePublisher.IsSession(options.OutputDir, session);
        var renderer = new SiteRenderer(site, templates, assets!)
        {
            ContentRoot = Path.GetFullPath(options.ContentDir), SiteInputs = inputs, SearchIndex = searchIndex, Progress = options.Progress,
        };
        bool Render(OutputFolder output) => SiteBuild.RenderSafely(renderer, output, diagnostics);
        var folder = incremental
            ? SitePublisher.Update(options.OutputDir, published!, Render, diagnostics)
            : SitePublisher.Publish(options.OutputDir, Render, diagnostics, session);
        if (folder is null)
        {
            // Whatever state the output or the index is in now, the next build starts from scratch.
            published = null;
            searchIndex = new SearchIndex(previewFolder: true);
        }
        else
        {
            published = folder.Memo.Next();
            siteInputs = inputs;
        }
        return SiteBuild.Result(folder is not null, options, diagnostics, folder?.FilesWritten ?? 0, site.KnownPaths.Count, clock)
            with { PagesRendered = renderer.PagesRendered, Incremental = incremental };
    }

    /// <summary>Templates and assets are parsed again only when a file under theme/ changed.</summary>
    private (ulong, TemplateEngine?, AssetManifest?) Theme(DiagnosticBag diagnostics)
    {
        var inputs = Stamps(options.ThemeDir, _ => true);
        if (theme is { } known && known.Theme == inputs) return known;
        var templates = new TemplateEngine(options.ThemeDir);
        if (!templates.Load(diagnostics)) return (inputs, null, null);
        theme = (inputs, templates, new AssetManifest(options.ThemeDir));
        return theme.Value;
    }

    /// <summary>Fingerprint of the inputs every page shows: options, theme, and every content file except stories and media.</summary>
    private ulong SiteInputs(ulong themeInputs)
    {
        var content = Stamps(options.ContentDir, relative =>
            !relative.StartsWith(StoryReader.Folder + "/", StringComparison.Ordinal) && !relative.StartsWith("media/", StringComparison.Ordinal));
        return new PageInputs().Add(themeInputs).Add(content).Add(options.BaseUrl?.AbsoluteUri).Add(options.IncludeDrafts ? 1 : 0).Value;
    }

    /// <summary>Paths, sizes and modification times of the files under <paramref name="folder"/> that <paramref name="include"/> accepts.</summary>
    private static ulong Stamps(string folder, Func<string, bool> include)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) return 0;
        var pending = new Stack<string>([root]);
        var files = new List<FileInfo>();
        // Editors' tools create and delete files while we look (swap files, vim's 4913): a vanished entry is skipped,
        // and it changes the fingerprint, which only makes the next build a full one.
        var enumeration = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!Directory.Exists(current)) continue;
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos("*", enumeration))
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (entry is DirectoryInfo) { if (include(relative + "/")) pending.Push(entry.FullName); }
                else if (include(relative)) files.Add((FileInfo)entry);
            }
        }
        // The enumeration already read each file's size and time: no second stat per file.
        var inputs = new PageInputs();
        foreach (var file in files.OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var stamp = FileStamp.Of(file);
            inputs = inputs.Add(file.FullName).Add(stamp.Length).Add(stamp.Ticks);
        }
        return inputs.Value;
    }
}
