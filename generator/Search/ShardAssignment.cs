namespace Portal.Search;

/// <summary>
/// Which shard file holds a term, and how many shards an index has. A query fetches only the shards of its own
/// terms, so shards are sized to a few kilobytes; the assignment is a hash the browser computes the same way.
/// </summary>
internal static class ShardAssignment
{
    public const int MinShards = 16;
    public const int MaxShards = 16384;
    /// <summary>Estimated bytes a shard aims to stay under: one round trip's worth on a slow phone connection.</summary>
    public const int TargetShardBytes = 6000;

    /// <summary>FNV-1a over UTF-16 code units; search-worker.js (shardOf) computes the same to find a term's shard.</summary>
    public static int ShardOf(string term, int shardCount)
    {
        var h = 2166136261u;
        foreach (var c in term)
        {
            h ^= c;
            h *= 16777619u;
        }
        return (int)(h % (uint)shardCount);
    }

    /// <summary>The smallest power of two (at least <see cref="MinShards"/>) that keeps shards near the target size.</summary>
    public static int ShardCount(long totalBytes)
    {
        var shardCount = MinShards;
        while (shardCount < MaxShards && totalBytes / shardCount > TargetShardBytes) shardCount *= 2;
        return shardCount;
    }

    /// <summary>
    /// A term's estimated share of the shard files (UTF-8 text of a Chinese term, about 5 bytes a posting kept).
    /// An estimate, not the real size, so that the shard count can be checked before a patch serialises anything.
    /// </summary>
    public static long EstimatedBytes(string term, int postingCount) =>
        postingCount == 0 ? 0 : term.Length * 3 + Math.Min(postingCount, ImpactPruning.MaxPostings) * 5L;
}
