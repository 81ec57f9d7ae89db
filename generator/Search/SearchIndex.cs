using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Site;

namespace Portal.Search;

/// <summary>
/// Builds the static search index: a small manifest, term postings split into shards so a query fetches only
/// the shards of its own terms, one small file per document for result display, and facet metadata.
/// One instance lives through a `serve` session and updates the index in place: a one-story edit re-weighs
/// that story and re-serialises only the shards of the terms it gained or lost.
/// </summary>
/// <remarks>
/// Ranking data is precomputed here: each posting stores the BM25 term-frequency component (with the
/// document-length normalisation folded in) quantised to 0–255, so the browser needs no document lengths.
/// Fields are weighted before saturation (BM25F): title 6, headings 3, metadata 2, body 1.
/// Very common terms keep only their <see cref="MaxPostings"/> strongest postings (impact pruning): a phone
/// never downloads a 10,000-entry list for 交通, and such terms hardly change the ranking anyway.
/// </remarks>
public sealed class SearchIndex
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
    /// <summary>Above this many changed documents, rebuilding the postings is as cheap as patching them.</summary>
    private const int MaxPatchedDocuments = 64;
    /// <summary>Weighted term frequencies are capped to fit 8 bits of a posting; BM25 has long saturated by then.</summary>
    private const int MaxFrequency = 255;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Query words that carry no topic; the page strips them before tokenising (如何申请信用修复 → 申请 信用修复).</summary>
    public static readonly string[] StopPhrases =
        ["为什么", "有没有", "怎么样", "如何", "怎么", "怎样", "什么", "哪里", "哪些", "哪个", "情况", "是否", "请问", "多少", "的", "了", "吗", "呢", "吧"];

    /// <param name="Files">Every file of the index with a fingerprint of its bytes.</param>
    /// <param name="Files">Every file of the index, relative to its folder, with a fingerprint of its bytes.</param>
    public sealed record Output(IReadOnlyList<(string Path, byte[] Bytes, ulong Hash)> Files);

    private readonly bool previewFolder;
    // Terms are packed into longs (see TermKey); Latin terms get ids that stay valid for the life of this index.
    private readonly LatinTerms latin = new();
    private SearchDocument[] documents = [];
    private int[] lengths = [];
    // Each posting is one int: document id << 9 | weight (quantised BM25 component << 1 | in-title bit), in document order.
    private Dictionary<long, PostingList> postings = new();
    private List<(string Term, long Key)>[] shardTerms = [];
    // Each term's part of its shard file, kept in preview so an update re-serialises only the terms it touched.
    private Dictionary<long, byte[]> fragments = new();
    private byte[][] shardFiles = [];
    private byte[][] recordFiles = [];
    // Fingerprints of the files above, kept so that an update does not hash 10,000 unchanged files again.
    private ulong[] shardHashes = [];
    private ulong[] recordHashes = [];
    private double referenceLength;
    private long totalBytes;

    /// <param name="previewFolder">Kept across the builds of `serve` (and patched); otherwise its state is freed once written.</param>
    public SearchIndex(bool previewFolder = false) => this.previewFolder = previewFolder;

    /// <summary>How many documents the last update weighed again (all of them after a rebuild).</summary>
    public int DocumentsWeighed { get; private set; }

    /// <summary>Brings the index up to date with <paramref name="next"/> and returns every file of it.</summary>
    public Output Update(IReadOnlyList<SearchDocument> next, IReadOnlyList<TaskLink> tasks, IReadOnlyList<DepartmentOption> departments)
    {
        var changed = ChangedDocuments(next);
        if (changed is null || !Patch(next, changed)) Rebuild(next);
        documents = next.ToArray();

        var files = new (string Path, byte[] Bytes, ulong Hash)[shardFiles.Length + recordFiles.Length + 2];
        for (var s = 0; s < shardFiles.Length; s++) files[s] = ($"s/{s}.json", shardFiles[s], shardHashes[s]);
        for (var d = 0; d < recordFiles.Length; d++) files[shardFiles.Length + d] = ($"d/{d}.json", recordFiles[d], recordHashes[d]);
        var facets = Facets(documents);
        files[^2] = ("meta.json", facets, XxHash3.HashToUInt64(facets));
        var manifest = Manifest(documents.Length, shardFiles.Length, tasks, departments);
        files[^1] = ("manifest.json", manifest, XxHash3.HashToUInt64(manifest));
        if (!previewFolder) Forget(); // a one-off build needs no state for the next update: free it
        return new Output(files);
    }

    private void Forget()
    {
        documents = [];
        lengths = [];
        postings = new();
        shardTerms = [];
        fragments = new();
        shardFiles = [];
        recordFiles = [];
        shardHashes = [];
        recordHashes = [];
    }


    /// <summary>Ids of the documents that differ from the last update, or null when ids moved (added, removed or reordered documents).</summary>
    private List<int>? ChangedDocuments(IReadOnlyList<SearchDocument> next)
    {
        if (next.Count != documents.Length || next.Count == 0) return null;
        var changed = new List<int>();
        for (var i = 0; i < next.Count; i++)
        {
            if (next[i].Equals(documents[i])) continue;
            changed.Add(i);
            if (changed.Count > MaxPatchedDocuments) return null;
        }
        return changed;
    }

    /// <summary>Weighs every document and rebuilds postings, shards and records.</summary>
    /// <remarks>
    /// Documents are weighed in batches, in id order, and only their raw postings (document, term frequency, in-title)
    /// are kept: the weights of 10,000 documents would take more memory than the whole index. Quantised weights
    /// need the reference length, so they are computed once every document has been weighed.
    /// </remarks>
    private void Rebuild(IReadOnlyList<SearchDocument> next)
    {
        const int Batch = 1024;
        lengths = new int[next.Count];
        // Raw postings are packed like final ones (document << 9 | term frequency << 1 | in-title bit) and turned
        // into final ones in place, so the postings of a large site are held in memory once.
        postings = new Dictionary<long, PostingList>();
        for (var start = 0; start < next.Count; start += Batch)
        {
            var batch = new WeighedDocument[Math.Min(Batch, next.Count - start)];
            Parallel.For(0, batch.Length, k => batch[k] = Weigh(next[start + k], latin));
            for (var k = 0; k < batch.Length; k++)
            {
                var (doc, w) = (start + k, batch[k]);
                lengths[doc] = w.Length;
                for (var t = 0; t < w.Keys.Length; t++)
                {
                    if (!postings.TryGetValue(w.Keys[t], out var list)) postings[w.Keys[t]] = list = new PostingList();
                    list.Add(doc << 9 | Math.Min(w.Frequencies[t], MaxFrequency) << 1 | (w.InTitle[t] ? 1 : 0));
                }
            }
        }
        DocumentsWeighed = next.Count;
        referenceLength = ReferenceLength(lengths.Sum(l => (long)l), lengths.Length);

        foreach (var list in postings.Values)
        {
            list.Convert(raw =>
            {
                var doc = raw >> 9;
                return Posting(doc, (raw >> 1) & MaxFrequency, (raw & 1) != 0, lengths[doc], next[doc].Boost);
            });
        }

        var terms = postings.Keys.Select(key => (Key: key, Term: TermKey.ToText(key, latin))).ToList();
        totalBytes = terms.Sum(t => TermBytes(t.Term, postings[t.Key].Count));
        var shardCount = ShardCount(totalBytes);
        shardTerms = new List<(string Term, long Key)>[shardCount];
        for (var s = 0; s < shardCount; s++) shardTerms[s] = [];
        foreach (var (key, term) in terms) shardTerms[Shard(term, shardCount)].Add((term, key));
        shardFiles = new byte[shardCount][];
        shardHashes = new ulong[shardCount];
        var kept = new Dictionary<long, byte[]>[shardCount];
        Parallel.For(0, shardCount, s =>
        {
            shardTerms[s].Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
            var shardFragments = new Dictionary<long, byte[]>(shardTerms[s].Count);
            foreach (var (term, key) in shardTerms[s]) shardFragments[key] = Fragment(term, postings[key]);
            SetShard(s, shardFragments);
            if (previewFolder) kept[s] = shardFragments;
        });
        fragments = new Dictionary<long, byte[]>();
        if (previewFolder)
        {
            foreach (var shard in kept)
                foreach (var (key, fragment) in shard) fragments[key] = fragment;
        }
        recordFiles = new byte[next.Count][];
        recordHashes = new ulong[next.Count];
        Parallel.For(0, next.Count, doc => SetRecord(doc, next[doc]));
    }

    /// <summary>
    /// Replaces the postings of a few changed documents whose ids did not move. Returns false, having changed
    /// nothing that <see cref="Rebuild"/> would not redo, when the change reaches the whole index (another
    /// reference length or shard count): the result must equal a full build.
    /// </summary>
    private bool Patch(IReadOnlyList<SearchDocument> next, List<int> changed)
    {
        if (!previewFolder) return false; // only a preview index keeps the term fragments a patch needs
        var fresh = changed.ToDictionary(i => i, i => Weigh(next[i], latin));
        // The old weights are not kept (see Rebuild): weighing the old version of a few documents again is cheap.
        var old = changed.ToDictionary(i => i, i => Weigh(documents[i], latin));
        var length = lengths.Sum(l => (long)l) + changed.Sum(i => (long)fresh[i].Length - lengths[i]);
        if (ReferenceLength(length, lengths.Length) != referenceLength) return false;

        // Only terms whose posting for a changed document moved: an added paragraph leaves most weights as they were.
        var touched = new HashSet<long>();
        foreach (var i in changed)
        {
            var (before, after) = (old[i], fresh[i]);
            for (var t = 0; t < before.Keys.Length; t++)
            {
                var a = after.IndexOf(before.Keys[t]);
                if (a < 0 || Posting(i, after, a, next[i].Boost) != Posting(i, before, t, documents[i].Boost)) touched.Add(before.Keys[t]);
            }
            foreach (var key in after.Keys)
            {
                if (!before.Contains(key)) touched.Add(key);
            }
        }
        var touchedTerms = touched.ToDictionary(key => key, key => TermKey.ToText(key, latin));
        var bytes = totalBytes;
        foreach (var (key, term) in touchedTerms)
        {
            var before = postings.TryGetValue(key, out var list) ? list.Count : 0;
            var removed = changed.Count(i => old[i].Contains(key));
            var added = changed.Count(i => fresh[i].Contains(key));
            bytes += TermBytes(term, before - removed + added) - TermBytes(term, before);
        }
        if (ShardCount(bytes) != shardFiles.Length) return false;

        var touchedShards = new HashSet<int>();
        foreach (var (key, term) in touchedTerms)
        {
            var shard = Shard(term, shardFiles.Length);
            touchedShards.Add(shard);
            if (!postings.TryGetValue(key, out var list))
            {
                postings[key] = list = new PostingList();
                var at = shardTerms[shard].BinarySearch((term, key), TermOrder.Instance);
                shardTerms[shard].Insert(~at, (term, key));
            }
            foreach (var i in changed)
            {
                list.RemoveDocument(i);
                var t = fresh[i].IndexOf(key);
                if (t >= 0) list.Insert(Posting(i, fresh[i], t, next[i].Boost));
            }
            if (list.Count == 0)
            {
                postings.Remove(key);
                fragments.Remove(key);
                shardTerms[shard].RemoveAt(shardTerms[shard].BinarySearch((term, key), TermOrder.Instance));
            }
            else
            {
                fragments[key] = Fragment(term, list);
            }
        }
        foreach (var i in changed)
        {
            lengths[i] = fresh[i].Length;
            SetRecord(i, next[i]);
        }
        totalBytes = bytes;
        foreach (var shard in touchedShards) SetShard(shard, fragments);
        DocumentsWeighed = changed.Count;
        return true;
    }

    private void SetRecord(int doc, SearchDocument document)
    {
        recordFiles[doc] = DocumentRecord(document);
        recordHashes[doc] = XxHash3.HashToUInt64(recordFiles[doc]);
    }

    private void SetShard(int shard, Dictionary<long, byte[]> termFragments)
    {
        shardFiles[shard] = ShardJson(shardTerms[shard], termFragments);
        shardHashes[shard] = XxHash3.HashToUInt64(shardFiles[shard]);
    }

    /// <summary>
    /// The document length BM25 normalises against: the average, rounded to a step of 2^(1/8) (≈ 9 %), so one
    /// edited story in a large site leaves it (and so every other posting's weight) unchanged.
    /// </summary>
    private static double ReferenceLength(long totalLength, int count)
    {
        var average = Math.Max(1.0, (double)totalLength / Math.Max(1, count));
        return Math.Pow(2, Math.Round(Math.Log2(average) * 8) / 8);
    }

    private int Posting(int doc, WeighedDocument w, int t, double boost) => Posting(doc, w.Frequencies[t], w.InTitle[t], w.Length, boost);

    private int Posting(int doc, int tf, bool inTitle, int length, double boost)
    {
        tf = Math.Min(tf, MaxFrequency);
        var norm = K1 * (1 - B + B * length / referenceLength);
        // The boost applies after saturation, where it still separates a task page from a story.
        var component = tf * (K1 + 1) / (tf + norm) / (K1 + 1) * boost / MaxBoost;
        var quantised = Math.Clamp((int)Math.Round(component * 255), 1, 255);
        return doc << 9 | quantised << 1 | (inTitle ? 1 : 0);
    }

    private static long TermBytes(string term, int postingCount) =>
        postingCount == 0 ? 0 : term.Length * 3 + Math.Min(postingCount, MaxPostings) * 5L;

    private static int ShardCount(long totalBytes)
    {
        var shardCount = 16;
        while (shardCount < 16384 && totalBytes / shardCount > TargetShardBytes) shardCount *= 2;
        return shardCount;
    }

    /// <summary>One shard as JSON: {"term":[df, docDelta, weight, docDelta, weight, …], …}, terms in ordinal order.</summary>
    private static byte[] ShardJson(List<(string Term, long Key)> terms, Dictionary<long, byte[]> fragments)
    {
        var length = 2 + Math.Max(0, terms.Count - 1);
        foreach (var (_, key) in terms) length += fragments[key].Length;
        var json = new byte[length];
        json[0] = (byte)'{';
        var at = 1;
        foreach (var (_, key) in terms)
        {
            if (at > 1) json[at++] = (byte)',';
            fragments[key].CopyTo(json, at);
            at += fragments[key].Length;
        }
        json[at] = (byte)'}';
        return json;
    }

    /// <summary>One term's member of its shard object: "term":[df, docDelta, weight, …], strongest postings only.</summary>
    private static byte[] Fragment(string term, PostingList list)
    {
        using var stream = new MemoryStream();
        // A member without its object around it: validation would refuse that, the bytes are the same.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true }))
        {
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
        return stream.ToArray();
    }

    /// <summary>
    /// Impact pruning: the <see cref="MaxPostings"/> highest weights (the earliest documents among equal ones),
    /// in document order. Weights are 9-bit, so a histogram finds the cut in one pass instead of a sort.
    /// </summary>
    private static ReadOnlySpan<int> Strongest(PostingList list)
    {
        var postings = list.AsSpan();
        Span<int> histogram = stackalloc int[512];
        histogram.Clear();
        foreach (var posting in postings) histogram[posting & 511]++;
        var cut = 511;
        var above = 0;
        while (above + histogram[cut] < MaxPostings)
        {
            above += histogram[cut];
            cut--;
        }
        var atCut = MaxPostings - above; // how many postings of exactly the cut weight are kept
        var kept = new int[MaxPostings];
        var n = 0;
        foreach (var posting in postings)
        {
            var weight = posting & 511;
            if (weight > cut || (weight == cut && atCut-- > 0)) kept[n++] = posting;
        }
        return kept;
    }

    /// <summary>Shard terms in ordinal order of their text (the key only breaks ties, which cannot happen).</summary>
    private sealed class TermOrder : IComparer<(string Term, long Key)>
    {
        public static readonly TermOrder Instance = new();

        public int Compare((string Term, long Key) a, (string Term, long Key) b) =>
            string.CompareOrdinal(a.Term, b.Term) is var c && c != 0 ? c : a.Key.CompareTo(b.Key);
    }

    /// <summary>Postings of one term, kept sorted by document id.</summary>
    private sealed class PostingList
    {
        private int[] items = new int[4];

        public int Count { get; private set; }

        public void Add(int posting)
        {
            if (Count == items.Length) Array.Resize(ref items, items.Length * 2);
            items[Count++] = posting;
        }

        public void Insert(int posting)
        {
            var at = AsSpan().BinarySearch(posting);
            if (at < 0) at = ~at;
            Add(0);
            Array.Copy(items, at, items, at + 1, Count - 1 - at);
            items[at] = posting;
        }

        public void RemoveDocument(int doc)
        {
            var at = AsSpan().BinarySearch(doc << 9);
            if (at < 0) at = ~at;
            if (at >= Count || items[at] >> 9 != doc) return;
            Array.Copy(items, at + 1, items, at, Count - at - 1);
            Count--;
        }

        public ReadOnlySpan<int> AsSpan() => items.AsSpan(0, Count);

        /// <summary>Replaces every posting; the order must stay the same (the document id is kept).</summary>
        public void Convert(Func<int, int> convert)
        {
            for (var i = 0; i < Count; i++) items[i] = convert(items[i]);
        }
    }

    /// <summary>A document's terms with their field-weighted frequencies (whole numbers: the field weights are).</summary>
    private sealed record WeighedDocument(long[] Keys, int[] Frequencies, bool[] InTitle, int Length)
    {
        private Dictionary<long, int>? positions;

        public int IndexOf(long key)
        {
            positions ??= Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
            return positions.GetValueOrDefault(key, -1);
        }

        public bool Contains(long key) => IndexOf(key) >= 0;
    }

    /// <summary>FNV-1a over UTF-16 code units; search-worker.js computes the same to find a term's shard.</summary>
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
        var terms = new Dictionary<long, (int Tf, bool Title)>();
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
        // The lead and the body are separate tokens either way: a line break ends a token.
        if (document.Lead is not null) Add(document.Lead, 1, false);
        Add(document.Body, 1, false);
        var keys = new long[terms.Count];
        var frequencies = new int[terms.Count];
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
        var text = document.FullText;
        if (text.Length > SearchDocuments.MaxTextLength) text = text[..SearchDocuments.MaxTextLength];
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

    private static byte[] Manifest(int documentCount, int shardCount, IReadOnlyList<TaskLink> tasks, IReadOnlyList<DepartmentOption> departments)
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
            tasks = tasks.Select(t => new { n = t.Number, t = t.Title, u = t.Url }).ToArray(),
            departments = departments.Select(d => new { s = d.Slug, n = d.Name }).ToArray(),
        }, Json);
    }
}
