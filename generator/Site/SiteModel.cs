using Portal.Model;

namespace Portal.Site;

/// <summary>Stage 4: the whole site as routes and cross-referenced entries; owns every URL.</summary>
public sealed class SiteModel
{
    public required SiteConfig Config { get; init; }
    public required SiteUrls Urls { get; init; }
    public required Notice Notice { get; init; }
    public required MechanismView Mechanism { get; init; }
    public required IReadOnlyList<TaskEntry> Tasks { get; init; }
    public required IReadOnlyList<DepartmentEntry> Departments { get; init; }
    /// <summary>Newest first; ties broken by file name so the order never depends on the file system.</summary>
    public required IReadOnlyList<StoryEntry> Stories { get; init; }
    public required IReadOnlyList<TermEntry> Years { get; init; }
    public required IReadOnlyList<TermEntry> Types { get; init; }
    public required IReadOnlyList<TermEntry> Tags { get; init; }
    /// <summary>Every typical case (典型案例), newest first.</summary>
    public required IReadOnlyList<StoryEntry> Cases { get; init; }
    /// <summary>Positive (正面典型) and negative (反面典型) cases, in <see cref="Model.CaseKinds.All"/>'s order.</summary>
    public required IReadOnlyList<TermEntry> CaseKinds { get; init; }
    public required IReadOnlyList<PageEntry> Pages { get; init; }
    public required ProgressBoard Progress { get; init; }
    /// <summary>Stories carried by newspapers, websites, television and new media (媒体聚焦), newest first.</summary>
    public required IReadOnlyList<StoryEntry> Coverage { get; init; }
    public required IReadOnlyList<string> MediaFiles { get; init; }
    /// <summary>The notice's downloads by their path relative to content/: size and format.</summary>
    public IReadOnlyDictionary<string, DocumentFile> DocumentFiles { get; init; } = new Dictionary<string, DocumentFile>();
    /// <summary>Every site path that the build publishes (pages, list pages, files), for link checks: asked of the page kinds once.</summary>
    public IReadOnlySet<string> KnownPaths => LazyInitializer.EnsureInitialized(ref knownPaths, () => PageSources.KnownPaths(this));
    private HashSet<string>? knownPaths;
    /// <summary>
    /// Newest date of the stories (reports among them) and the notice: the home page's, the sitemap's and the feed's
    /// 更新日期, never the clock and never a static page's edit (a fresh date over old news is what inspectors call 虚假更新).
    /// </summary>
    public required DateOnly Newest { get; init; }
}
