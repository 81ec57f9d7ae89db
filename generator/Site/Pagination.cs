namespace Portal.Site;

/// <summary>
/// Splits a story list into pages of <see cref="Routes.StoriesPerPage"/>. The links are built when a template
/// first reads them: a preview update fingerprints every list page but renders only the few that changed.
/// </summary>
public sealed class Pagination(string listPath, int current, int total, SiteUrls urls) : IFingerprinted
{
    private IReadOnlyList<PageLink>? pages;

    /// <summary>An empty list still has one page, which shows the empty state.</summary>
    public static int PageCount(int items) => Math.Max(1, (items + Routes.StoriesPerPage - 1) / Routes.StoriesPerPage);

    public static Pagination For(string listPath, int current, int items, SiteUrls urls) => new(listPath, current, PageCount(items), urls);

    /// <summary>The links follow from these: fingerprinting must not build them (see <see cref="Pages"/>).</summary>
    public ulong Fingerprint => ViewFingerprint.Of(new object[] { listPath, current, total, urls.BasePath });

    public int Current => current;
    public int Total => total;
    public bool HasPages => Total > 1;
    public string? PreviousUrl => current > 1 ? urls.Href(Routes.Paged(listPath, current - 1)) : null;
    public string? NextUrl => current < total ? urls.Href(Routes.Paged(listPath, current + 1)) : null;

    /// <summary>First, last, and two either side of the current page: a list of 500 pages gets at most seven links.</summary>
    public IReadOnlyList<PageLink> Pages => pages ??= Links();

    private List<PageLink> Links()
    {
        var numbers = new SortedSet<int> { 1, total };
        for (var p = Math.Max(1, current - 2); p <= Math.Min(total, current + 2); p++) numbers.Add(p);
        return numbers.Select(p => new PageLink(p, urls.Href(Routes.Paged(listPath, p)), p == current)).ToList();
    }
}

public sealed record PageLink(int Number, string Url, bool IsCurrent);
