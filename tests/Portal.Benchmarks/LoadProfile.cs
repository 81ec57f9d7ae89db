using System.Diagnostics;
using Portal.Diagnostics;
using Portal.Loading;

namespace Portal.Benchmarks;

/// <summary>Developer tool: times the parts of loading one story, single-threaded, to see where load time goes.</summary>
public static class LoadProfile
{
    public static int Run(string contentDir)
    {
        var files = Directory.GetFiles(Path.Combine(contentDir, "stories"), "*.md", SearchOption.AllDirectories);
        var texts = files.Select(File.ReadAllText).ToArray();
        var diagnostics = new DiagnosticBag();
        void Time(string name, Action<string> action)
        {
            foreach (var t in texts.Take(200)) action(t); // warm up JIT
            var clock = Stopwatch.StartNew();
            foreach (var t in texts) action(t);
            Console.WriteLine($"{name,-24} {clock.Elapsed.TotalMilliseconds / texts.Length * 1000,8:0} µs/file");
        }
        Time("decode", t => SourceText.Decode(System.Text.Encoding.UTF8.GetBytes(t), "x", diagnostics));
        Time("split front matter", t => FrontMatterDocument.Split(t, "x", diagnostics));
        Time("yaml parse", t => YamlSource.ParseMapping(FrontMatterDocument.Split(t, "x", diagnostics)!.Yaml, "x", 2, diagnostics));
        Time("markdown parse", t => MarkdownParser.Parse(FrontMatterDocument.Split(t, "x", diagnostics)!.Body, "x", 10));
        var files2 = new ContentFiles(contentDir, diagnostics);
        var clock = Stopwatch.StartNew();
        foreach (var f in files) StoryReader.Read(files2, f, diagnostics);
        Console.WriteLine($"{"whole story read",-24} {clock.Elapsed.TotalMilliseconds / files.Length * 1000,8:0} µs/file");
        return 0;
    }
}

/// <summary>Developer tool: per-page costs of rendering steps.</summary>
public static class RenderProfile
{
    public static int Run(string contentDir)
    {
        var diagnostics = new DiagnosticBag();
        var site = Portal.Build.SiteBuild.LoadAndValidate(new Portal.Build.BuildOptions { ContentDir = contentDir }, diagnostics)!;
        var markdown = new Portal.Rendering.MarkdownRenderer(site.Urls);
        void Time(string name, Action<Portal.Site.StoryEntry> action)
        {
            foreach (var s in site.Stories.Take(300)) action(s);
            var clock = Stopwatch.StartNew();
            foreach (var s in site.Stories) action(s);
            Console.WriteLine($"{name,-24} {clock.Elapsed.TotalMilliseconds / site.Stories.Count * 1000,8:0} µs/story");
        }
        Time("qr code", s => Portal.Outputs.QrCodeSvg.For(s.AbsoluteUrl));
        Time("qr encode only", s => Portal.Outputs.QrEncoder.Encode(s.AbsoluteUrl));
        Time("qr png", s => Portal.Outputs.QrCodePng.For(s.AbsoluteUrl));
        Time("markdown to html", s => markdown.ToHtml(s.Source.Body));
        Time("search text", s => Portal.Loading.MarkdownText.Extract(s.Source.Body.Document));
        Time("tokenize body", s => Portal.Search.SearchTokenizer.Tokens(s.Source.Body.Text));
        return 0;
    }
}

public static class LoaderProfile
{
    public static int Run(string contentDir)
    {
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            var d = new DiagnosticBag();
            var content = ContentLoader.Load(contentDir, d);
            Console.WriteLine($"ContentLoader.Load run {i}: {clock.ElapsedMilliseconds} ms, {content.Stories.Count} stories, gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms");
        }
        return 0;
    }
}

/// <summary>Developer tool: the stages after loading, repeated in one process, to see their warm (JIT-free) cost.</summary>
public static class WarmStagesProfile
{
    public static int Run(string contentDir)
    {
        var d0 = new DiagnosticBag();
        var content = ContentLoader.Load(contentDir, d0);
        var theme = Portal.Build.LoadedTheme.Load(RepositoryPaths.Theme, d0)!;
        for (var i = 0; i < 4; i++)
        {
            var d = new DiagnosticBag();
            var clock = Stopwatch.StartNew();
            var directory = new Portal.Validation.DepartmentDirectory(content.Departments, content.DepartmentGroups, d);
            new Portal.Validation.ContentValidator(content, directory, d, DateOnly.FromDateTime(DateTime.Today)).Validate();
            var validate = clock.ElapsedMilliseconds;
            var site = Portal.Site.SiteModelBuilder.Build(content, directory, null, false, DateOnly.FromDateTime(DateTime.Today));
            var model = clock.ElapsedMilliseconds;
            Portal.Site.InternalLinkValidator.Validate(site, d);
            var links = clock.ElapsedMilliseconds;
            var context = new Portal.Site.PageContext(site, theme.Text);
            var documents = Portal.Site.PageSources.All.SelectMany(s => s.SearchDocuments(context)).ToList();
            var collect = clock.ElapsedMilliseconds;
            var pages = Portal.Site.PageTreeBuilder.Build(site, theme.Text, theme.Assets, previewSearchIndex: false).Pages;
            var catalog = clock.ElapsedMilliseconds;
            Console.WriteLine($"run {i}: validate {validate} ms, site model {model - validate} ms, links {links - model} ms, search documents {collect - links} ms, page tree {catalog - collect} ms ({pages.Count} pages)");
        }
        return 0;
    }
}

/// <summary>Developer tool: one-story edits rebuilt in process by <see cref="Portal.Build.BuildSession"/>, back to back (attach dotnet-trace to see where an update's time goes).</summary>
public static class IncrementalProfile
{
    public static int Run(string contentDir, int edits)
    {
        var work = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "portal-incremental-profile");
        if (Directory.Exists(work)) Directory.Delete(work, true);
        var content = Path.Combine(work, "content");
        TempFolder.CopyDirectory(contentDir, content);
        var live = new Portal.Build.BuildSession(new Portal.Build.BuildOptions
        {
            ContentDir = content, OutputDir = Path.Combine(work, "_site"), ThemeDir = RepositoryPaths.Theme,
        });
        if (!live.Build().Success) return 1;
        var stories = Directory.GetFiles(Path.Combine(content, "stories"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var story = stories[Math.Min(500, stories.Count - 1)];
        var times = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            File.AppendAllText(story, $"\n第{i}次补充。\n");
            var clock = Stopwatch.StartNew();
            if (!live.Build([story]).Success) return 1;
            times.Add(clock.Elapsed.TotalMilliseconds);
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false); // as `serve` does while the editor types
        }
        times.Sort();
        Console.WriteLine($"{edits} body edits: median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms");
        Directory.Delete(work, true);
        return 0;
    }
}
