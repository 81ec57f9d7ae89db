using Portal.Loading;
using Portal.Model;

namespace Portal.Site;

/// <summary>
/// Makes the <see cref="PageTree"/> from the site model: asks every page kind (<see cref="PageSources.All"/>) for its
/// pages and search documents, and adds what the other outputs are made from. Words come from theme/theme.yml, links
/// from <see cref="SiteUrls"/>.
/// </summary>
public static class PageTreeBuilder
{
    private const int FeedEntries = 20;

    /// <param name="previewSearchIndex">`serve` keeps its index in one fixed folder, so an update rewrites only changed files.</param>
    /// <param name="pullRequest">The pull request a preview build shows, or null for the public site.</param>
    /// <param name="localEditor">`serve`: the browser editor saves through serve's own backend, whatever site.yml says.</param>
    public static PageTree Build(SiteModel site, ThemeText text, ThemeAssets assets, bool previewSearchIndex, int? pullRequest = null, bool localEditor = false)
    {
        var context = new PageContext(site, text);
        var documents = PageSources.All.SelectMany(s => s.SearchDocuments(context)).ToList();
        context.SearchIndexPath = previewSearchIndex
            ? Routes.SearchIndexPreview
            : Routes.SearchIndex(ViewFingerprint.Of(new object[]
              {
                  Routes.SearchIndexFormat, documents, context.TaskLinks, context.DepartmentOptions,
                  // The manifest carries the search words: a reworded facet must reach readers who cached the old folder.
                  ThemeKeys.Search.InManifest.Select(k => text.Word(k)).ToList(),
              }));
        var pages = ColumnMetadataBuilder.Attach(PageSources.All.SelectMany(s => s.Pages(context)).ToList(), context);
        var fingerprints = new ulong[pages.Count];
        Parallel.For(0, pages.Count, i => fingerprints[i] = ViewFingerprint.Of(pages[i]));
        var urls = site.Urls;
        return new PageTree
        {
            Urls = urls,
            Context = context,
            Chrome = SiteChromeBuilder.Build(context, assets, pullRequest),
            PullRequestPreview = pullRequest,
            Pages = pages,
            Fingerprints = fingerprints,
            Feed = Feed(site),
            Ledger = site.Tasks.Select(t => new LedgerRow
            {
                Number = t.Number, Title = t.Title, LeadText = t.LeadText, Leads = t.NamedLeads.Select(d => d.Name).ToList(), StoryCount = t.Stories.Count,
                LatestDateIso = t.Latest?.DateIso ?? "", LatestTitle = t.Latest?.Title ?? "", LatestUrl = t.Latest?.AbsoluteUrl ?? "",
            }).ToList(),
            Progress = ProgressPage.Board(context),
            SearchDocuments = documents,
            SearchTasks = context.TaskLinks,
            SearchDepartments = context.DepartmentOptions,
            SearchOutlets = context.Outlets,
            SearchIndexPath = context.SearchIndexPath,
            EditorChoices = new EditorChoices(
                context.TaskLinks, site.Departments.Select(d => (d.Name, (IReadOnlyList<string>)d.Aliases)).ToList(),
                // The half years reported so far and the next one, which editors report on next.
                [.. site.Progress.Periods.Select(p => p.ToString()), site.Progress.Periods[^1].Next.ToString()])
            {
                Current = site.Progress.Periods[^1],
            },
            MediaFiles = site.MediaFiles,
            Editor = localEditor ? new LocalEditor() : RemoteEditor(site.Config.Editing),
        };
    }

    /// <summary>
    /// The web backend site.yml's `editing` configures, or null: without one a published /admin/ would talk to a backend
    /// no static host answers, so none is published (validation has refused a half-filled `editing`).
    /// </summary>
    private static RemoteEditor? RemoteEditor(EditingSettings editing) =>
        editing is { Backend: { } backend } && Uri.TryCreate(editing.Server, UriKind.Absolute, out var server)
            ? new RemoteEditor(backend, editing.Repo, editing.Branch, server, editing.AppId, editing.Review)
            : null;

    private static AtomFeedView Feed(SiteModel site) => new()
    {
        Title = site.Config.Title, Description = site.Config.Description, HomeUrl = site.Urls.Absolute(Routes.Home),
        SelfUrl = site.Urls.Absolute(Routes.Feed), Author = site.Config.Organizer, Updated = site.Newest,
        Entries = site.Stories.Take(FeedEntries)
            .Select(s => new FeedEntry { Title = s.Title, Summary = s.Summary, Url = s.AbsoluteUrl, Date = s.Date, Categories = [s.Type.Name, .. s.Tags.Select(t => t.Text)] })
            .ToList(),
    };
}
