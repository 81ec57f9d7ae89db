using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Site;

namespace Portal.Search;

/// <summary>
/// Builds the static search index: a small manifest, term postings split into shards so a query fetches only
/// the shards of its own terms, one small file per document for result display, and facet metadata.
/// </summary>
/// <remarks>
/// Ranking data is precomputed here: each posting stores the BM25 term-frequency component (with the
/// document-length normalisation folded in) quantised to 0–255, so the browser needs no document lengths.
/// Fields are weighted before saturation (BM25F): title 6, headings 3, metadata 2, body 1.
/// Very common terms keep only their <see cref="MaxPostings"/> strongest postings (impact pruning): a phone
/// never downloads a 10,000-entry list for 交通, and such terms hardly change the ranking anyway.
/// </remarks>
public static class SearchIndexWriter
{
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const int MaxPostings = 1200;
    private const int TitleWeight = 6;
    private const int HeadingWeight = 3;
    private const int MetaWeight = 2;
    private const int TargetShardBytes = 6000;
    /// <summary>Largest document boost; stored weights are scaled by it so boosted postings still fit in 0–255.</summary>
    public const double MaxBoost = 2.0;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Output(string FolderPath, IReadOnlyList<(string Path, byte[] Bytes)> Files);

    /// <summary>Query words that carry no topic; the page strips them before tokenising (如何申请信用修复 → 申请 信用修复).</summary>
    public static readonly string[] StopPhrases =
        ["为什么", "有没有", "怎么样", "如何", "怎么", "怎样", "什么", "哪里", "哪些", "哪个", "情况", "是否", "请问", "多少", "的", "了", "吗", "呢", "吧"];

    public static Output Build(IReadOnlyList<SearchDocument> documents, SiteModel site)
    {
        var weights = new Dictionary<string, (double Tf, bool Title)>[documents.Count];
        var lengths = new int[documents.Count];
        Parallel.For(0, documents.Count, i => (weights[i], lengths[i]) = Weigh(documents[i]));
        var averageLength = Math.Max(1.0, lengths.Average());

        // Postings in document order; document ids are positions in the list (pages first, then newest stories).
        var postings = new Dictionary<string, List<(int Doc, int Weight)>>(StringComparer.Ordinal);
        for (var doc = 0; doc < documents.Count; doc++)
        {
            var norm = K1 * (1 - B + B * lengths[doc] / averageLength);
            foreach (var (term, (tf, title)) in weights[doc])
            {
                // The boost applies after saturation, where it still separates a task page from a story.
                var component = tf * (K1 + 1) / (tf + norm) / (K1 + 1) * documents[doc].Boost / MaxBoost;
                var quantised = Math.Clamp((int)Math.Round(component * 255), 1, 255);
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add((doc, quantised * 2 + (title ? 1 : 0)));
            }
        }

        var totalBytes = postings.Sum(p => p.Key.Length * 3 + Math.Min(p.Value.Count, MaxPostings) * 5);
        var shardCount = 16;
        while (shardCount < 16384 && totalBytes / shardCount > TargetShardBytes) shardCount *= 2;
        var shards = new SortedDictionary<string, List<int>>[shardCount];
        for (var s = 0; s < shardCount; s++) shards[s] = new(StringComparer.Ordinal);
        foreach (var (term, list) in postings)
        {
            var kept = list.Count > MaxPostings
                ? list.OrderByDescending(p => p.Weight).ThenBy(p => p.Doc).Take(MaxPostings).OrderBy(p => p.Doc).ToList()
                : list;
            var encoded = new List<int>(kept.Count * 2 + 1) { list.Count };
            var previous = 0;
            foreach (var (doc, weight) in kept)
            {
                encoded.Add(doc - previous);
                encoded.Add(weight);
                previous = doc;
            }
            shards[Shard(term, shardCount)][term] = encoded;
        }

        var files = new List<(string Path, byte[] Bytes)>();
        for (var s = 0; s < shardCount; s++) files.Add(($"s/{s}.json", JsonSerializer.SerializeToUtf8Bytes(shards[s], Json)));
        for (var doc = 0; doc < documents.Count; doc++) files.Add(($"d/{doc}.json", DocumentRecord(documents[doc])));
        files.Add(("meta.json", Facets(documents)));
        files.Add(("manifest.json", Manifest(documents.Count, shardCount, site)));

        // The folder is named after the whole index, so readers' caches stay valid until the content changes.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData(bytes);
        }
        var folder = $"search/index-{Convert.ToHexStringLower(hash.GetHashAndReset())[..12]}/";
        return new Output(folder, files.Select(f => (folder + f.Path, f.Bytes)).ToList());
    }

    /// <summary>FNV-1a over UTF-16 code units; search.js computes the same to find a term's shard.</summary>
    public static int Shard(string term, int shardCount)
    {
        var h = 2166136261u;
        foreach (var c in term)
        {
            h ^= c;
            h *= 16777619u;
        }
        return (int)(h % (uint)shardCount);
    }

    private static (Dictionary<string, (double, bool)>, int) Weigh(SearchDocument document)
    {
        var terms = new Dictionary<string, (double Tf, bool Title)>(StringComparer.Ordinal);
        var length = 0;
        void Add(string text, int weight, bool title)
        {
            foreach (var token in SearchTokenizer.Tokens(text))
            {
                foreach (var term in SearchTokenizer.IndexTerms(token))
                {
                    var (tf, inTitle) = terms.GetValueOrDefault(term);
                    terms[term] = (tf + weight, inTitle || title);
                    if (term.Length == 1 || !SearchTokenizer.IsHan(term[0])) length++;
                }
            }
        }
        Add(document.Title, TitleWeight, true);
        foreach (var heading in document.Headings) Add(heading, HeadingWeight, false);
        Add(document.Meta, MetaWeight, false);
        Add(document.Body, 1, false);
        return (terms, length);
    }

    private static byte[] DocumentRecord(SearchDocument document)
    {
        var text = document.Body.Length > SearchDocumentSource.MaxTextLength ? document.Body[..SearchDocumentSource.MaxTextLength] : document.Body;
        var record = new Dictionary<string, object?> { ["u"] = document.Url, ["t"] = document.Title, ["k"] = document.Kind };
        if (document.Date is not null) record["d"] = document.Date;
        if (document.Summary.Length > 0) record["s"] = document.Summary;
        record["x"] = text;
        return JsonSerializer.SerializeToUtf8Bytes(record, Json);
    }

    /// <summary>Per document, in id order: story type, year, tasks and departments, for filters and their counts.</summary>
    private static byte[] Facets(IReadOnlyList<SearchDocument> documents)
    {
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = string.Concat(documents.Select(d => d.StoryType is { } t ? (char)('0' + t) : '-')),
            year = documents.Select(d => d.Year ?? 0).ToArray(),
            task = documents.Select(d => string.Join('.', d.Tasks)).ToArray(),
            dept = documents.Select(d => string.Join('.', d.Departments)).ToArray(),
        }, Json);
    }

    private static byte[] Manifest(int documentCount, int shardCount, SiteModel site)
    {
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            version = 1,
            documents = documentCount,
            shards = shardCount,
            k1 = K1,
            scale = MaxBoost,
            stop = StopPhrases,
            t2s = TraditionalToSimplified.Pairs,
            types = Model.StoryType.All.Select(t => t.Name).ToArray(),
            tasks = site.Tasks.Select(t => new { n = t.Number, t = t.Title, u = t.Url }).ToArray(),
            departments = site.Departments.Select(d => new { s = d.Slug, n = d.Name }).ToArray(),
        }, Json);
    }
}
