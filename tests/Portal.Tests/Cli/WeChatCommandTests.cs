using Portal.Build;
using Portal.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>`wechat &lt;story file&gt;` prints the story's 公众号 copy, the same HTML serve's button copies (#23 item 1).</summary>
[Trait(Tier.Category, Tier.Slow)] // the generator as a process
public sealed class WeChatCommandTests : IDisposable
{
    private readonly ContentCase content = new();

    public WeChatCommandTests() => WeChatStory.WriteTo(content.ContentDir);

    public void Dispose() => content.Dispose();

    [Fact]
    public void Prints_the_copy_to_standard_output()
    {
        var folder = Path.GetDirectoryName(content.ContentDir)!;
        var (code, output) = CommandLine.Run(folder, "wechat", "--content", "content", "--theme", RepositoryPaths.Theme, "content/" + WeChatStory.File);
        Assert.Equal(0, code);
        var expected = WeChatCopy.Of(content.ContentDir, RepositoryPaths.Theme, false, WeChatCopy.ByFile(content.ContentDir, WeChatStory.File), new DiagnosticBag())!;
        Assert.Equal(expected.Copy.Html + "\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_no_story_is_a_usage_error()
    {
        var folder = Path.GetDirectoryName(content.ContentDir)!;
        var (code, output) = CommandLine.Run(folder, "wechat", "--content", "content", "--theme", RepositoryPaths.Theme, "content/site.yml");
        Assert.Equal(2, code);
        Assert.Contains("不是", output);
        (code, output) = CommandLine.Run(folder, "wechat", "--content", "content", "--theme", RepositoryPaths.Theme, "content/stories/none.md");
        Assert.Equal(2, code);
        Assert.Contains("找不到稿件文件", output);
    }
}
