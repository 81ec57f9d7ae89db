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
    /// <summary>"Today" for future-date warnings; injected so tests and builds are reproducible.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    /// <summary>
    /// A pull request's preview build: every page carries a 预览 banner and noindex, robots.txt refuses every crawler.
    /// Null for the public site.
    /// </summary>
    public int? PullRequestPreview { get; init; }
    /// <summary>Receives the build's steps for a progress display; null reports nothing.</summary>
    public IBuildProgress? Progress { get; init; }
}
