namespace Portal.Diagnostics;

/// <summary>Collects every problem of a run so they can be reported together, in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = new();
    private readonly Lock gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (gate) items.Add(diagnostic);
    }

    public void Error(string code, string file, int line, int column, string message, string? fix = null) =>
        Add(new Diagnostic(code, Severity.Error, file, line, column, message, fix));

    public void Warning(string code, string file, int line, int column, string message, string? fix = null) =>
        Add(new Diagnostic(code, Severity.Warning, file, line, column, message, fix));

    /// <summary>A copy of what was reported so far, in reporting order.</summary>
    public Diagnostic[] Snapshot()
    {
        lock (gate) return items.ToArray();
    }

    public bool HasErrors
    {
        get { lock (gate) return items.Any(d => d.Severity == Severity.Error); }
    }

    public int ErrorCount
    {
        get { lock (gate) return items.Count(d => d.Severity == Severity.Error); }
    }

    public int WarningCount
    {
        get { lock (gate) return items.Count(d => d.Severity == Severity.Warning); }
    }

    /// <summary>All diagnostics sorted by file, line, column and code, without exact duplicates.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (gate)
        {
            return items
                .Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
