using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>One term's postings: packed, sorted by document, patched in place.</summary>
public sealed class PostingListTests
{
    private static List<(int Document, int Value, bool InTitle)> Unpacked(PostingList list) =>
        list.AsSpan().ToArray().Select(p => (PackedPosting.Document(p), PackedPosting.Value(p), PackedPosting.InTitle(p))).ToList();

    [Fact]
    public void A_packed_posting_keeps_document_weight_and_title_bit_apart()
    {
        var posting = PackedPosting.Pack(70_000, 255, true);
        Assert.Equal(70_000, PackedPosting.Document(posting));
        Assert.Equal(255, PackedPosting.Value(posting));
        Assert.True(PackedPosting.InTitle(posting));
        Assert.Equal(511, PackedPosting.StoredWeight(posting));
        Assert.Equal(2 * 17, PackedPosting.StoredWeight(PackedPosting.Pack(3, 17, false)));
        // Postings sort by document first, whatever their weights.
        Assert.True(PackedPosting.Pack(4, 1, false) > PackedPosting.Pack(3, 255, true));
    }

    [Fact]
    public void Insert_and_remove_keep_document_order()
    {
        var list = new PostingList();
        foreach (var document in new[] { 1, 4, 9 }) list.Add(PackedPosting.Pack(document, 10, false));
        list.Insert(PackedPosting.Pack(5, 200, true));
        list.Insert(PackedPosting.Pack(0, 3, false));
        list.Insert(PackedPosting.Pack(12, 7, false));
        Assert.Equal([(0, 3, false), (1, 10, false), (4, 10, false), (5, 200, true), (9, 10, false), (12, 7, false)], Unpacked(list));

        list.RemoveDocument(5);
        list.RemoveDocument(0);
        list.RemoveDocument(12);
        list.RemoveDocument(7); // has no posting: nothing changes
        Assert.Equal([(1, 10, false), (4, 10, false), (9, 10, false)], Unpacked(list));
        Assert.Equal(3, list.Count);
    }

    [Fact]
    public void Growing_past_its_capacity_keeps_every_posting()
    {
        var list = new PostingList();
        for (var document = 0; document < 1000; document++) list.Add(PackedPosting.Pack(document, document % 256, false));
        Assert.Equal(1000, list.Count);
        Assert.Equal(Enumerable.Range(0, 1000), Unpacked(list).Select(p => p.Document));
    }

    [Fact]
    public void Convert_replaces_every_posting_in_place()
    {
        var list = new PostingList();
        for (var document = 0; document < 5; document++) list.Add(PackedPosting.Pack(document, 1, false));
        list.Convert(p => PackedPosting.Pack(PackedPosting.Document(p), 10 + PackedPosting.Document(p), true));
        Assert.Equal([10, 11, 12, 13, 14], Unpacked(list).Select(p => p.Value));
        Assert.All(Unpacked(list), p => Assert.True(p.InTitle));
    }

    [Fact]
    public void A_list_of_several_chunks_converts_and_patches_like_one_array()
    {
        // 40,000 postings: more than two 16,384-posting chunks.
        const int count = 40_000;
        var list = new PostingList();
        for (var document = 0; document < count; document += 1) list.Add(PackedPosting.Pack(document * 2, 1, false));
        Assert.Equal(count, list.Count);
        list.Convert(p => PackedPosting.Pack(PackedPosting.Document(p), PackedPosting.Document(p) % 200, false));
        Assert.Equal(Enumerable.Range(0, count).Select(d => (d * 2, d * 2 % 200, false)), Unpacked(list));

        list.Insert(PackedPosting.Pack(33_333, 9, true)); // odd: between two postings of the second chunk
        list.RemoveDocument(0);
        list.Add(PackedPosting.Pack(count * 2, 5, false));
        var expected = Enumerable.Range(1, count - 1).Select(d => (d * 2, d * 2 % 200, false))
            .Append((33_333, 9, true)).Append((count * 2, 5, false)).OrderBy(p => p.Item1);
        Assert.Equal(expected, Unpacked(list));
        Assert.Equal(count + 1, list.Count);
    }
}
