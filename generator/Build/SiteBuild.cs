using System.Diagnostics;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;
using Portal.Validation;

namespace Portal.Build;

/// <summary>The pipeline of docs/design.md, one direction: load → validate → site model → render → publish.</summary>
public static class SiteBuild
{
    /// <summary>Loads and validates content and templates without writing anything (the `check` command).</summary>
    public static BuildResult Check(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        // A theme error fails `build`, so `check` must report it too.
        var templatesOk = new TemplateEngine(options.ThemeDir).Load(diagnostics);
        var site = LoadAndValidate(options, diagnostics);
        return Result(site is not null && templatesOk, options, diagnostics, 0, site?.KnownPaths.Count ?? 0, clock);
    }

    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var templates = new TemplateEngine(options.ThemeDir);
        var templatesOk = templates.Load(diagnostics);
        var site = LoadAndValidate(options, diagnostics);
        if (site is null || !templatesOk || Fails(options, diagnostics))
            return Result(false, options, diagnostics, 0, 0, clock);

        var renderer = new SiteRenderer(site, templates, new AssetManifest(options.ThemeDir))
        {
            ContentRoot = Path.GetFullPath(options.ContentDir), Progress = options.Progress,
        };
        var written = SitePublisher.Publish(options.OutputDir, output => RenderSafely(renderer, output, diagnostics), diagnostics);
        return Result(written is not null, options, diagnostics, written?.FilesWritten ?? 0, site.KnownPaths.Count, clock) with { PagesRendered = renderer.PagesRendered };
    }

    /// <summary>Returns the site model, or null when the content has errors (all of them are in <paramref name="diagnostics"/>).</summary>
    /// <param name="cache">`serve` keeps what unchanged files were read as; null reads every file.</param>
    public static SiteModel? LoadAndValidate(BuildOptions options, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        StageTimer.Mark("start");
        options.Progress?.Report("读取内容");
        var content = ContentLoader.Load(options.ContentDir, diagnostics, cache);
        StageTimer.Mark("load");
        options.Progress?.Report("检查内容");
        var directory = new DepartmentDirectory(content.Departments, content.DepartmentGroups, diagnostics);
        new ContentValidator(content, directory, diagnostics, options.Today).Validate();
        StageTimer.Mark("validate");
        if (diagnostics.HasErrors || content.Site is null || content.Notice is null || content.Mechanism is null) return null;

        var site = SiteModelBuilder.Build(content, directory, options.BaseUrl, options.IncludeDrafts);
        StageTimer.Mark("site model");
        InternalLinkValidator.Validate(site, diagnostics);
        StageTimer.Mark("link validation");
        return diagnostics.HasErrors ? null : site;
    }

    /// <summary>A theme mistake (unknown template, bad value) must fail the build with a message, not a stack trace.</summary>
    internal static bool RenderSafely(SiteRenderer renderer, OutputFolder output, DiagnosticBag diagnostics)
    {
        try
        {
            renderer.Render(output);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var inner = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : ex;
            if (inner is IOException or UnauthorizedAccessException) throw inner;
            diagnostics.Error(DiagnosticCodes.TemplateError, Path.GetFullPath("theme"), 0, 0,
                $"生成页面时出错：{inner.Message}", "请撤销最近对主题模板的修改，或联系开发人员。原有网站内容未被改动。");
            return false;
        }
    }

    internal static bool Fails(BuildOptions options, DiagnosticBag diagnostics) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.WarningCount > 0);

    internal static BuildResult Result(bool ok, BuildOptions options, DiagnosticBag diagnostics, int written, int pages, Stopwatch clock) =>
        new(ok && !Fails(options, diagnostics), diagnostics.Sorted(), written, pages, clock.Elapsed);
}
