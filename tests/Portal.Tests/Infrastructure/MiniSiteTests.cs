using Portal.Diagnostics;
using Portal.Tests.Validation;

namespace Portal.Tests.Infrastructure;

/// <summary>The inline mini site is a valid site, and a test can change it file by file.</summary>
public sealed class MiniSiteTests
{
    [Fact]
    public void The_mini_site_passes_check_with_only_freshness_warnings_and_builds()
    {
        using var content = new ContentCase(new MiniSite());
        var check = content.Check();
        Assert.True(check.Success, string.Join("\n", check.Diagnostics));
        Assert.Empty(StoryValidationTests.NotSiteWideWarnings(check));
        var build = content.Build();
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        Assert.True(File.Exists(Path.Combine(content.OutputDir, "stories", "2025", "2025-02-25-rural-roads", "index.html")));
        Assert.True(File.Exists(Path.Combine(content.OutputDir, "tasks", "4", "index.html")));
    }

    [Fact]
    public void Every_file_of_the_mini_site_is_needed()
    {
        // Smallest means smallest: without any one file the site is no longer what the tests take it for.
        var site = new MiniSite();
        foreach (var path in site.Texts.Keys)
        {
            using var content = new ContentCase(site.Without(path));
            var problems = StoryValidationTests.NotSiteWideWarnings(content.Check()).ToList();
            Assert.True(problems.Count > 0 || path.StartsWith("content/stories/", StringComparison.Ordinal), $"{path} is not needed");
        }
    }

    [Fact]
    public void A_test_adds_or_replaces_files_in_txtar_form_and_removes_them_by_path()
    {
        var site = new MiniSite().With("""
            -- content/pages/about.md --
            ---
            title: 关于本站
            ---

            本站简介。
            -- content/site.yml --
            title: 另一个网站
            baseUrl: 网站地址
            """).Without("content/mechanism.yml");

        using var content = new ContentCase(site);
        Assert.Equal("---\ntitle: 关于本站\n---\n\n本站简介。\n", File.ReadAllText(Path.Combine(content.ContentDir, "pages", "about.md")));
        Assert.False(File.Exists(Path.Combine(content.ContentDir, "mechanism.yml")));
        var result = content.Check();
        Assert.Equal(2, ContentCase.Single(result, DiagnosticCodes.InvalidBaseUrl).Line);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.RequiredFileMissing && d.File == "mechanism.yml");
        Assert.True(new MiniSite().Texts.ContainsKey("content/mechanism.yml"), "a change made a copy, the original site is unchanged");
    }

    [Fact]
    public void Txtar_keeps_paths_and_text_and_ignores_a_leading_comment()
    {
        var files = Txtar.Parse("comment\n-- a/b.yml --\nx: 1\n\n-- c.md --\n-- d.md --\nline\n");
        Assert.Equal([("a/b.yml", "x: 1\n"), ("c.md", ""), ("d.md", "line\n")], files);
    }
}
