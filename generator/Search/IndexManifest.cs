using System.Text.Json;

namespace Portal.Search;

/// <summary>
/// manifest.json, the first file the search page fetches: the index's size and shard count, the ranking
/// constants the browser multiplies stored weights by, the query-side text rules, the facet names, and the words
/// the page shows around them (labels and value formats, from theme.yml). The traditional → simplified table is
/// a file of its own (<see cref="SimplifiedTable"/>): most queries never need it.
/// </summary>
internal static class IndexManifest
{
    /// <summary>Format version; search-worker.js reads this format.</summary>
    public const int Version = 2;

    /// <summary>Query words that carry no topic; the page strips them before tokenising (如何申请信用修复 → 申请 信用修复).</summary>
    public static readonly string[] StopPhrases =
        ["为什么", "有没有", "怎么样", "如何", "怎么", "怎样", "什么", "哪里", "哪些", "哪个", "情况", "是否", "请问", "多少", "的", "了", "吗", "呢", "吧"];

    /// <summary>t2s.json: <see cref="TraditionalToSimplified.Pairs"/> as one JSON string, fetched by the page only for a query with words the index lacks.</summary>
    public static byte[] SimplifiedTable() => JsonSerializer.SerializeToUtf8Bytes(TraditionalToSimplified.Pairs, IndexJson.Options);

    public static byte[] Serialise(int documentCount, int shardCount, SearchFacets facets)
    {
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            version = Version,
            documents = documentCount,
            shards = shardCount,
            k1 = Bm25Scorer.K1,
            scale = Bm25Scorer.MaxBoost,
            stop = StopPhrases,
            types = facets.StoryTypes.ToArray(),
            tasks = facets.Tasks.Select(t => new { n = t.Number, t = t.Title, u = t.Url }).ToArray(),
            // A department's other names only where it has some ("a"), each normalised as queries are.
            departments = facets.Departments.Select(d => d.OtherNames is { Count: > 0 } names
                ? (object)new { s = d.Slug, n = d.Name, a = names.Select(SearchTokenizer.Normalize).ToArray() }
                : new { s = d.Slug, n = d.Name }).ToArray(),
            cases = facets.CaseKinds.ToArray(),
            media = facets.Media.ToArray(),
            outlets = facets.Outlets.ToArray(),
            // The page's words for the facets and their values: the worker has no words of its own.
            words = new
            {
                labels = new { type = facets.Words.Type, task = facets.Words.Task, department = facets.Words.Department, year = facets.Words.Year, @case = facets.Words.Case, medium = facets.Words.Medium, outlet = facets.Words.Outlet },
                year = facets.Words.YearValue,
                @case = facets.Words.CaseValue,
                task = facets.Words.TaskValue,
                date = facets.Words.Date,
            },
        }, IndexJson.Options);
    }
}
