using System.IO.Hashing;

namespace Portal.Search;

/// <summary>
/// The shard files of an index: which terms each holds, in ordinal order, and the serialised files with their
/// fingerprints. An index kept for patching also keeps each term's serialised member, so an update
/// re-serialises only the terms it touched and joins the shards they are in.
/// </summary>
internal sealed class IndexShards
{
    private readonly List<(string Term, long Key)>[] terms;
    private readonly byte[][] files;
    // Fingerprints of the files, kept so that an update does not hash thousands of unchanged files again.
    private readonly ulong[] hashes;
    // Each term's member of its shard file; only kept when the index will be patched (empty otherwise).
    private readonly Dictionary<long, byte[]> members;

    private IndexShards(List<(string Term, long Key)>[] terms, Dictionary<long, byte[]> members, long estimatedBytes)
    {
        this.terms = terms;
        this.members = members;
        files = new byte[terms.Length][];
        hashes = new ulong[terms.Length];
        EstimatedBytes = estimatedBytes;
    }

    public int Count => files.Length;

    /// <summary>
    /// The size estimate the shard count was chosen from (<see cref="ShardAssignment.EstimatedBytes"/>); a patch
    /// keeps it up to date, so that it can tell when an edit would need another shard count.
    /// </summary>
    public long EstimatedBytes { get; set; }

    public byte[] File(int shard) => files[shard];

    public ulong Hash(int shard) => hashes[shard];

    /// <summary>Assigns every term of the index to its shard and serialises all shards.</summary>
    /// <param name="keepMembers">Keep each term's serialised member, which <see cref="Set"/> needs.</param>
    public static IndexShards Build(InvertedIndex index, LatinTerms latin, bool keepMembers)
    {
        var postings = index.Postings;
        var all = postings.Keys.Select(key => (Key: key, Term: TermKey.ToText(key, latin))).ToList();
        var estimatedBytes = all.Sum(t => ShardAssignment.EstimatedBytes(t.Term, postings[t.Key].Count));
        var shardCount = ShardAssignment.ShardCount(estimatedBytes);
        var terms = new List<(string Term, long Key)>[shardCount];
        for (var s = 0; s < shardCount; s++) terms[s] = [];
        foreach (var (key, term) in all) terms[ShardAssignment.ShardOf(term, shardCount)].Add((term, key));

        var shards = new IndexShards(terms, new Dictionary<long, byte[]>(), estimatedBytes);
        var kept = new Dictionary<long, byte[]>[shardCount];
        Parallel.For(0, shardCount, s =>
        {
            terms[s].Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
            var shardMembers = new Dictionary<long, byte[]>(terms[s].Count);
            foreach (var (term, key) in terms[s]) shardMembers[key] = ShardJson.Member(term, postings[key]);
            shards.Serialise(s, shardMembers);
            if (keepMembers) kept[s] = shardMembers;
        });
        if (keepMembers)
        {
            foreach (var shard in kept)
                foreach (var (key, member) in shard) shards.members[key] = member;
        }
        return shards;
    }

    /// <summary>
    /// Gives a term its new postings (an empty list removes it) and returns its shard, which must then be
    /// <see cref="Serialise(int)"/>d. Only for shards built with their members kept.
    /// </summary>
    public int Set(long key, string term, PostingList list)
    {
        var shard = ShardAssignment.ShardOf(term, Count);
        var at = terms[shard].BinarySearch((term, key), TermOrder.Instance);
        if (list.Count == 0)
        {
            members.Remove(key);
            if (at >= 0) terms[shard].RemoveAt(at);
            return shard;
        }
        if (at < 0) terms[shard].Insert(~at, (term, key));
        members[key] = ShardJson.Member(term, list);
        return shard;
    }

    /// <summary>Joins a shard's members into its file again, after <see cref="Set"/> changed some of them.</summary>
    public void Serialise(int shard) => Serialise(shard, members);

    private void Serialise(int shard, Dictionary<long, byte[]> shardMembers)
    {
        files[shard] = ShardJson.Shard(terms[shard], shardMembers);
        hashes[shard] = XxHash3.HashToUInt64(files[shard]);
    }

    /// <summary>Shard terms in ordinal order of their text (the key only breaks ties, which cannot happen).</summary>
    private sealed class TermOrder : IComparer<(string Term, long Key)>
    {
        public static readonly TermOrder Instance = new();

        public int Compare((string Term, long Key) a, (string Term, long Key) b) =>
            string.CompareOrdinal(a.Term, b.Term) is var c && c != 0 ? c : a.Key.CompareTo(b.Key);
    }
}
