using Portal.Site;

namespace Portal.Search;

/// <summary>
/// The names behind the numbers a document's facets hold (<see cref="SearchDocument.StoryType"/>,
/// <see cref="SearchDocument.Tasks"/>, <see cref="SearchDocument.Departments"/>): the manifest lists them so
/// the search page can show and filter by names. The caller builds it from the site, so the index stays
/// independent of the site model.
/// </summary>
/// <param name="StoryTypes">Story type names; a document's <see cref="SearchDocument.StoryType"/> indexes this list.</param>
/// <param name="Tasks">The key tasks, in the order the search page lists them.</param>
/// <param name="Departments">The departments; a document's <see cref="SearchDocument.Departments"/> index this list.</param>
/// <param name="CaseKinds">Typical-case kinds (正面, 反面); a document's <see cref="SearchDocument.CaseKind"/> indexes this list.</param>
/// <param name="Media">The media of 媒体聚焦 (报纸、网络、电视、新媒体); a document's <see cref="SearchDocument.Medium"/> indexes this list.</param>
/// <param name="Outlets">The outlets of the coverage; a document's <see cref="SearchDocument.Outlet"/> indexes this list.</param>
/// <param name="Words">The facets' labels and the formats of their values, as the page shows them (theme.yml's search block).</param>
public sealed record SearchFacets(
    IReadOnlyList<string> StoryTypes,
    IReadOnlyList<SearchFacets.TaskFacet> Tasks,
    IReadOnlyList<SearchFacets.DepartmentFacet> Departments,
    IReadOnlyList<string> CaseKinds,
    IReadOnlyList<string> Media,
    IReadOnlyList<string> Outlets,
    SearchFacets.FacetWords Words)
{
    /// <summary>
    /// What the worker writes around facet values, so the page and the worker say the same thing, defined once in the theme:
    /// the facets' labels, and formats with placeholders: {year}, {kind} (正面), {number} (a task's), {year}{month}{day} (a date).
    /// </summary>
    public sealed record FacetWords(
        string Type, string Task, string Department, string Year, string Case,
        string YearValue, string CaseValue, string TaskValue, string Date, string Medium, string Outlet);

    /// <summary>A key task as the page names it: "3. 优化营商环境", linking to the task's page.</summary>
    public sealed record TaskFacet(int Number, string Title, string Url);

    /// <summary>
    /// A department: the slug is the filter value in the page's URL, the name what the reader sees; its other names
    /// (full name, aliases) let the page tell a query that names the department.
    /// </summary>
    public sealed record DepartmentFacet(string Slug, string Name, IReadOnlyList<string>? OtherNames = null);
}
