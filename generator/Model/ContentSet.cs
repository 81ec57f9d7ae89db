namespace Portal.Model;

/// <summary>Everything loaded from content/: the only input of the later stages.</summary>
public sealed record ContentSet
{
    public required string Root { get; init; }
    public SiteConfig? Site { get; init; }
    public Notice? Notice { get; init; }
    public Mechanism? Mechanism { get; init; }
    public IReadOnlyList<Department> Departments { get; init; } = [];
    public IReadOnlyList<DepartmentGroup> DepartmentGroups { get; init; } = [];
    public IReadOnlyList<KeyTask> Tasks { get; init; } = [];
    public IReadOnlyList<Story> Stories { get; init; } = [];
    public IReadOnlyList<StaticPage> Pages { get; init; } = [];
    /// <summary>Files under content/media/, relative to content/ with forward slashes.</summary>
    public IReadOnlySet<string> MediaFiles { get; init; } = new HashSet<string>();
    /// <summary>The notice's downloads that exist, by their path relative to content/; read on every build, never cached.</summary>
    public IReadOnlyDictionary<string, DocumentFile> DocumentFiles { get; init; } = new Dictionary<string, DocumentFile>();
}
