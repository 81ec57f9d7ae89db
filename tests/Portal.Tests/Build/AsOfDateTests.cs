using Portal.Build;
using Portal.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Build;

/// <summary>
/// A build's "today" (AsOfDate): --as-of, else SOURCE_DATE_EPOCH, else HEAD's commit date, else the content's newest
/// date; every date in China (UTC+8).
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // git processes
public sealed class AsOfDateTests
{
    // 2025-06-30 20:30 UTC is already 2025-07-01 in China: the commit date is converted, not cut.
    private const string CommitDate = "2025-06-30T20:30:00+00:00";
    private static readonly DateOnly CommitDay = new(2025, 7, 1);

    // 2025-03-14 16:30 UTC is 2025-03-15 in China.
    private static readonly string Epoch = new DateTimeOffset(2025, 3, 14, 16, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString();
    private static readonly DateOnly EpochDay = new(2025, 3, 15);

    [Fact]
    public void The_as_of_option_comes_before_the_variable_and_git()
    {
        using var repository = new TempFolder();
        var content = CommittedMiniSite(repository);
        Assert.Equal(new AsOfDate(new DateOnly(2026, 11, 26), AsOfSource.Option), Resolve("2026-11-26", Epoch, content));
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_comes_before_git_and_is_a_date_in_China()
    {
        using var repository = new TempFolder();
        var content = CommittedMiniSite(repository);
        Assert.Equal(new AsOfDate(EpochDay, AsOfSource.SourceDateEpoch), Resolve(null, Epoch, content));
        Assert.True(AsOfDate.TryParseEpoch("0", out var epochStart));
        Assert.Equal(new DateOnly(1970, 1, 1), epochStart);
    }

    [Fact]
    public void The_commit_date_of_HEAD_comes_before_the_content_when_the_content_is_in_a_git_work_tree()
    {
        using var repository = new TempFolder();
        var content = CommittedMiniSite(repository);
        Assert.Equal(new AsOfDate(CommitDay, AsOfSource.GitCommit), Resolve(null, null, content));
        // An empty variable counts as unset (`SOURCE_DATE_EPOCH= dotnet run …`).
        Assert.Equal(new AsOfDate(CommitDay, AsOfSource.GitCommit), Resolve(null, "", content));
        // Any folder of the work tree, not only its root.
        Assert.Equal(CommitDay, AsOfDate.GitCommitDate(Path.Combine(content, "stories", "2025")));
    }

    [Fact]
    public void No_commit_no_repository_or_no_folder_falls_through_to_the_content_without_an_error()
    {
        using var empty = new TempFolder();
        GitCommit.Init(empty.Path);
        Assert.Null(AsOfDate.GitCommitDate(empty.Path));
        using var plain = new TempFolder();
        Assert.Null(AsOfDate.GitCommitDate(plain.Path));
        Assert.Null(AsOfDate.GitCommitDate(plain.Combine("missing")));
        Assert.Null(AsOfDate.BeforeLoading(null, null, plain.Path, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void Outside_git_the_newest_date_in_the_content_is_today_before_validation()
    {
        // Outside git (temporary folders are), a story dated 2030 is the newest date: no "later than today" warning for it.
        // A draft's later date does not count, as it does not count for the site's 更新日期.
        using var content = new ContentCase(new MiniSite())
            .Write("stories/2030/2030-01-01-later.md", ContentCase.Story(date: "2030-01-01"))
            .Write("stories/2031/2031-01-01-draft.md", ContentCase.Story(date: "2031-01-01", extra: "draft: true"));
        var options = content.Options().WithAsOf(AsOfDate.BeforeLoading(null, null, content.ContentDir, out _));
        Assert.Equal(AsOfSource.Content, options.TodaySource);

        var result = SiteBuild.Check(options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(new AsOfDate(new DateOnly(2030, 1, 1), AsOfSource.Content), result.AsOf);
        var future = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.FutureDate).ToList();
        Assert.Single(future); // the draft's only
        Assert.Contains("2031-01-01", future[0].File);

        // The same dates as the site's 更新日期, so a build as of its content shows that date as both.
        var site = SiteBuild.LoadAndValidate(options, new DiagnosticBag())!;
        Assert.Equal(site.Newest, result.AsOf!.Date);

        // With a fixed date the 2030 story is in the future.
        Assert.Contains(content.Check().Diagnostics, d => d.Code == DiagnosticCodes.FutureDate && d.File.Contains("2030-01-01"));
    }

    [Theory]
    [InlineData("2025-3-14")]
    [InlineData("2025/03/14")]
    [InlineData("2025-02-30")]
    [InlineData("")]
    public void A_malformed_as_of_is_a_usage_error_in_Chinese(string option)
    {
        using var plain = new TempFolder();
        Assert.Null(AsOfDate.BeforeLoading(option, Epoch, plain.Path, out var error));
        Assert.Equal($"--as-of “{option}”应写成 2026-11-26 的形式（年-月-日）。", error);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData(" 1741969800")]
    [InlineData("99999999999999999999")]
    public void A_malformed_SOURCE_DATE_EPOCH_is_a_usage_error_naming_the_variable(string value)
    {
        using var plain = new TempFolder();
        Assert.Null(AsOfDate.BeforeLoading(null, value, plain.Path, out var error));
        Assert.StartsWith($"环境变量 SOURCE_DATE_EPOCH 的值“{value}”应为自 1970-01-01 00:00 UTC 起的秒数（整数）", error);
    }

    [Fact]
    public void The_summary_explains_an_implied_date_only()
    {
        var day = new DateOnly(2026, 11, 26);
        Assert.Null(new AsOfDate(day, AsOfSource.Option).Note);
        Assert.Null(new AsOfDate(day, AsOfSource.Clock).Note);
        Assert.Equal("以 2026-11-26 为今天（取自环境变量 SOURCE_DATE_EPOCH）", new AsOfDate(day, AsOfSource.SourceDateEpoch).Note);
        Assert.Equal("以 2026-11-26 为今天（取自 Git 最新提交的日期）", new AsOfDate(day, AsOfSource.GitCommit).Note);
        Assert.Equal("以 2026-11-26 为今天（取自内容中最新的日期）", new AsOfDate(day, AsOfSource.Content).Note);
    }

    private static AsOfDate? Resolve(string? option, string? epoch, string content)
    {
        var resolved = AsOfDate.BeforeLoading(option, epoch, content, out var error);
        Assert.Null(error);
        return resolved;
    }

    /// <summary>A repository like this one: content/ inside a work tree, committed at <see cref="CommitDate"/>.</summary>
    private static string CommittedMiniSite(TempFolder repository)
    {
        var content = new MiniSite().WriteTo(repository.Path);
        GitCommit.CommitAll(repository.Path, CommitDate);
        return content;
    }
}
