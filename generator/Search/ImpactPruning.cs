namespace Portal.Search;

/// <summary>
/// Impact pruning: a term keeps only its <see cref="MaxPostings"/> strongest postings in the shard file, so a
/// phone never downloads a 10,000-entry list for 交通; such common terms hardly change the ranking anyway.
/// The shard still states the term's full document frequency, so its IDF is the true one.
/// </summary>
internal static class ImpactPruning
{
    public const int MaxPostings = 1200;

    /// <summary>The postings a shard file lists for the term: all of them, or the strongest if there are too many.</summary>
    public static ReadOnlySpan<int> Kept(PostingList list) =>
        list.Count > MaxPostings ? Strongest(list.AsSpan(), MaxPostings) : list.AsSpan();

    /// <summary>
    /// The <paramref name="limit"/> highest weights (the earliest documents among equal ones), in document order.
    /// Weights are 9-bit, so a histogram finds the cut in one pass instead of a sort.
    /// </summary>
    public static ReadOnlySpan<int> Strongest(ReadOnlySpan<int> postings, int limit)
    {
        if (postings.Length <= limit) return postings;
        Span<int> histogram = stackalloc int[PackedPosting.WeightMask + 1];
        histogram.Clear();
        foreach (var posting in postings) histogram[PackedPosting.StoredWeight(posting)]++;
        var cut = PackedPosting.WeightMask;
        var above = 0;
        while (above + histogram[cut] < limit)
        {
            above += histogram[cut];
            cut--;
        }
        var atCut = limit - above; // how many postings of exactly the cut weight are kept
        var kept = new int[limit];
        var n = 0;
        foreach (var posting in postings)
        {
            var weight = PackedPosting.StoredWeight(posting);
            if (weight > cut || (weight == cut && atCut-- > 0)) kept[n++] = posting;
        }
        return kept;
    }
}
