using Portal.Authoring;
using Portal.Loading;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

[Trait(Tier.Category, Tier.Slow)] // the generator as a process
public sealed class NewStoryTests
{
    [Fact]
    public void New_story_writes_a_file_that_passes_check_unchanged()
    {
        using var content = new ContentCase();
        var (code, text) = CommandLine.Run(RepositoryPaths.Root, "new", "story", "--content", content.ContentDir,
            "--title", "临夏州推进四好农村路建设", "--task", "4", "--department", "公路管理处", "--department", "省公路发展中心", "--date", "2025-05-01");
        Assert.True(code == 0, text);
        var file = Path.Combine(content.ContentDir, "stories", "2025", "2025-05-01-rural-roads-linxia.md");
        Assert.True(File.Exists(file), text);
        var written = File.ReadAllText(file);
        Assert.Contains("title: \"临夏州推进四好农村路建设\"", written);
        Assert.Contains("departments: [公路管理处, 省公路发展中心]", written);
        var result = content.Check();
        var problems = Portal.Tests.Validation.StoryValidationTests.NotSiteWideWarnings(result).ToList();
        Assert.True(result.Success && problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void New_story_refuses_to_overwrite()
    {
        using var content = new ContentCase(new MiniSite());
        string[] args = ["new", "story", "--content", content.ContentDir, "--title", "测试", "--task", "4", "--slug", "overwrite-test", "--date", "2025-06-01"];
        Assert.Equal(0, CommandLine.Run(RepositoryPaths.Root, args).ExitCode);
        var file = Path.Combine(content.ContentDir, "stories", "2025", "2025-06-01-overwrite-test.md");
        File.AppendAllText(file, "编辑已写的正文。");
        var (code, text) = CommandLine.Run(RepositoryPaths.Root, args);
        Assert.Equal(1, code);
        Assert.Contains("文件已存在", text);
        Assert.EndsWith("编辑已写的正文。", File.ReadAllText(file));
    }

    [Fact]
    public void Bad_arguments_are_reported_and_nothing_is_written()
    {
        using var content = new ContentCase(new MiniSite());
        var before = Directory.GetFiles(content.ContentDir, "*", SearchOption.AllDirectories).Length;
        var (code, text) = CommandLine.Run(RepositoryPaths.Root, "new", "story", "--content", content.ContentDir,
            "--title", "测试", "--task", "12", "--department", "公路管理科", "--type", "新闻");
        Assert.Equal(1, code);
        Assert.Contains("命令行参数: 错误 PORTAL0030", text);
        Assert.Contains("是否为“公路管理处”", text);
        Assert.Contains("PORTAL0032", text);
        Assert.Equal(before, Directory.GetFiles(content.ContentDir, "*", SearchOption.AllDirectories).Length);
    }

    [Theory]
    [InlineData("省交通运输厅召开债务风险防范推进会", null, "debt-promotion-meeting")]
    [InlineData("G30连霍高速服务区新建充电桩", null, "g30-charging-piles-service-area")]
    [InlineData("某某工作取得进展", "rural-revitalization", "rural-revitalization")]
    [InlineData("某某工作取得进展", null, "story")]
    public void Slugs_are_readable_ascii(string title, string? taskSlug, string expected)
    {
        var glossary = Portal.Loading.ThemeTextReader.Read(RepositoryPaths.Theme, new Portal.Diagnostics.DiagnosticBag())!.SlugGlossary;
        Assert.Equal(expected, StorySlug.FromTitle(title, taskSlug, glossary));
    }
}
