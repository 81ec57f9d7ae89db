using Portal.Diagnostics;

namespace Portal.Build;

public sealed record BuildOptions
{
    public string ContentDir { get; init; } = "content";
    public string OutputDir { get; init; } = "_site";
    public string ThemeDir { get; init; } = "theme";
    /// <summary>Overrides site.yml's baseUrl, e.g. GitHub Pages' https://user.github.io/repo/.</summary>
    public Uri? BaseUrl { get; init; }
    public bool IncludeDrafts { get; init; }
    /// <summary>Warnings fail the build too.</summary>
    public bool Strict { get; init; }
    /// <summary>
    /// "Today" for future-date and freshness warnings; injected so tests and builds are reproducible. `build` and `check`
    /// resolve it with <see cref="AsOfDate"/>; the default is the clock's date in China (`serve`).
    /// </summary>
    public DateOnly Today { get; init; } = AsOfDate.Clock().Date;
    /// <summary>
    /// Where <see cref="Today"/> came from, for the summary line. <see cref="AsOfSource.Content"/>: not known before the
    /// content is loaded; <see cref="Today"/> is then ignored and the newest date in the loaded content is used, before
    /// validation (<see cref="SiteBuild"/>).
    /// </summary>
    public AsOfSource TodaySource { get; init; } = AsOfSource.Clock;
    /// <summary>
    /// A pull request's preview build: every page carries a 预览 banner and noindex, robots.txt refuses every crawler.
    /// Null for the public site.
    /// </summary>
    public int? PullRequestPreview { get; init; }
    /// <summary>Receives the build's steps for a progress display; null reports nothing.</summary>
    public IBuildProgress? Progress { get; init; }

    /// <summary>Today as <see cref="AsOfDate.BeforeLoading"/> resolved it; null leaves it to the content's newest date.</summary>
    public BuildOptions WithAsOf(AsOfDate? asOf) =>
        asOf is null ? this with { TodaySource = AsOfSource.Content } : this with { Today = asOf.Date, TodaySource = asOf.Source };
}
