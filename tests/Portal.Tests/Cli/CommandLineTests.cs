using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>The command line is a public interface: exit codes and messages are checked on the real program.</summary>
[Trait(Tier.Category, Tier.Slow)] // the generator as a process
public sealed class CommandLineTests
{
    private static (int ExitCode, string Output) Run(string workingDirectory, params string[] args) => CommandLine.Run(workingDirectory, args);

    [Fact]
    public void Build_with_relative_paths_from_the_repository_root_exits_0()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        var (code, text) = Run(RepositoryPaths.Root, "build", "--output", output, "--base-url", "https://example.github.io/portal/");
        Assert.True(code == 0, text);
        Assert.Contains("生成完成：0 个错误", text);
        Assert.True(File.Exists(Path.Combine(output, "notice", "index.html")));
        // Not a terminal (CI, logs): plain lines, no progress redrawn with carriage returns, no colour codes.
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain("\u001b[", text);
        Assert.DoesNotContain("生成页面", text);
    }

    [Fact]
    public void Check_reports_content_errors_with_file_line_and_annotation_and_exits_1()
    {
        using var content = new ContentCase(new MiniSite()).Write("stories/2025/2025-03-14-test.md", ContentCase.Story(departments: "[公路管理科]"));
        var (code, text) = Run(RepositoryPaths.Root, "check", "--content", content.ContentDir);
        Assert.Equal(1, code);
        Assert.Contains("stories/2025/2025-03-14-test.md:5:15: 错误 PORTAL0031: 未知的部门“公路管理科”，是否为“公路管理处”？", text);
        Assert.Contains("::error file=", text);
        Assert.Contains("检查失败：1 个错误", text);
    }

    [Fact]
    public void A_pull_request_preview_is_marked_on_every_page_and_kept_from_search_engines()
    {
        using var temp = new TempFolder();
        using var content = new ContentCase(new MiniSite());
        var output = temp.Combine("preview");
        var (code, text) = Run(RepositoryPaths.Root, "build", "--content", content.ContentDir, "--output", output,
            "--pr-preview", "12", "--base-url", "https://www.example.gov.cn/preview/pr-12/");
        Assert.True(code == 0, text);
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10, string.Join("\n", pages));
        Assert.All(pages, page =>
        {
            var html = File.ReadAllText(page);
            Assert.Contains("<p class=\"preview-banner\" role=\"note\">预览版：合并请求 #12 的内容，尚未审核发布，请勿转发</p>", html);
            Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html);
            Assert.Contains("href=\"/preview/pr-12/", html);
        });
        Assert.Equal("User-agent: *\nDisallow: /\n", File.ReadAllText(Path.Combine(output, "robots.txt")));

        // The public build of the same content carries neither.
        var published = temp.Combine("published");
        Assert.Equal(0, Run(RepositoryPaths.Root, "build", "--content", content.ContentDir, "--output", published).ExitCode);
        var home = File.ReadAllText(Path.Combine(published, "index.html"));
        Assert.DoesNotContain("preview-banner", home);
        Assert.DoesNotContain("nofollow", home);
        Assert.Contains("Allow: /", File.ReadAllText(Path.Combine(published, "robots.txt")));
    }

    [Fact]
    public void A_preview_number_that_is_not_a_pull_request_is_a_usage_error_in_chinese()
    {
        var (code, text) = Run(RepositoryPaths.Root, "build", "--pr-preview", "0");
        Assert.Equal(2, code);
        Assert.Contains("--pr-preview 应为合并请求的编号", text);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run(RepositoryPaths.Root, "build", "--no-such-option").ExitCode);
        Assert.Equal(2, Run(RepositoryPaths.Root, "build", "--base-url", "not a url").ExitCode);
        Assert.Equal(2, Run(RepositoryPaths.Root, "publish").ExitCode);
    }

    [Fact]
    public void Gen_usage_errors_exit_2_in_chinese()
    {
        var (code, text) = Run(RepositoryPaths.Root, "gen", "tables");
        Assert.Equal(2, code);
        Assert.Contains("用法错误：gen 后面应写 schemas、guide 或 all（不写即 all），而不是“tables”", text);
        using var temp = new TempFolder();
        (code, text) = Run(temp.Path, "gen", "schemas");
        Assert.Equal(2, code);
        Assert.Contains("中没有 content 文件夹。请在仓库根目录运行，或用 --repository 指定仓库文件夹。", text);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
        Assert.Equal(2, Run(RepositoryPaths.Root, "gen", "schemas", "guide").ExitCode);
    }

    [Fact]
    public void Missing_content_folder_is_a_content_error()
    {
        using var temp = new TempFolder();
        var (code, text) = Run(temp.Path, "check", "--content", "nowhere", "--theme", RepositoryPaths.Theme);
        Assert.Equal(1, code);
        Assert.Contains("PORTAL0001", text);
    }

    [Fact]
    public void Check_reports_a_broken_theme_like_build_does()
    {
        using var theme = new TempFolder();
        TempFolder.CopyDirectory(RepositoryPaths.Theme, theme.Path);
        File.WriteAllText(Path.Combine(theme.Path, "layouts", "page.liquid"), "{% for x in y %}没有结束");
        var (code, text) = Run(RepositoryPaths.Root, "check", "--theme", theme.Path);
        Assert.Equal(1, code);
        Assert.Contains("PORTAL0091", text);
    }

    [Fact]
    public void A_theme_error_while_rendering_names_the_theme_given_with_the_option()
    {
        using var theme = new TempFolder();
        using var output = new TempFolder();
        TempFolder.CopyDirectory(RepositoryPaths.Theme, theme.Path);
        // Parses, then fails while rendering: an unknown filter argument count is only found at run time.
        File.WriteAllText(Path.Combine(theme.Path, "layouts", "page.liquid"), "{% include 'partials/missing-partial' %}");
        var (code, text) = Run(RepositoryPaths.Root, "build", "--theme", theme.Path, "--output", output.Combine("_site"));
        Assert.Equal(1, code);
        Assert.Contains("PORTAL0091", text);
        // Named as the editor gave it, wherever the repository sits (the path may be printed relative to the current folder).
        Assert.Contains(Path.GetFileName(Path.GetFullPath(theme.Path)) + ": 错误 PORTAL0091", text);
        Assert.DoesNotContain(Path.Combine(RepositoryPaths.Root, "theme"), text);
    }

    [Fact]
    public void A_section_missing_from_theme_yml_is_a_theme_error_not_a_crash()
    {
        using var theme = new TempFolder();
        TempFolder.CopyDirectory(RepositoryPaths.Theme, theme.Path);
        var yml = Path.Combine(theme.Path, "theme.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("navigation: [home,", "navigation: [nowhere, home,"));
        var (code, text) = Run(RepositoryPaths.Root, "check", "--theme", theme.Path);
        Assert.Equal(1, code);
        Assert.Contains("PORTAL0091", text);
        Assert.Contains("nowhere", text);
    }

    [Fact]
    public void On_github_actions_the_office_summary_is_a_table_in_the_step_summary()
    {
        using var content = new ContentCase()
            .Write("stories/2025/2025-07-01-report.md", ContentCase.Story(date: "2025-07-01", tasks: "[2]", departments: "[科技处]", extra: "period: 2025上半年"));
        using var temp = new TempFolder();
        var summary = temp.Combine("summary.md");
        var (code, _) = CommandLine.Run(RepositoryPaths.Root, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "--content", content.ContentDir);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(summary);
        var header = Array.IndexOf(lines, "| 重点任务 | 牵头部门 | 2025上半年工作情况 | 最近进展 |");
        Assert.True(header > 0, string.Join("\n", lines));
        Assert.Equal("| --- | --- | --- | --- |", lines[header + 1]);
        // The summary holds PORTAL0028's table too (the dispatch cadence): look at PORTAL0025's table only.
        var table = lines.Skip(header).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Contains("| 2. 加力推进智慧交通建设 | 运输处 | 未报送 | 2025-07-01 |", table);
        Assert.DoesNotContain(table, l => l.StartsWith("| 2. 加力推进智慧交通建设 | 科技处 |", StringComparison.Ordinal));
        Assert.Contains("| 重点任务 | 牵头部门 | 最近一次进展 | 距今天数 |", lines);
    }
}
