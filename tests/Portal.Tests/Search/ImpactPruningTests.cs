using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>Common terms keep only their strongest postings in the shard files.</summary>
public sealed class ImpactPruningTests
{
    private static int[] Postings(params int[] weights) =>
        weights.Select((weight, document) => PackedPosting.Pack(document, weight, false)).ToArray();

    private static int[] Documents(ReadOnlySpan<int> postings) => postings.ToArray().Select(PackedPosting.Document).ToArray();

    [Fact]
    public void The_highest_weights_are_kept_in_document_order()
    {
        var kept = ImpactPruning.Strongest(Postings(5, 90, 7, 120, 1, 60), 3);
        Assert.Equal([1, 3, 5], Documents(kept));
    }

    [Fact]
    public void Among_equal_weights_at_the_cut_the_earliest_documents_are_kept()
    {
        var kept = ImpactPruning.Strongest(Postings(50, 80, 50, 50, 10, 50), 3);
        Assert.Equal([0, 1, 2], Documents(kept));
    }

    [Fact]
    public void The_title_bit_counts_as_the_lowest_bit_of_the_weight()
    {
        // Equal weights, but document 2's is in the title: it wins the one place left.
        var postings = new[] { PackedPosting.Pack(0, 9, false), PackedPosting.Pack(1, 30, false), PackedPosting.Pack(2, 9, true) };
        Assert.Equal([1, 2], Documents(ImpactPruning.Strongest(postings, 2)));
    }

    [Fact]
    public void A_list_within_the_limit_is_kept_whole()
    {
        var postings = Postings(3, 1, 2);
        Assert.Equal([0, 1, 2], Documents(ImpactPruning.Strongest(postings, 3)));
        var list = new PostingList();
        foreach (var posting in Postings(Enumerable.Repeat(7, ImpactPruning.MaxPostings).ToArray())) list.Add(posting);
        Assert.Equal(ImpactPruning.MaxPostings, ImpactPruning.Kept(list).Length);
    }

    [Fact]
    public void A_common_term_lists_its_strongest_postings_under_its_true_document_frequency()
    {
        var list = new PostingList();
        var count = ImpactPruning.MaxPostings + 300;
        // Weights 1..250 over and over: the strongest 1,200 are the heaviest, whatever their documents.
        for (var document = 0; document < count; document++) list.Add(PackedPosting.Pack(document, 1 + document % 250, false));
        var member = System.Text.Json.JsonDocument.Parse("{" + IndexFiles.Text(ShardJson.Member("交通", list)) + "}").RootElement.GetProperty("交通");
        var numbers = member.EnumerateArray().Select(n => n.GetInt32()).ToArray();
        Assert.Equal(count, numbers[0]); // the IDF stays the true one
        var postings = IndexFiles.Postings(numbers);
        Assert.Equal(ImpactPruning.MaxPostings, postings.Count);
        var lightestKept = postings.Min(p => p.Weight >> 1);
        var dropped = Enumerable.Range(0, count).Except(postings.Select(p => p.Document)).Select(d => 1 + d % 250).ToList();
        Assert.Equal(300, dropped.Count);
        Assert.True(dropped.Max() <= lightestKept, $"dropped weight {dropped.Max()} above kept {lightestKept}");
        Assert.Equal(postings.Select(p => p.Document).Order(), postings.Select(p => p.Document)); // still in document order
    }
}
