using System.Diagnostics;
using System.Globalization;
using Portal.Model;

namespace Portal.Build;

/// <summary>Where a build's "today" (<see cref="BuildOptions.Today"/>) came from.</summary>
public enum AsOfSource
{
    /// <summary>The computer's clock, in China time: `serve`, and library callers that set no date.</summary>
    Clock,
    /// <summary>`--as-of YYYY-MM-DD`.</summary>
    Option,
    /// <summary>The SOURCE_DATE_EPOCH environment variable (reproducible-builds.org).</summary>
    SourceDateEpoch,
    /// <summary>The commit date of HEAD of the git work tree the content folder is in.</summary>
    GitCommit,
    /// <summary>The newest date the loaded content carries (<see cref="ContentDates.Newest"/>).</summary>
    Content,
}

/// <summary>
/// A build's "today" and where it came from. `build` and `check` take the first of: <c>--as-of</c>, SOURCE_DATE_EPOCH,
/// the commit date of HEAD when the content folder is in a git work tree, the newest date in the content; so the same
/// commit builds the same site whenever it is built. `serve` uses the clock. Dates are China's (UTC+8).
/// </summary>
public sealed record AsOfDate(DateOnly Date, AsOfSource Source)
{
    public const string EpochVariable = "SOURCE_DATE_EPOCH";

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Long enough for git on a cold disk; a git that hangs (a lock, a network file system) must not hold the build.</summary>
    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Today in China by the computer's clock.</summary>
    public static AsOfDate Clock() => new(InChina(DateTimeOffset.UtcNow), AsOfSource.Clock);

    /// <summary>The calendar date in China (UTC+8) at <paramref name="instant"/>.</summary>
    public static DateOnly InChina(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    /// <summary>
    /// The first three sources, in order: <paramref name="option"/> (--as-of), <paramref name="sourceDateEpoch"/> (the
    /// variable's value; empty counts as unset), git. Null when none gives a date: the newest date in the content decides
    /// once it is loaded (<see cref="BuildOptions.WithAsOf"/>, <see cref="FromContent"/>). A malformed option or variable
    /// is a usage error: <paramref name="error"/> says which, in Chinese, and the result is null.
    /// </summary>
    public static AsOfDate? BeforeLoading(string? option, string? sourceDateEpoch, string contentDir, out string? error)
    {
        error = null;
        if (option is not null)
        {
            if (TryParseOption(option, out var date)) return new(date, AsOfSource.Option);
            error = $"--as-of “{option}”应写成 2026-11-26 的形式（年-月-日）。";
            return null;
        }
        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (TryParseEpoch(sourceDateEpoch, out var date)) return new(date, AsOfSource.SourceDateEpoch);
            error = $"环境变量 {EpochVariable} 的值“{sourceDateEpoch}”应为自 1970-01-01 00:00 UTC 起的秒数（整数），如 1764115200；"
                + $"或删除这个变量，或用 --as-of 指定日期。";
            return null;
        }
        return GitCommitDate(contentDir) is { } commit ? new(commit, AsOfSource.GitCommit) : null;
    }

    public static bool TryParseOption(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Whole seconds since the Unix epoch, digits only (no sign, fraction or spaces), as the convention asks.</summary>
    public static bool TryParseEpoch(string text, out DateOnly date)
    {
        date = default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds() - (long)ChinaOffset.TotalSeconds) return false;
        date = InChina(DateTimeOffset.FromUnixTimeSeconds(seconds));
        return true;
    }

    /// <summary>
    /// The commit date of HEAD, in China, when <paramref name="folder"/> is inside a git work tree with a commit; null when
    /// git is missing, the folder is not in a repository, HEAD has no commit or git takes too long. Never throws.
    /// </summary>
    public static DateOnly? GitCommitDate(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        // A signature check configured by the user would add lines to the output.
        foreach (var arg in new[] { "-C", Path.GetFullPath(folder), "-c", "log.showSignature=false", "log", "-1", "--format=%cI", "HEAD" })
            start.ArgumentList.Add(arg);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var git = Process.Start(start);
            if (git is null) return null;
            git.StandardInput.Close();
            var output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(GitTimeout))
            {
                try
                {
                    git.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                }
                return null;
            }
            if (git.ExitCode != 0 || !output.Wait(GitTimeout)) return null;
            return DateTimeOffset.TryParse(output.Result.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var committed)
                ? InChina(committed)
                : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return null; // no git on this computer
        }
    }

    /// <summary>The last source: the newest date the loaded content carries; the clock when it carries none.</summary>
    public static AsOfDate FromContent(ContentSet content, bool includeDrafts) =>
        ContentDates.Newest(content, includeDrafts) is { } newest ? new(newest, AsOfSource.Content) : Clock();

    /// <summary>
    /// For the build's summary line, in Chinese: which date counted as today and where it came from. Null when the date
    /// was given (--as-of) or is the clock's (`serve`): nothing to explain then.
    /// </summary>
    public string? Note => Source switch
    {
        AsOfSource.SourceDateEpoch => $"以 {Iso} 为今天（取自环境变量 {EpochVariable}）",
        AsOfSource.GitCommit => $"以 {Iso} 为今天（取自 Git 最新提交的日期）",
        AsOfSource.Content => $"以 {Iso} 为今天（取自内容中最新的日期）",
        _ => null,
    };

    private string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
