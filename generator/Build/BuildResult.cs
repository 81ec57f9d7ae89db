using Portal.Diagnostics;

namespace Portal.Build;

/// <param name="Pages">Site paths the build publishes (pages, list pages and files).</param>
/// <param name="PagesRendered">HTML pages this build rendered: all of them, or in `serve` only those whose inputs changed.</param>
public sealed record BuildResult(bool Success, IReadOnlyList<Diagnostic> Diagnostics, int FilesWritten, int Pages, TimeSpan Elapsed, int PagesRendered = 0)
{
    /// <summary>True when `serve` updated the published site in place instead of building it anew.</summary>
    public bool Incremental { get; init; }

    /// <summary>
    /// The site files (output-relative, "stories/2025/x/index.html") an in-place `serve` update wrote or removed; null
    /// when the whole output was published anew (or nothing was): every page may have changed.
    /// </summary>
    public IReadOnlyList<string>? Changed { get; init; }

    /// <summary>The date the build counted as today and where it came from; null when no build ran.</summary>
    public AsOfDate? AsOf { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
