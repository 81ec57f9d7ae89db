namespace Portal.Site;

/// <summary>
/// One searchable unit: a page, or a section of the notice with its own anchor. `serve` re-weighs a document when its
/// fingerprint moves (<see cref="SharedView"/>: every member, derived, nothing listed by hand).
/// </summary>
public sealed record SearchDocument : SharedView
{
    public required string Url { get; init; }
    public required string Title { get; init; }
    /// <summary>What the reader sees as the kind of result: 通知原文, 重点任务, 即时报道…</summary>
    public required string Kind { get; init; }
    public string? Date { get; init; }
    public IReadOnlyList<string> Headings { get; init; } = [];
    public string Body { get; init; } = "";
    /// <summary>Text read before the body (a story's summary), kept apart so the body string is shared, not copied, between rebuilds.</summary>
    public string? Lead { get; init; }

    /// <summary>Moves when any member moves: `serve` re-weighs only documents whose value changed.</summary>
    public ulong ValueFingerprint() => Fingerprint;

    /// <summary>The text searched and shown in excerpts: the lead, a line break, then the body (a method: not a member to fingerprint).</summary>
    public string FullText() => Lead is null ? Body : Lead + "\n" + Body;

    /// <summary>Tags, department names and other metadata that should match but not dominate.</summary>
    public string Meta { get; init; } = "";
    public string Summary { get; init; } = "";
    /// <summary>Index in <see cref="Model.StoryType.All"/> for stories; null for other pages.</summary>
    public int? StoryType { get; init; }
    public IReadOnlyList<int> Tasks { get; init; } = [];
    /// <summary>Indices into the site's department list.</summary>
    public IReadOnlyList<int> Departments { get; init; } = [];
    public int? Year { get; init; }
    /// <summary>Index in <see cref="Model.CaseKinds.All"/> for a typical case (正面, 反面); null otherwise.</summary>
    public int? CaseKind { get; init; }
    /// <summary>Index in <see cref="Model.MediaOutlets.All"/> for media coverage (报纸…); null otherwise.</summary>
    public int? Medium { get; init; }
    /// <summary>Index into the site's outlets (<see cref="PageTree.SearchOutlets"/>) for media coverage; null otherwise.</summary>
    public int? Outlet { get; init; }
    /// <summary>Prior for pages that are about a topic (a key task's own page) over pages that mention it.</summary>
    public double Boost { get; init; } = 1.0;
}
