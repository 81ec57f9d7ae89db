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
    /// <summary>The stories' caption files that exist and could be read, by their path relative to content/: validation judges their text.</summary>
    public IReadOnlyDictionary<string, string> CaptionTexts { get; init; } = new Dictionary<string, string>();
    /// <summary>Every value written for a defined field in every file, for the field rules; in file reading order.</summary>
    public IReadOnlyList<WrittenValue> Written { get; init; } = [];
}
