using Portal.Build;
using Portal.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>A copy of the shipped content, or a small inline site, with one or more edits, checked like `check` would.</summary>
public sealed class ContentCase : IDisposable
{
    private readonly TempFolder folder = new("portal-case");

    /// <summary>The whole shipped content/: for tests about the real registry, tasks or notice.</summary>
    public ContentCase()
    {
        ContentDir = folder.Combine("content");
        TempFolder.CopyDirectory(RepositoryPaths.Content, ContentDir);
    }

    /// <summary>Only the files of <paramref name="site"/>: for tests that need a valid site, not the shipped one.</summary>
    public ContentCase(MiniSite site)
    {
        ContentDir = site.WriteTo(folder.Path);
    }

    public string ContentDir { get; }

    public string OutputDir => folder.Combine("_site");

    public ContentCase Write(string relativePath, string text)
    {
        var full = Path.Combine(ContentDir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public ContentCase WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(ContentDir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>A valid story whose front matter lines can be replaced; line 2 is the title, line 3 the date…</summary>
    public static string Story(
        string title = "测试稿件",
        string date = "2025-03-14",
        string tasks = "[4]",
        string departments = "[公路管理处]",
        string type = "即时报道",
        string? extra = null,
        string body = "正文第一段。") =>
        $"---\ntitle: {title}\ndate: {date}\ntasks: {tasks}\ndepartments: {departments}\ntype: {type}\n{(extra is null ? "" : extra + "\n")}tags: [农村公路]\nsummary: 摘要\n---\n\n{body}\n";

    public BuildResult Check() => SiteBuild.Check(Options());

    public BuildResult Build() => SiteBuild.Build(Options());

    public BuildOptions Options() => new()
    {
        ContentDir = ContentDir,
        OutputDir = OutputDir,
        ThemeDir = RepositoryPaths.Theme,
        Today = new DateOnly(2026, 11, 26),
    };

    public static Diagnostic Single(BuildResult result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got: {string.Join("\n", result.Diagnostics)}");
        return matches[0];
    }

    public void Dispose() => folder.Dispose();
}
