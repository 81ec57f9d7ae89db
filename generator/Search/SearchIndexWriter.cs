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
        // Terms are packed into longs (see TermKey) so that weighing 10,000 documents allocates no term strings.
        var latin = new LatinTerms();
        var weighed = new WeighedDocument[documents.Count];
        Parallel.For(0, documents.Count, i => weighed[i] = Weigh(documents[i], latin));
        var averageLength = Math.Max(1.0, weighed.Average(w => w.Length));

        // Postings in document order; document ids are positions in the list (pages first, then newest stories).
        // Each posting is one int: document id << 9 | weight (quantised BM25 component << 1 | in-title bit).
        var postings = new Dictionary<long, PostingList>();
        for (var doc = 0; doc < documents.Count; doc++)
        {
            var w = weighed[doc];
            var norm = K1 * (1 - B + B * w.Length / averageLength);
            for (var t = 0; t < w.Keys.Length; t++)
            {
                var tf = w.Frequencies[t];
                // The boost applies after saturation, where it still separates a task page from a story.
                var component = tf * (K1 + 1) / (tf + norm) / (K1 + 1) * documents[doc].Boost / MaxBoost;
                var quantised = Math.Clamp((int)Math.Round(component * 255), 1, 255);
                if (!postings.TryGetValue(w.Keys[t], out var list)) postings[w.Keys[t]] = list = new PostingList();
                list.Add(doc << 9 | quantised << 1 | (w.InTitle[t] ? 1 : 0));
            }
        }
        weighed = null!;

        var terms = postings.Keys.Select(key => (Key: key, Term: TermKey.ToText(key, latin))).ToList();
        var totalBytes = terms.Sum(t => t.Term.Length * 3 + Math.Min(postings[t.Key].Count, MaxPostings) * 5L);
        var shardCount = 16;
        while (shardCount < 16384 && totalBytes / shardCount > TargetShardBytes) shardCount *= 2;
        var shardTerms = new List<(string Term, long Key)>[shardCount];
        for (var s = 0; s < shardCount; s++) shardTerms[s] = [];
        foreach (var (key, term) in terms) shardTerms[Shard(term, shardCount)].Add((term, key));

        var files = new (string Path, byte[] Bytes)[shardCount + documents.Count + 2];
        Parallel.For(0, shardCount, s =>
        {
            shardTerms[s].Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
            files[s] = ($"s/{s}.json", ShardJson(shardTerms[s], postings));
        });
        Parallel.For(0, documents.Count, doc => files[shardCount + doc] = ($"d/{doc}.json", DocumentRecord(documents[doc])));
        files[^2] = ("meta.json", Facets(documents));
        files[^1] = ("manifest.json", Manifest(documents.Count, shardCount, site));

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

    /// <summary>One shard as JSON: {"term":[df, docDelta, weight, docDelta, weight, …], …}, strongest postings only.</summary>
    private static byte[] ShardJson(List<(string Term, long Key)> terms, Dictionary<long, PostingList> postings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            json.WriteStartObject();
            foreach (var (term, key) in terms)
            {
                var list = postings[key];
                var kept = list.Count > MaxPostings ? Strongest(list) : list.AsSpan();
                json.WriteStartArray(term);
                json.WriteNumberValue(list.Count);
                var previous = 0;
                foreach (var posting in kept)
                {
                    var doc = posting >> 9;
                    json.WriteNumberValue(doc - previous);
                    json.WriteNumberValue(posting & 511);
                    previous = doc;
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>Impact pruning: the <see cref="MaxPostings"/> highest weights, returned in document order.</summary>
    private static ReadOnlySpan<int> Strongest(PostingList list)
    {
        var copy = list.AsSpan().ToArray();
        Array.Sort(copy, (a, b) => (b & 511).CompareTo(a & 511) is var c && c != 0 ? c : a.CompareTo(b));
        var kept = copy[..MaxPostings];
        Array.Sort(kept);
        return kept;
    }

    private sealed class PostingList
    {
        private int[] items = new int[4];

        public int Count { get; private set; }

        public void Add(int posting)
        {
            if (Count == items.Length) Array.Resize(ref items, items.Length * 2);
            items[Count++] = posting;
        }

        public ReadOnlySpan<int> AsSpan() => items.AsSpan(0, Count);
    }

    private sealed record WeighedDocument(long[] Keys, float[] Frequencies, bool[] InTitle, int Length);

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

    private static WeighedDocument Weigh(SearchDocument document, LatinTerms latin)
    {
        var terms = new Dictionary<long, (float Tf, bool Title)>();
        var length = 0;
        void Add(string text, int weight, bool title)
        {
            foreach (var token in SearchTokenizer.Tokens(text))
            {
                length += TermKey.ForEach(token, latin, key =>
                {
                    var (tf, inTitle) = terms.GetValueOrDefault(key);
                    terms[key] = (tf + weight, inTitle || title);
                });
            }
        }
        Add(document.Title, TitleWeight, true);
        foreach (var heading in document.Headings) Add(heading, HeadingWeight, false);
        Add(document.Meta, MetaWeight, false);
        Add(document.Body, 1, false);
        var keys = new long[terms.Count];
        var frequencies = new float[terms.Count];
        var inTitle = new bool[terms.Count];
        var i = 0;
        foreach (var (key, (tf, title)) in terms)
        {
            keys[i] = key;
            frequencies[i] = tf;
            inTitle[i++] = title;
        }
        return new WeighedDocument(keys, frequencies, inTitle, length);
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
