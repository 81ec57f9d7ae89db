namespace Portal.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the content, located so an editor can go straight to it.</summary>
/// <param name="Code">Stable code such as PORTAL0031; documented in content/README.md.</param>
/// <param name="File">Path relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based line, 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
/// <param name="Fix">How to fix it, in Chinese.</param>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Fix = null)
{
    /// <summary>A summary's rows (first row: the headers), shown as a table where there is room for one (the CI step summary).</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Table { get; init; }
}
