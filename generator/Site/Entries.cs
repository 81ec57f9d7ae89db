using Portal.Model;

namespace Portal.Site;

// The read-only page model that templates see: every value is ready to print and every link is resolved.
// Cross references (a story's tasks, a task's stories) are set once by SiteModelBuilder.

public sealed class StoryEntry
{
    public required Story Source { get; init; }
    public required string Path { get; init; }
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }
    public string Title => Source.Title;
    public DateOnly Date => Source.Date.Value;
    // Asked for by its card, its page and the lists: formatted once.
    public string DateIso => dateIso ??= Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private string? dateIso;
    public int Year => Date.Year;
    public required StoryType Type { get; init; }
    public required string TypeUrl { get; init; }
    public string? CaseKind => Source.Case?.Value;
    /// <summary>A 反面典型 (a 通报): a warning, never counted as progress.</summary>
    public bool IsNegativeCase => CaseKind == CaseKinds.Negative;
    public string Summary => Source.Summary;
    public string SourceName => Source.Source?.Name ?? "";
    /// <summary>Carried by a newspaper, website, television or new-media outlet: listed under 媒体聚焦.</summary>
    public bool IsCoverage => Source.Source?.Medium is not null;
    /// <summary>Site path (media/…) of the story's first picture: its cover, else its body's first image; null when it has none.</summary>
    public string? FirstPicturePath =>
        (Source.Cover is { } cover ? MediaPath.Normalize(cover.Src.Value) : null)
        ?? Source.Body.Links.Where(l => l.Kind == MarkdownLinkKind.Image).Select(l => MediaPath.Normalize(l.Url)).FirstOrDefault(p => p is not null);
    public bool Draft => Source.Draft;
    public IReadOnlyList<TaskEntry> Tasks { get; internal set; } = [];
    public IReadOnlyList<DepartmentEntry> Departments { get; internal set; } = [];
    public IReadOnlyList<Link> Tags { get; internal set; } = [];
    public MediaView? Cover { get; init; }
    public VideoView? Video { get; init; }
    public StoryEntry? Newer { get; internal set; }
    public StoryEntry? Older { get; internal set; }
    public IReadOnlyList<StoryEntry> Related { get; internal set; } = [];
    /// <summary>Position in the site's story order (0 = newest); lists of stories keep this order.</summary>
    internal int Order { get; set; }
}

public sealed class TaskEntry
{
    public required KeyTask Source { get; init; }
    public required string Path { get; init; }
    public required string Url { get; init; }
    public int Number => Source.Number.Value;
    public string Title => Source.Title;
    public string Summary => Source.Summary;
    /// <summary>牵头部门 as printed in the notice, e.g. 厅机关各部门.</summary>
    public string LeadText => string.Join(LeadSeparator, Source.Lead.Select(l => l.Value));

    /// <summary>How the notice itself joins several lead departments (content's punctuation, not the theme's words).</summary>
    private const string LeadSeparator = "\u3001";
    /// <summary>
    /// Every department the leads stand for, a collective (厅机关各部门) resolved to its members by departments.yml:
    /// the office's progress figures and dispatch files count these.
    /// </summary>
    public IReadOnlyList<DepartmentEntry> Leads { get; internal set; } = [];
    /// <summary>
    /// The leads as the notice writes them, each a department (linked) or a collective's words (not linked): what the
    /// public pages show, since the notice names no department behind 厅机关各部门.
    /// </summary>
    public IReadOnlyList<(string Written, DepartmentEntry? Department)> WrittenLeads { get; internal set; } = [];
    /// <summary>The departments the notice names as leads one by one (public pages: a department's led tasks, search).</summary>
    public IEnumerable<DepartmentEntry> NamedLeads => WrittenLeads.Select(l => l.Department).OfType<DepartmentEntry>();
    public IReadOnlyList<StoryEntry> Stories { get; internal set; } = [];
    /// <summary>Its half-year reports, newest period first.</summary>
    public IReadOnlyList<(ReportPeriod Period, IReadOnlyList<StoryEntry> Reports)> Reports { get; internal set; } = [];
    /// <summary>The newest story that shows progress: a negative case is a warning about the task, not progress on it.</summary>
    public StoryEntry? Latest => Stories.FirstOrDefault(s => !s.IsNegativeCase);
}

public sealed class DepartmentEntry
{
    public required Department Source { get; init; }
    public required string Path { get; init; }
    public required string Url { get; init; }
    public string Name => Source.Name;
    /// <summary>The confirmed full name (departments.yml `fullName`), or the name when none is given.</summary>
    public string FullName => Source.FullName.Length > 0 ? Source.FullName : Source.Name;
    public string Slug => Source.Slug;
    public string KindLabel => DepartmentKinds.Label(Source.Kind);
    public IReadOnlyList<string> Aliases => Source.Aliases;
    /// <summary>Every name a reader may search the department by: its name, full name and aliases, each once.</summary>
    public IEnumerable<string> SearchNames => new[] { Name, FullName }.Concat(Aliases).Distinct(StringComparer.Ordinal);
    public string Description => Source.Description;
    public IReadOnlyList<TaskEntry> LedTasks { get; internal set; } = [];
    public IReadOnlyList<StoryEntry> Stories { get; internal set; } = [];
    public bool IsMechanismMember { get; internal set; }
    /// <summary>The mechanism's office is set up in this department (办公室设在).</summary>
    public bool IsOfficeHost { get; internal set; }
    /// <summary>Whose role in it is a deputy director of the office (副主任), e.g. 主要负责同志; null otherwise.</summary>
    public string? DeputyRole { get; internal set; }
}

/// <summary>A list of stories under one name: a year, a type or a tag.</summary>
public sealed class TermEntry
{
    public required string Name { get; init; }
    public required string Path { get; init; }
    public required string Url { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<StoryEntry> Stories { get; internal set; } = [];
    public int Count => Stories.Count;
}

public sealed class PageEntry
{
    public required StaticPage Source { get; init; }
    public required string Path { get; init; }
    public required string Url { get; init; }
    public string Title => Source.Title;
    public string Summary => Source.Summary;
    public string? UpdatedIso => Source.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record MechanismView(
    Mechanism Source,
    IReadOnlyList<DepartmentEntry> OfficeMembers,
    IReadOnlyList<DepartmentEntry> UnitMembers,
    DepartmentEntry? OfficeHost,
    IReadOnlyList<DeputyEntry> Deputies);

public sealed record DeputyEntry(DepartmentEntry? Department, string Name, string Role);
