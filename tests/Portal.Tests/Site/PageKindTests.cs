using System.Reflection;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Site;
using Portal.Tests.EndToEnd;
using Portal.Tests.Infrastructure;
using Portal.Tests.Quality;

namespace Portal.Tests.Site;

/// <summary>
/// A page kind is one unit (<see cref="IPageSource"/>): these tests fail when a kind lacks a constant, a layout, a
/// snapshot, an axe run or a search decision, or when its paths and its pages disagree.
/// </summary>
public sealed class PageKindTests
{
    private static PageTree Tree => FixturePageKinds.Tree;

    public static TheoryData<string> Kinds => [.. PageSources.All.Select(s => s.Kind)];

    private static IPageSource Source(string kind) => PageSources.All.Single(s => s.Kind == kind);

    [Fact]
    public void Every_kind_is_named_by_a_constant_of_its_source_and_has_its_own_name_and_place()
    {
        Assert.All(PageSources.All, s => Assert.Equal(s.Kind, s.GetType().GetField("Name", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)));
        Assert.Equal(PageSources.All.Count, PageSources.All.Select(s => s.Kind).Distinct().Count());
        Assert.Equal(PageSources.All.Count, PageSources.All.Select(s => s.Order).Distinct().Count());
        Assert.True(PageSources.All.Count >= 18, "the discovery of page sources lost some");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_kind_has_its_layout_and_its_pages_in_the_fixture_site(string kind)
    {
        var source = Source(kind);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Theme, "layouts", source.Template + ".liquid")), $"theme/layouts/{source.Template}.liquid is missing");
        Assert.Contains(Tree.Pages, p => p.Kind == kind);
        Assert.All(Tree.Pages.Where(p => p.Kind == kind), p => Assert.Equal(source.Template, p.Template));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_kind_is_in_the_snapshot_and_axe_lists(string kind)
    {
        Assert.Contains(SnapshotTests.PageKinds, row => FixturePageKinds.KindOf((string)row[1]) == kind);
        Assert.Contains(AccessibilityTests.PageKinds, path => FixturePageKinds.KindOf(path) == kind);
        foreach (var row in SnapshotTests.PageKinds.Where(row => FixturePageKinds.KindOf((string)row[1]) == kind))
        {
            var file = Path.Combine(RepositoryPaths.Root, "tests", "Portal.Tests", "EndToEnd", "Snapshots", row[0] + ".verified.html");
            Assert.True(File.Exists(file), $"no snapshot {row[0]}.verified.html for kind {kind}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_kind_decides_whether_it_is_searched(string kind)
    {
        var source = Source(kind);
        var searched = Tree.SearchDocuments.Count(d => Tree.Pages.Any(p => p.Kind == kind && d.Url.Split('#')[0] == p.Url));
        if (source.NotSearchedBecause is { } reason)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.Equal(0, searched);
        }
        else Assert.True(searched > 0, $"{kind} says it is searched but made no search document");
    }

    [Fact]
    public void The_pages_are_exactly_the_paths_the_kinds_declare_and_the_link_check_knows_them()
    {
        var diagnostics = new DiagnosticBag();
        using var folder = new TempFolder();
        var content = FixtureContent.Create(folder.Combine("content"));
        var site = SiteBuild.LoadAndValidate(new BuildOptions { ContentDir = content, Today = new DateOnly(2026, 11, 26) }, diagnostics)!;
        var declared = PageSources.All.SelectMany(s => s.Paths(site)).ToList();
        Assert.Equal(declared, Tree.Pages.Select(p => p.Path));
        Assert.Equal(declared.Count, declared.Distinct().Count());
        Assert.Subset(site.KnownPaths.ToHashSet(), declared.ToHashSet());
        Assert.Contains(Routes.Feed, site.KnownPaths);
        Assert.Contains(Routes.TaskProgressCsv, site.KnownPaths);
    }

    [Fact]
    public void Every_theme_section_has_an_address_from_a_kind()
    {
        var theme = LoadedTheme.Load(RepositoryPaths.Theme, new DiagnosticBag())!;
        Assert.All(theme.Text.Sections, s => Assert.Contains(s.Key, PageSources.Sections));
        var pagePaths = Tree.Pages.Select(p => p.Path).ToHashSet();
        Assert.All(PageSources.Sections.Where(s => s != "feed"), s => Assert.Contains(PageSources.SectionPath(s), pagePaths));
    }

    [Fact]
    public void A_section_in_the_columns_row_builds_and_links_its_section()
    {
        // theme.yml documents a column as a story type or a section; a section used to crash the build.
        using var folder = new TempFolder();
        var theme = folder.Combine("theme");
        TempFolder.CopyDirectory(RepositoryPaths.Theme, theme);
        var yml = Path.Combine(theme, "theme.yml");
        var text = File.ReadAllText(yml);
        Assert.Contains("columns: [news,", text);
        File.WriteAllText(yml, text.Replace("columns: [news,", "columns: [tasks, news,"));
        var result = SiteBuild.Build(new BuildOptions
        {
            ContentDir = FixtureContent.Create(folder.Combine("content")), OutputDir = folder.Combine("_site"), ThemeDir = theme,
            BaseUrl = new Uri("https://example.gov.cn/"), Today = new DateOnly(2026, 11, 26),
        });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var home = File.ReadAllText(folder.Combine("_site", "index.html"));
        var columns = home[home.IndexOf("class=\"column-nav\"", StringComparison.Ordinal)..];
        Assert.StartsWith("class=\"column-nav\"", columns);
        Assert.Contains("<li><a href=\"/tasks/\">重点任务</a></li>", columns[..columns.IndexOf("</nav>", StringComparison.Ordinal)]);
    }

    [Fact]
    public void No_file_of_the_page_tree_is_over_250_lines()
    {
        // The page tree was one 549-line builder; its parts stay small enough to read in one sitting.
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "generator", "Site", "Pages"), "*.cs", SearchOption.AllDirectories);
        Assert.True(files.Length > 20, "the page sources were not found");
        Assert.All(files, f => Assert.True(File.ReadLines(f).Count() <= 250, $"{Path.GetRelativePath(RepositoryPaths.Root, f)} has more than 250 lines"));
    }
}
