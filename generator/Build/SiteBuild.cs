using System.Diagnostics;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Output;
using Portal.Outputs;
using Portal.Rendering;
using Portal.Search;
using Portal.Site;
using Portal.Validation;

namespace Portal.Build;

/// <summary>
/// The pipeline, one direction (docs/architecture.md): load → validate → site model → page tree → outputs → publish.
/// `build`, `check` and every `serve` update run it; `serve` passes a <see cref="BuildSession"/> so that unchanged work is skipped.
/// </summary>
public static class SiteBuild
{
    /// <summary>Loads and validates content and the theme without writing anything (the `check` command).</summary>
    public static BuildResult Check(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        // A theme error fails `build`, so `check` must report it too.
        var theme = LoadedTheme.Load(options.ThemeDir, diagnostics);
        var site = LoadAndValidate(options, diagnostics, null, out var today);
        var ok = site is not null && theme is not null && Tree(site, theme, options, preview: false, diagnostics) is not null;
        return Result(ok, options, diagnostics, 0, site?.KnownPaths.Count ?? 0, clock) with { AsOf = today };
    }

    public static BuildResult Build(BuildOptions options) => Run(options, session: null);

    internal static BuildResult Run(BuildOptions options, BuildSession? session)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var theme = session is null ? LoadedTheme.Load(options.ThemeDir, diagnostics) : session.Theme(diagnostics);
        var site = LoadAndValidate(options, diagnostics, session?.Cache, out var today);
        if (site is null || theme is null || Fails(options, diagnostics))
            return Result(false, options, diagnostics, 0, 0, clock) with { AsOf = today };
        var tree = Tree(site, theme, options, preview: session is not null, diagnostics);
        if (tree is null) return Result(false, options, diagnostics, 0, 0, clock) with { AsOf = today };

        var html = new HtmlPages(theme.Templates, theme.Fingerprint, options.Progress, theme.Text, oneOff: session is null);
        ISiteOutput[] outputs =
        [
            html, new SearchIndexFiles(session?.Index ?? new SearchIndex(), theme.Text), new QrCodes(), new AtomFeed(), new SitemapXml(),
            new LedgerCsv(theme.Text), new ProgressCsv(theme.Text), new RobotsTxt(), new CmsAdmin(options.ThemeDir, theme.Text), new StaticFiles(theme.Assets, Path.GetFullPath(options.ContentDir)),
        ];
        var large = site.Stories.Count >= ContentLoader.LargeSiteStories;
        bool Write(OutputFolder folder) => WriteSafely(outputs, tree, folder, options, diagnostics, oneOff: session is null, large);

        // In place only while the output is still the one this session wrote with this theme: a `build` into it replaces it.
        var incremental = session?.Published is { } published && published.Theme == theme.Fingerprint && session.OwnsOutput;
        var folder = incremental
            ? SitePublisher.Update(options.OutputDir, session!.Published!.Value.Memo, Write, diagnostics)
            : SitePublisher.Publish(options.OutputDir, Write, diagnostics, session?.Id, remember: session is not null);
        // Before the memo moves on to the next build: which files this update wrote or removed.
        var changed = incremental ? folder?.Memo.Changed() : null;
        session?.Record(folder, theme.Fingerprint, tree, html);
        return Result(folder is not null, options, diagnostics, folder?.FilesWritten ?? 0, site.KnownPaths.Count, clock)
            with { PagesRendered = html.PagesRendered, Incremental = incremental, AsOf = today, Changed = changed };
    }

    /// <summary>Returns the site model, or null when the content has errors (all of them are in <paramref name="diagnostics"/>).</summary>
    /// <param name="cache">`serve` keeps what unchanged files were read as; null reads every file.</param>
    public static SiteModel? LoadAndValidate(BuildOptions options, DiagnosticBag diagnostics, LoadCache? cache = null) =>
        LoadAndValidate(options, diagnostics, cache, out _);

    /// <param name="today">The date validation counted as today: <see cref="BuildOptions.Today"/>, or with
    /// <see cref="AsOfSource.Content"/> the newest date in the content just loaded.</param>
    internal static SiteModel? LoadAndValidate(BuildOptions options, DiagnosticBag diagnostics, LoadCache? cache, out AsOfDate today)
    {
        StageTimer.Mark("start");
        options.Progress?.Report("读取内容");
        var content = ContentLoader.Load(options.ContentDir, diagnostics, cache);
        StageTimer.Mark("load");
        today = options.TodaySource == AsOfSource.Content
            ? AsOfDate.FromContent(content, options.IncludeDrafts)
            : new AsOfDate(options.Today, options.TodaySource);
        options.Progress?.Report("检查内容");
        var directory = new DepartmentDirectory(content.Departments, content.DepartmentGroups, diagnostics);
        new ContentValidator(content, directory, diagnostics, today.Date).Validate();
        StageTimer.Mark("validate");
        if (diagnostics.HasErrors || content.Site is null || content.Notice is null || content.Mechanism is null) return null;

        var site = SiteModelBuilder.Build(content, directory, options.BaseUrl, options.IncludeDrafts, today.Date);
        StageTimer.Mark("site model");
        InternalLinkValidator.Validate(site, diagnostics);
        StageTimer.Mark("link validation");
        return diagnostics.HasErrors ? null : site;
    }

    /// <summary>The page tree; a word missing from theme.yml is a theme error with a message, not a stack trace.</summary>
    private static PageTree? Tree(SiteModel site, LoadedTheme theme, BuildOptions options, bool preview, DiagnosticBag diagnostics)
    {
        try
        {
            // `serve` (a build session) keeps its search index in one folder and edits the content folder through its own backend.
            var tree = PageTreeBuilder.Build(site, theme.Text, theme.Assets, previewSearchIndex: preview, options.PullRequestPreview, localEditor: preview);
            StageTimer.Mark("page tree");
            return tree;
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            ThemeError(options, diagnostics, ex);
            return null;
        }
    }

    /// <summary>A theme mistake (unknown template, bad value) must fail the build with a message, not a stack trace.</summary>
    /// <param name="oneOff">A `build`, not `serve`: once the pages are written, their garbage and the released Markdown texts
    /// are collected and the heap compacted before the search index grows its postings beside them, which at 100,000
    /// stories otherwise raise the peak by a few hundred megabytes (the collection costs well under a second there).</param>
    /// <param name="large">A site past <see cref="ContentLoader.LargeSiteStories"/>: the index's leftovers are collected too
    /// before the QR codes allocate beside them, which at 100,000 stories is the difference between the peak staying under
    /// 2 GiB and reaching it.</param>
    private static bool WriteSafely(ISiteOutput[] outputs, PageTree tree, OutputFolder folder, BuildOptions options, DiagnosticBag diagnostics, bool oneOff, bool large)
    {
        try
        {
            foreach (var output in outputs)
            {
                options.Progress?.Report(output.Step);
                output.Write(tree, folder);
                if (oneOff && (output is HtmlPages || (large && output is SearchIndexFiles))) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                StageTimer.Mark(output.GetType().Name);
            }
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var inner = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : ex;
            if (inner is IOException or UnauthorizedAccessException) throw inner;
            ThemeError(options, diagnostics, inner);
            return false;
        }
    }

    private static void ThemeError(BuildOptions options, DiagnosticBag diagnostics, Exception ex) =>
        diagnostics.Error(DiagnosticCodes.TemplateError, Path.GetFullPath(options.ThemeDir), 0, 0,
            $"生成页面时出错：{ex.Message}", "请撤销最近对主题模板的修改，或联系开发人员。原有网站内容未被改动。");

    internal static bool Fails(BuildOptions options, DiagnosticBag diagnostics) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.WarningCount > 0);

    internal static BuildResult Result(bool ok, BuildOptions options, DiagnosticBag diagnostics, int written, int pages, Stopwatch clock) =>
        new(ok && !Fails(options, diagnostics), diagnostics.Sorted(), written, pages, clock.Elapsed);
}
