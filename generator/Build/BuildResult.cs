using Portal.Diagnostics;

namespace Portal.Build;

public sealed record BuildResult(bool Success, IReadOnlyList<Diagnostic> Diagnostics, int FilesWritten, int Pages, TimeSpan Elapsed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
