using Portal.Build;
using Portal.Diagnostics;
using Portal.Site;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The page tree of the fixture content, made once in-process: which kind each path is, and the first page of each kind.
/// The tests' page lists (snapshots, axe, layout) add these to their named variants, so a new page kind is tested
/// as soon as its source exists (<see cref="PageSources.All"/>), never silently skipped.
/// </summary>
public static class FixturePageKinds
{
    private static readonly Lazy<PageTree> LazyTree = new(Make);

    public static PageTree Tree => LazyTree.Value;

    /// <summary>The kind of the page at a site path ("?q=" and "#…" ignored).</summary>
    public static string KindOf(string path)
    {
        var bare = path.Split('?', '#')[0];
        return Tree.Pages.FirstOrDefault(p => p.Path == bare)?.Kind ?? throw new ArgumentException($"no fixture page at /{bare}");
    }

    /// <summary>Every page kind with the path of its first page in the fixture site.</summary>
    public static IReadOnlyList<(string Kind, string Path)> FirstOfEachKind =>
        PageSources.All.Select(s => (s.Kind, Tree.Pages.FirstOrDefault(p => p.Kind == s.Kind)?.Path
            ?? throw new InvalidOperationException($"the fixture content has no page of kind {s.Kind}: add content for it to FixtureContent"))).ToList();

    /// <summary>The paths of <paramref name="variants"/>, then the first page of each kind none of them covers.</summary>
    public static IEnumerable<(string Name, string Path)> WithEveryKind(IEnumerable<(string Name, string Path)> variants)
    {
        var list = variants.ToList();
        var covered = list.Select(v => KindOf(v.Path)).ToHashSet();
        return list.Concat(FirstOfEachKind.Where(k => !covered.Contains(k.Kind)).Select(k => (k.Kind, k.Path)));
    }

    private static PageTree Make()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-kinds-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = FixtureContent.Create(Path.Combine(folder, "content"));
            var diagnostics = new DiagnosticBag();
            var site = SiteBuild.LoadAndValidate(new BuildOptions { ContentDir = content, Today = new DateOnly(2026, 11, 26) }, diagnostics)
                ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
            var theme = LoadedTheme.Load(RepositoryPaths.Theme, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
            return PageTreeBuilder.Build(site, theme.Text, theme.Assets, previewSearchIndex: false);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
