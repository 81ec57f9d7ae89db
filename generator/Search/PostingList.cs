namespace Portal.Search;

/// <summary>
/// Postings of one term, kept sorted by document id. A growable int array rather than a List: a large site has
/// hundreds of thousands of these, and the patch path needs binary search, insertion and in-place conversion.
/// </summary>
internal sealed class PostingList
{
    private int[] items = new int[4];

    public int Count { get; private set; }

    /// <summary>Appends a posting; the caller adds documents in id order.</summary>
    public void Add(int posting)
    {
        if (Count == items.Length) Array.Resize(ref items, items.Length * 2);
        items[Count++] = posting;
    }

    /// <summary>Inserts a posting at its place in document order.</summary>
    public void Insert(int posting)
    {
        var at = AsSpan().BinarySearch(posting);
        if (at < 0) at = ~at;
        Add(0);
        Array.Copy(items, at, items, at + 1, Count - 1 - at);
        items[at] = posting;
    }

    /// <summary>Removes the document's posting, if it has one.</summary>
    public void RemoveDocument(int document)
    {
        var at = AsSpan().BinarySearch(PackedPosting.FirstOf(document));
        if (at < 0) at = ~at;
        if (at >= Count || PackedPosting.Document(items[at]) != document) return;
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
