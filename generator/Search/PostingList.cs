namespace Portal.Search;

/// <summary>
/// Postings of one term, kept sorted by document id. A growable int array rather than a List: a large site has
/// hundreds of thousands of these, and the patch path needs binary search, insertion and in-place conversion.
/// </summary>
/// <remarks>
/// A list that outgrows <see cref="ChunkSize"/> goes on in further chunks of that size instead of doubling one array:
/// at 100,000 documents the common terms' lists would otherwise be large-object arrays that leave a freed copy behind
/// at every doubling, and the spare half of the last one, about as much memory again as the postings themselves.
/// The patch path joins a chunked list into one array the first time it edits it.
/// </remarks>
internal sealed class PostingList
{
    /// <summary>Postings per chunk: 64 KB, under the large-object threshold.</summary>
    private const int ChunkSize = 16 * 1024;

    private int[] items = new int[4];
    // Full chunks after the first (items, then, is the first chunk, full too), and the one being filled; null while one array holds all.
    private List<int[]>? chunks;

    public int Count { get; private set; }

    /// <summary>Appends a posting; the caller adds documents in id order.</summary>
    public void Add(int posting)
    {
        if (chunks is not null)
        {
            var last = chunks[^1];
            var at = (Count - ChunkSize) % ChunkSize;
            if (at == 0 && Count > ChunkSize) chunks.Add(last = new int[ChunkSize]);
            last[at] = posting;
            Count++;
            return;
        }
        if (Count == items.Length)
        {
            if (Count == ChunkSize && items.Length == ChunkSize)
            {
                chunks = [new int[ChunkSize]];
                Add(posting);
                return;
            }
            // Past the chunk size only if the patch path joined and grew it: it then stays one array.
            Array.Resize(ref items, items.Length < ChunkSize ? Math.Min(items.Length * 2, ChunkSize) : items.Length * 2);
        }
        items[Count++] = posting;
    }

    /// <summary>Inserts a posting at its place in document order.</summary>
    public void Insert(int posting)
    {
        Join();
        var at = AsSpan().BinarySearch(posting);
        if (at < 0) at = ~at;
        if (Count == items.Length) Array.Resize(ref items, items.Length * 2);
        Array.Copy(items, at, items, at + 1, Count - at);
        items[at] = posting;
        Count++;
    }

    /// <summary>Removes the document's posting, if it has one.</summary>
    public void RemoveDocument(int document)
    {
        Join();
        var at = AsSpan().BinarySearch(PackedPosting.FirstOf(document));
        if (at < 0) at = ~at;
        if (at >= Count || PackedPosting.Document(items[at]) != document) return;
        Array.Copy(items, at + 1, items, at, Count - at - 1);
        Count--;
    }

    /// <summary>The postings in document order; a chunked list copies them into one new array (read, not kept).</summary>
    public ReadOnlySpan<int> AsSpan() => chunks is null ? items.AsSpan(0, Count) : Joined();

    /// <summary>Replaces every posting; the order must stay the same (the document id is kept).</summary>
    public void Convert(Func<int, int> convert)
    {
        var first = Math.Min(Count, items.Length);
        for (var i = 0; i < first; i++) items[i] = convert(items[i]);
        if (chunks is null) return;
        var left = Count - ChunkSize;
        foreach (var chunk in chunks)
        {
            var n = Math.Min(left, ChunkSize);
            for (var i = 0; i < n; i++) chunk[i] = convert(chunk[i]);
            left -= n;
        }
    }

    /// <summary>One array for a chunked list, so that the patch path can search and shift it.</summary>
    private void Join()
    {
        if (chunks is null) return;
        items = Joined();
        chunks = null;
    }

    private int[] Joined()
    {
        var joined = new int[Count];
        items.CopyTo(joined, 0);
        var at = ChunkSize;
        foreach (var chunk in chunks!)
        {
            var n = Math.Min(Count - at, ChunkSize);
            Array.Copy(chunk, 0, joined, at, n);
            at += n;
        }
        return joined;
    }
}
