using Portal.Site;
using System.Text.Json;

namespace Portal.Search;

/// <summary>
/// meta.json: every document's facet values, in id order, so the search page can filter results and count
/// them by story type, year, task and department without fetching records. Values are numbers into the
/// manifest's lists (<see cref="SearchFacets"/>), packed into strings to keep the file small for 10,000 documents.
/// </summary>
internal static class DocumentFacets
{
    /// <summary>
    /// {"type": one character per document (the story type's index, or '-'), "year": [year or 0, …],
    /// "task": ["1.3", …], "dept": ["0.12", …] (task numbers and department indices joined by '.'),
    /// "case": one character per document (the typical-case kind's index, or '-'), "medium": the same for the medium,
    /// "outlet": "3,,0,…" (the outlet's index into the manifest's outlets, or nothing)}.
    /// </summary>
    public static byte[] Serialise(IReadOnlyList<SearchDocument> documents)
    {
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = string.Concat(documents.Select(d => d.StoryType is { } t ? (char)('0' + t) : '-')),
            year = documents.Select(d => d.Year ?? 0).ToArray(),
            task = documents.Select(d => string.Join('.', d.Tasks)).ToArray(),
            dept = documents.Select(d => string.Join('.', d.Departments)).ToArray(),
            @case = string.Concat(documents.Select(d => d.CaseKind is { } c ? (char)('0' + c) : '-')),
            medium = string.Concat(documents.Select(d => d.Medium is { } m ? (char)('0' + m) : '-')),
            // Mostly empty (only media coverage has an outlet): a comma-separated string compresses to almost nothing.
            outlet = string.Join(',', documents.Select(d => d.Outlet is { } o ? o.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")),
        }, IndexJson.Options);
    }
}
