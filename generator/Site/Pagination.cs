namespace Portal.Site;

/// <summary>Splits a story list into pages of <see cref="Routes.StoriesPerPage"/>.</summary>
public sealed record Pagination(int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLink> Pages)
{
    /// <summary>An empty list still has one page, which shows the empty state.</summary>
    public static int PageCount(int items) => Math.Max(1, (items + Routes.StoriesPerPage - 1) / Routes.StoriesPerPage);

    public static Pagination For(string listPath, int current, int items, SiteUrls urls)
    {
        var total = PageCount(items);
        // First, last, and two either side of the current page: a list of 500 pages gets at most seven links.
        var numbers = new SortedSet<int> { 1, total };
        for (var p = Math.Max(1, current - 2); p <= Math.Min(total, current + 2); p++) numbers.Add(p);
        var pages = numbers.Select(p => new PageLink(p, urls.Href(Routes.Paged(listPath, p)), p == current)).ToList();
        return new Pagination(
            current,
            total,
            current > 1 ? urls.Href(Routes.Paged(listPath, current - 1)) : null,
            current < total ? urls.Href(Routes.Paged(listPath, current + 1)) : null,
            pages);
    }

    public bool HasPages => Total > 1;
}

public sealed record PageLink(int Number, string Url, bool IsCurrent);
