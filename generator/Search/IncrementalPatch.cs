using Portal.Site;

namespace Portal.Search;

/// <summary>
/// The `serve` path: after an edit to a few documents, re-weighs only those and re-serialises only the shards
/// of the terms whose postings moved, instead of rebuilding the index. The result must be byte for byte the
/// index a full build of the same documents makes, so the patch gives up (and the caller rebuilds) whenever the
/// edit reaches the whole index: documents added, removed or reordered, another BM25 reference length, or
/// another shard count.
/// </summary>
internal static class IncrementalPatch
{
    /// <summary>Above this many changed documents, rebuilding the postings is as cheap as patching them.</summary>
    public const int MaxPatchedDocuments = 64;

    /// <summary>Ids of the documents that differ, or null when ids moved (added, removed or reordered documents) or too many differ.</summary>
    public static List<int>? ChangedDocuments(IReadOnlyList<SearchDocument> previous, IReadOnlyList<SearchDocument> next)
    {
        if (next.Count != previous.Count || next.Count == 0) return null;
        var changed = new List<int>();
        for (var i = 0; i < next.Count; i++)
        {
            if (next[i].ValueFingerprint() == previous[i].ValueFingerprint()) continue;
            changed.Add(i);
            if (changed.Count > MaxPatchedDocuments) return null;
        }
        return changed;
    }

    /// <summary>
    /// Replaces the postings, shards and records of the <paramref name="changed"/> documents. Returns false,
    /// having changed nothing, when the result would differ from a full build's.
    /// </summary>
    /// <param name="shards">Built with their members kept.</param>
    public static bool TryApply(
        InvertedIndex index, IndexShards shards, DocumentRecords records, LatinTerms latin,
        IReadOnlyList<SearchDocument> previous, IReadOnlyList<SearchDocument> next, List<int> changed)
    {
        var fresh = changed.ToDictionary(i => i, i => WeighedDocument.Of(next[i], latin));
        // The old weights are not kept (see InvertedIndex.Build): weighing the old version of a few documents again is cheap.
        var old = changed.ToDictionary(i => i, i => WeighedDocument.Of(previous[i], latin));
        if (!index.KeepsReferenceLength(changed.Select(i => (i, fresh[i].Length)))) return false;

        var touched = TouchedTerms(index.Scorer, changed, old, fresh, previous, next)
            .ToDictionary(key => key, key => TermKey.ToText(key, latin));
        var bytes = shards.EstimatedBytes;
        foreach (var (key, term) in touched)
        {
            var before = index.Postings.TryGetValue(key, out var list) ? list.Count : 0;
            var removed = changed.Count(i => old[i].Contains(key));
            var added = changed.Count(i => fresh[i].Contains(key));
            bytes += ShardAssignment.EstimatedBytes(term, before - removed + added) - ShardAssignment.EstimatedBytes(term, before);
        }
        if (ShardAssignment.ShardCount(bytes) != shards.Count) return false;

        var touchedShards = new HashSet<int>();
        foreach (var (key, term) in touched) touchedShards.Add(shards.Set(key, term, index.Replace(key, changed, fresh, next)));
        foreach (var i in changed)
        {
            index.SetLength(i, fresh[i].Length);
            records.Set(i, next[i]);
        }
        shards.EstimatedBytes = bytes;
        foreach (var shard in touchedShards) shards.Serialise(shard);
        return true;
    }

    /// <summary>Terms whose posting for a changed document moved: an added paragraph leaves most weights as they were.</summary>
    private static HashSet<long> TouchedTerms(
        Bm25Scorer scorer, List<int> changed, Dictionary<int, WeighedDocument> old, Dictionary<int, WeighedDocument> fresh,
        IReadOnlyList<SearchDocument> previous, IReadOnlyList<SearchDocument> next)
    {
        var touched = new HashSet<long>();
        foreach (var i in changed)
        {
            var (before, after) = (old[i], fresh[i]);
            for (var t = 0; t < before.Keys.Length; t++)
            {
                var a = after.IndexOf(before.Keys[t]);
                if (a < 0 || scorer.Posting(i, after, a, next[i].Boost) != scorer.Posting(i, before, t, previous[i].Boost)) touched.Add(before.Keys[t]);
            }
            foreach (var key in after.Keys)
            {
                if (!before.Contains(key)) touched.Add(key);
            }
        }
        return touched;
    }
}
