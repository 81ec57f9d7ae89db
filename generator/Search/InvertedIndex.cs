using Portal.Site;

namespace Portal.Search;

/// <summary>
/// Every term's postings, with the document lengths and the BM25 reference length their weights were computed
/// with. Built from all documents at once; <see cref="Replace"/> updates single terms for the patch path.
/// </summary>
internal sealed class InvertedIndex
{
    /// <summary>Documents weighed in parallel at a time: enough to keep both cores busy, few enough to stay small.</summary>
    private const int Batch = 1024;

    private InvertedIndex(Dictionary<long, PostingList> postings, int[] lengths, Bm25Scorer scorer)
    {
        Postings = postings;
        Lengths = lengths;
        Scorer = scorer;
    }

    /// <summary>Postings by <see cref="TermKey"/>, each list in document order.</summary>
    public Dictionary<long, PostingList> Postings { get; }

    /// <summary>Each document's <see cref="WeighedDocument.Length"/>, by document id.</summary>
    public int[] Lengths { get; }

    public Bm25Scorer Scorer { get; }

    /// <summary>Weighs every document and collects the postings of every term.</summary>
    /// <remarks>
    /// Documents are weighed in batches, in id order, and only their raw postings (document, term frequency,
    /// in-title) are kept: the weights of 10,000 documents would take more memory than the whole index. Weights
    /// need the reference length, so raw postings are turned into weighted ones in place once every document
    /// has been weighed, and the postings of a large site are held in memory once.
    /// </remarks>
    public static InvertedIndex Build(IReadOnlyList<SearchDocument> documents, LatinTerms latin)
    {
        var lengths = new int[documents.Count];
        var postings = new Dictionary<long, PostingList>();
        for (var start = 0; start < documents.Count; start += Batch)
        {
            var batch = new WeighedDocument[Math.Min(Batch, documents.Count - start)];
            Parallel.For(0, batch.Length, k => batch[k] = WeighedDocument.Of(documents[start + k], latin));
            for (var k = 0; k < batch.Length; k++)
            {
                var (document, weighed) = (start + k, batch[k]);
                lengths[document] = weighed.Length;
                for (var t = 0; t < weighed.Keys.Length; t++)
                {
                    if (!postings.TryGetValue(weighed.Keys[t], out var list)) postings[weighed.Keys[t]] = list = new PostingList();
                    list.Add(PackedPosting.Pack(document, Math.Min(weighed.Frequencies[t], PackedPosting.MaxValue), weighed.InTitle[t]));
                }
            }
        }
        var scorer = new Bm25Scorer(Bm25Scorer.ReferenceLengthOf(lengths.Sum(l => (long)l), lengths.Length));
        foreach (var list in postings.Values)
        {
            list.Convert(raw =>
            {
                var document = PackedPosting.Document(raw);
                return scorer.Posting(document, PackedPosting.Value(raw), PackedPosting.InTitle(raw), lengths[document], documents[document].Boost);
            });
        }
        return new InvertedIndex(postings, lengths, scorer);
    }

    /// <summary>Whether documents of the given new lengths, in place of the current ones, leave every other weight as it is.</summary>
    public bool KeepsReferenceLength(IEnumerable<(int Document, int Length)> changed)
    {
        var total = Lengths.Sum(l => (long)l) + changed.Sum(c => (long)c.Length - Lengths[c.Document]);
        return Bm25Scorer.ReferenceLengthOf(total, Lengths.Length) == Scorer.ReferenceLength;
    }

    /// <summary>Records a changed document's new length (its postings are replaced term by term).</summary>
    public void SetLength(int document, int length) => Lengths[document] = length;

    /// <summary>
    /// Gives the term the postings of the changed documents' new versions (none where a document lost the term).
    /// Returns the term's list; an emptied list is no longer in <see cref="Postings"/>.
    /// </summary>
    public PostingList Replace(long key, IReadOnlyList<int> changed, IReadOnlyDictionary<int, WeighedDocument> weighed, IReadOnlyList<SearchDocument> documents)
    {
        if (!Postings.TryGetValue(key, out var list)) Postings[key] = list = new PostingList();
        foreach (var document in changed)
        {
            list.RemoveDocument(document);
            var t = weighed[document].IndexOf(key);
            if (t >= 0) list.Insert(Scorer.Posting(document, weighed[document], t, documents[document].Boost));
        }
        if (list.Count == 0) Postings.Remove(key);
        return list;
    }
}
