using Portal.Model;

namespace Portal.Site;

/// <summary>
/// Stage 4's product: every page of the site with its view model, and what the other outputs are made from (feed,
/// sitemap, ledger, search documents, media). Immutable; the outputs only read it.
/// </summary>
public sealed class PageTree
{
    public required SiteUrls Urls { get; init; }
    /// <summary>What the pages were made with (cards, links, words): `serve` makes one story's page again from it (<see cref="Build.QuickStoryEdit"/>).</summary>
    public PageContext? Context { get; init; }
    /// <summary>What every page shows around its content.</summary>
    public required SiteChrome Chrome { get; init; }
    /// <summary>Every HTML page, in a fixed order.</summary>
    public required IReadOnlyList<Page> Pages { get; init; }
    /// <summary><see cref="ViewFingerprint"/> of each page, in the order of <see cref="Pages"/>: `serve` renders a page again only when it moved.</summary>
    public required IReadOnlyList<ulong> Fingerprints { get; init; }
    public required AtomFeedView Feed { get; init; }
    public required IReadOnlyList<LedgerRow> Ledger { get; init; }
    /// <summary>The half-year progress board, for its page and /tasks/progress.csv.</summary>
    public required ProgressBoardView Progress { get; init; }
    /// <summary>Every searchable unit: the pages, and each section of the notice by its anchor.</summary>
    public required IReadOnlyList<SearchDocument> SearchDocuments { get; init; }
    /// <summary>The filters' values as the search manifest names them.</summary>
    public required IReadOnlyList<TaskLink> SearchTasks { get; init; }
    public required IReadOnlyList<DepartmentOption> SearchDepartments { get; init; }
    /// <summary>The outlets of the media coverage (媒体聚焦), by name: search documents name them by position.</summary>
    public required IReadOnlyList<string> SearchOutlets { get; init; }
    /// <summary>Folder of the search index (named after its documents, so readers' caches stay valid until they change).</summary>
    public required string SearchIndexPath { get; init; }
    /// <summary>What the browser editor offers in its selects, from the content itself.</summary>
    public required EditorChoices EditorChoices { get; init; }
    /// <summary>
    /// Where the browser editor (/admin/) saves: `serve`'s local backend, or the repository site.yml's `editing` names.
    /// Null: no /admin/ is published (a `build` without a web backend: a static host answers no editor's requests).
    /// </summary>
    public EditorBackend? Editor { get; init; }
    /// <summary>Files under content/media/ to publish, relative to content/.</summary>
    public required IReadOnlyList<string> MediaFiles { get; init; }
    /// <summary>The pull request a preview build shows (its pages carry the banner of <see cref="SiteChrome.PreviewBanner"/>); null for the public site.</summary>
    public int? PullRequestPreview { get; init; }

    /// <summary>Pages for search engines (sitemap.xml): all but the no-index ones, with their dates.</summary>
    public IEnumerable<Page> Indexed => Pages.Where(p => !p.NoIndex);
}

/// <summary>The values the browser editor's selects offer: key tasks, departments (with what else they are called), half years.</summary>
public sealed record EditorChoices(IReadOnlyList<TaskLink> Tasks, IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)> Departments, IReadOnlyList<string> Periods)
{
    /// <summary>The half year of the build's as-of date (`serve`: today), which the form's hints name.</summary>
    public ReportPeriod Current { get; init; } = ReportPeriod.First;
}

/// <summary>Where the browser editor saves: <see cref="LocalEditor"/> or <see cref="RemoteEditor"/>.</summary>
public abstract record EditorBackend;

/// <summary>`serve`'s own backend (POST /api/v1 on the preview's address), which writes into the content folder.</summary>
public sealed record LocalEditor : EditorBackend;

/// <summary>
/// The published editor's backend: a GitHub repository through an OAuth relay, or a Forgejo server (PKCE sign-in), and
/// whether every story goes through review as a pull request.
/// </summary>
public sealed record RemoteEditor(string Backend, string Repo, string Branch, Uri Server, string AppId, bool Review) : EditorBackend;

/// <summary>/feed.xml: the newest stories, with dates from content (never the clock).</summary>
public sealed record AtomFeedView
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string HomeUrl { get; init; }
    public required string SelfUrl { get; init; }
    public required string Author { get; init; }
    public required DateOnly Updated { get; init; }
    public required IReadOnlyList<FeedEntry> Entries { get; init; }
}

public sealed record FeedEntry
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Url { get; init; }
    public required DateOnly Date { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
}

/// <summary>One row of the progress ledger (台账): a key task with its lead departments and latest progress.</summary>
public sealed record LedgerRow
{
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string LeadText { get; init; }
    public required IReadOnlyList<string> Leads { get; init; }
    public required int StoryCount { get; init; }
    public required string LatestDateIso { get; init; }
    public required string LatestTitle { get; init; }
    public required string LatestUrl { get; init; }
}
