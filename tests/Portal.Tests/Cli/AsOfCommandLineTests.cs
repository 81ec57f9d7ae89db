using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>`build` and `check` date the build as --as-of, SOURCE_DATE_EPOCH, HEAD's commit or the content says (AsOfDate).</summary>
[Trait(Tier.Category, Tier.Slow)] // the generator as a process
public sealed class AsOfCommandLineTests
{
    /// <summary>An empty value is unset: the tests do not depend on the machine's own variable.</summary>
    private static readonly Dictionary<string, string> NoEpoch = new() { ["SOURCE_DATE_EPOCH"] = "" };

    [Fact]
    public void Check_names_where_an_implied_date_came_from_and_as_of_wins()
    {
        using var repository = new TempFolder();
        var content = new MiniSite().WriteTo(repository.Path);
        GitCommit.CommitAll(repository.Path, "2025-06-30T20:30:00+00:00");
        // Not committed: HEAD's date is the commit's still. Later than --as-of below, earlier than the other dates.
        File.WriteAllText(Path.Combine(content, "stories", "2025", "2025-03-02-later.md"), ContentCase.Story(date: "2025-03-02"));

        var (code, text) = CommandLine.Run(RepositoryPaths.Root, NoEpoch, "check", "--content", content);
        Assert.True(code == 0, text);
        Assert.Contains("检查完成：0 个错误，", text);
        Assert.Contains("，以 2025-07-01 为今天（取自 Git 最新提交的日期），用时 ", text);
        Assert.DoesNotContain("PORTAL0022", text);

        // 2025-03-14 16:30 UTC: 2025-03-15 in China.
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1741969800" };
        (code, text) = CommandLine.Run(RepositoryPaths.Root, epoch, "check", "--content", content);
        Assert.True(code == 0, text);
        Assert.Contains("，以 2025-03-15 为今天（取自环境变量 SOURCE_DATE_EPOCH），用时 ", text);
        Assert.DoesNotContain("PORTAL0022", text);

        // A date given is the one validation uses (the story of 2025-03-02 is later than it), and is not explained.
        (code, text) = CommandLine.Run(RepositoryPaths.Root, epoch, "check", "--content", content, "--as-of", "2025-03-01");
        Assert.True(code == 0, text);
        Assert.Contains("2025-03-02-later.md:3:7: 警告 PORTAL0022: 日期 2025-03-02 晚于今天。", text);
        Assert.DoesNotContain("为今天", text);
    }

    [Fact]
    public void A_malformed_as_of_is_a_usage_error_in_Chinese()
    {
        var (code, text) = CommandLine.Run(RepositoryPaths.Root, NoEpoch, "build", "--as-of", "2026/11/26", "--output", "/nonexistent/never-written");
        Assert.Equal(2, code);
        Assert.Contains("用法错误：--as-of “2026/11/26”应写成 2026-11-26 的形式（年-月-日）。", text);
    }

    [Fact]
    public void A_malformed_SOURCE_DATE_EPOCH_is_a_usage_error_naming_the_variable()
    {
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "2026-11-26" };
        var (code, text) = CommandLine.Run(RepositoryPaths.Root, epoch, "check");
        Assert.Equal(2, code);
        Assert.Contains("用法错误：环境变量 SOURCE_DATE_EPOCH 的值“2026-11-26”应为自 1970-01-01 00:00 UTC 起的秒数（整数）", text);
    }
}
