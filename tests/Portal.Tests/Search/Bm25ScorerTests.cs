using Portal.Site;
using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>The stored weight of a posting: BM25 saturation, length normalisation, boost, quantisation.</summary>
public sealed class Bm25ScorerTests
{
    private static int Weight(int posting) => PackedPosting.Value(posting);

    [Fact]
    public void A_document_of_reference_length_stores_its_quantised_BM25_component()
    {
        var scorer = new Bm25Scorer(100);
        // tf 1 at the reference length: 1 × 2.2 / (1 + 1.2) / 2.2 = 0.4545…; at the largest boost × 255 = 115.9 → 116.
        Assert.Equal(116, Weight(scorer.Posting(0, 1, false, 100, Bm25Scorer.MaxBoost)));
        // Boost 1 is half the largest boost: 57.95 → 58.
        Assert.Equal(58, Weight(scorer.Posting(0, 1, false, 100, 1.0)));
    }

    [Fact]
    public void Frequency_saturates_and_is_capped_at_255()
    {
        var scorer = new Bm25Scorer(100);
        var weights = new[] { 1, 2, 4, 30, 255 }.Select(tf => Weight(scorer.Posting(0, tf, false, 100, Bm25Scorer.MaxBoost))).ToList();
        Assert.Equal([116, 159, 196, 245, 254], weights);
        // Beyond 255 nothing changes: the frequency has to fit in a raw posting anyway.
        Assert.Equal(254, Weight(scorer.Posting(0, 10_000, false, 100, Bm25Scorer.MaxBoost)));
    }

    [Fact]
    public void A_longer_document_with_the_same_frequency_weighs_less()
    {
        var scorer = new Bm25Scorer(100);
        var shorter = Weight(scorer.Posting(0, 3, false, 50, 1.0));
        var average = Weight(scorer.Posting(0, 3, false, 100, 1.0));
        var longer = Weight(scorer.Posting(0, 3, false, 400, 1.0));
        Assert.True(shorter > average && average > longer, $"{shorter} > {average} > {longer}");
        // norm = 1.2 × (0.25 + 0.75 × 4) = 3.9: 3 × 2.2 / 6.9 / 2.2 / 2 × 255 = 55.4 → 55.
        Assert.Equal(55, longer);
    }

    [Fact]
    public void Every_posting_weighs_at_least_one_and_keeps_its_document_and_title_bit()
    {
        var scorer = new Bm25Scorer(10);
        var posting = scorer.Posting(1234, 1, true, 1_000_000, 0.01);
        Assert.Equal(1, Weight(posting));
        Assert.Equal(1234, PackedPosting.Document(posting));
        Assert.True(PackedPosting.InTitle(posting));
        Assert.False(PackedPosting.InTitle(scorer.Posting(1234, 1, false, 10, 1.0)));
    }

    [Fact]
    public void The_reference_length_moves_in_steps_so_one_edit_rarely_changes_it()
    {
        // Average 100: 2^(round(log2(100) × 8) / 8) = 2^(53/8) = 98.70.
        Assert.Equal(98.70, Bm25Scorer.ReferenceLengthOf(100 * 50, 50), 2);
        // One of 50 documents growing by 20 characters leaves it as it was.
        Assert.Equal(Bm25Scorer.ReferenceLengthOf(100 * 50, 50), Bm25Scorer.ReferenceLengthOf(100 * 50 + 20, 50));
        // Doubling every document moves it exactly one octave.
        Assert.Equal(2 * Bm25Scorer.ReferenceLengthOf(100 * 50, 50), Bm25Scorer.ReferenceLengthOf(200 * 50, 50), 9);
        // No documents: a length of 1, not a division by zero.
        Assert.Equal(1.0, Bm25Scorer.ReferenceLengthOf(0, 0));
    }

    [Fact]
    public void In_a_built_index_a_title_hit_outranks_a_body_hit()
    {
        var documents = new List<SearchDocument>
        {
            IndexFiles.Document(0, title: "信用修复办理指南", body: "办理流程和所需材料见下文，各地窗口统一受理。"),
            IndexFiles.Document(1, title: "窗口服务办理指南", body: "办理流程和所需材料见下文，信用修复统一受理。"),
        };
        var output = new SearchIndex().Update(documents, IndexFiles.Facets);
        var postings = IndexFiles.Postings(IndexFiles.Terms(output)["信用"]);
        Assert.Equal([0, 1], postings.Select(p => p.Document));
        var (title, body) = (postings[0].Weight, postings[1].Weight);
        Assert.Equal(1, title & 1); // the in-title bit the page boosts
        Assert.Equal(0, body & 1);
        Assert.True(title >> 1 > body >> 1, $"title hit {title >> 1}, body hit {body >> 1}");
    }
}
