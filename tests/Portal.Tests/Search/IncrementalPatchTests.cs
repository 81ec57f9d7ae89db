using Portal.Site;
using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>
/// `serve` patches its index after an edit: the patched files must be byte for byte those of an index built
/// from scratch from the edited documents, and the patch must really be taken (only the edited documents weighed).
/// </summary>
public sealed class IncrementalPatchTests
{
    /// <summary>
    /// Builds a preview index of <paramref name="documents"/>, updates it with <paramref name="edit"/> applied and
    /// compares the files with a fresh build of the edited documents. Returns the updated index and its output.
    /// </summary>
    private static (SearchIndex Live, SearchIndex.Output Output) PatchAndCompare(
        List<SearchDocument> documents, Action<List<SearchDocument>> edit, int expectWeighed)
    {
        var live = new SearchIndex(previewFolder: true);
        live.Update(documents, IndexFiles.Facets);
        var edited = documents.ToList();
        edit(edited);
        var output = live.Update(edited, IndexFiles.Facets);
        var patched = IndexFiles.ByPath(output);
        Assert.Equal(expectWeighed, live.DocumentsWeighed);

        var rebuilt = IndexFiles.ByPath(new SearchIndex(previewFolder: true).Update(edited, IndexFiles.Facets));
        Assert.Equal(rebuilt.Keys, patched.Keys);
        var different = rebuilt.Keys.Where(path => !rebuilt[path].AsSpan().SequenceEqual(patched[path])).ToList();
        Assert.True(different.Count == 0, "patched files differ from a full build: " + string.Join(", ", different));
        return (live, output);
    }

    [Fact]
    public void A_body_edit_patches_to_the_index_a_full_build_makes()
    {
        var documents = IndexFiles.Documents();
        var before = new SearchIndex(previewFolder: true).Update(documents, IndexFiles.Facets);
        var (_, after) = PatchAndCompare(documents, d => d[7] = d[7] with { Body = d[7].Body + "\n新增一段正文：会议要求持续抓好落实。" }, expectWeighed: 1);
        // The edit did reach the index: the new words are found, in the edited document only.
        Assert.False(IndexFiles.Terms(before).ContainsKey("落实"));
        Assert.Equal([7], IndexFiles.Postings(IndexFiles.Terms(after)["落实"]).Select(p => p.Document));
    }

    [Fact]
    public void Terms_a_document_gains_and_loses_are_added_to_and_removed_from_their_shards()
    {
        var documents = IndexFiles.Documents();
        documents[3] = documents[3] with { Body = documents[3].Body + " 鳏寡孤独" }; // a term no other document has
        PatchAndCompare(documents, d => d[3] = d[3] with { Body = d[3].Body.Replace(" 鳏寡孤独", " 魑魅魍魉 x9000") }, expectWeighed: 1);
    }

    [Fact]
    public void Title_summary_and_facet_edits_of_several_documents_patch_too()
    {
        PatchAndCompare(IndexFiles.Documents(), d =>
        {
            d[0] = d[0] with { Title = "改过标题的" + d[0].Title };
            d[12] = d[12] with { Summary = "新的摘要", Tasks = [3], Year = 2026 };
            d[39] = d[39] with { Headings = ["新的小标题"], Boost = 1.5 };
        }, expectWeighed: 3);
    }

    [Fact]
    public void Editing_back_and_forth_keeps_matching_a_full_build()
    {
        var documents = IndexFiles.Documents();
        var (live, _) = PatchAndCompare(documents, d => d[5] = d[5] with { Body = d[5].Body + "。补充说明。" }, expectWeighed: 1);
        // The same instance patched a second time, back to the original text.
        var patched = IndexFiles.ByPath(live.Update(documents, IndexFiles.Facets));
        Assert.Equal(1, live.DocumentsWeighed);
        var rebuilt = IndexFiles.ByPath(new SearchIndex(previewFolder: true).Update(documents, IndexFiles.Facets));
        Assert.Equal(rebuilt.Keys, patched.Keys);
        Assert.All(rebuilt.Keys, path => Assert.True(rebuilt[path].AsSpan().SequenceEqual(patched[path]), path));
    }

    [Fact]
    public void An_edit_that_moves_the_reference_length_rebuilds_instead()
    {
        // Doubling one of four documents moves the average by more than the 9 % step: every weight changes.
        var documents = IndexFiles.Documents(4);
        PatchAndCompare(documents, d => d[2] = d[2] with { Body = string.Concat(Enumerable.Repeat(d[2].Body, 6)) }, expectWeighed: 4);
    }

    [Fact]
    public void An_edit_that_needs_more_shards_rebuilds_instead()
    {
        // A site whose estimated shard bytes are just under what 16 shards hold: as many documents as fit,
        // and one more cut to the length that fills the rest.
        var limit = 16L * ShardAssignment.TargetShardBytes;
        var varied = IndexFiles.Varied(200);
        // Estimates only grow with more documents and longer text, so binary searches find both.
        var fitting = Largest(1, varied.Count, n => Estimate(varied.Take(n).ToList()).Bytes < limit);
        List<SearchDocument> WithLast(int length) => varied.Take(fitting).Append(varied[fitting] with { Body = varied[fitting].Body[..length] }).ToList();
        var documents = WithLast(Largest(0, varied[fitting].Body.Length, k => Estimate(WithLast(k)).Bytes < limit));
        Assert.InRange(limit - Estimate(documents).Bytes, 1, 200);
        // Thirty characters no other document has add some 500 estimated bytes, but hardly change the average length.
        var added = new string(Enumerable.Range(0, 30).Select(k => (char)(0x7000 + k)).ToArray());
        var edited = documents.Select((d, i) => i == 0 ? d with { Body = d.Body + added } : d).ToList();
        Assert.Equal(Estimate(documents).ReferenceLength, Estimate(edited).ReferenceLength);

        var (_, output) = PatchAndCompare(documents, d => d[0] = edited[0], expectWeighed: documents.Count);
        Assert.Equal(16, IndexFiles.Json(new SearchIndex().Update(documents, IndexFiles.Facets), "manifest.json").GetProperty("shards").GetInt32());
        Assert.Equal(32, IndexFiles.Json(output, "manifest.json").GetProperty("shards").GetInt32());
    }

    /// <summary>The largest value in [low, high] that <paramref name="fits"/>, which holds up to some value and not after; low must fit.</summary>
    private static int Largest(int low, int high, Func<int, bool> fits)
    {
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (fits(middle)) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    private static (long Bytes, double ReferenceLength) Estimate(List<SearchDocument> documents)
    {
        var latin = new LatinTerms();
        var index = InvertedIndex.Build(documents, latin);
        return (IndexShards.Build(index, latin, keepMembers: false).EstimatedBytes, index.Scorer.ReferenceLength);
    }

    [Fact]
    public void Added_removed_or_too_many_changed_documents_are_not_patched()
    {
        var documents = IndexFiles.Documents(100);
        Assert.Null(IncrementalPatch.ChangedDocuments(documents, documents.Append(IndexFiles.Document(100)).ToList()));
        Assert.Null(IncrementalPatch.ChangedDocuments(documents, documents.Skip(1).ToList()));
        Assert.Null(IncrementalPatch.ChangedDocuments(documents, documents.Select((d, i) => i <= IncrementalPatch.MaxPatchedDocuments ? d with { Body = "改" } : d).ToList()));
        Assert.Equal([4, 50], IncrementalPatch.ChangedDocuments(documents, documents.Select((d, i) => i is 4 or 50 ? d with { Meta = "改" } : d).ToList()));
        Assert.Equal([], IncrementalPatch.ChangedDocuments(documents, documents.Select(d => d with { }).ToList())); // copies, equal values
        // A new story moves ids: the index is rebuilt, and still equals a full build.
        PatchAndCompare(documents, d => d.Insert(0, IndexFiles.Document(100)), expectWeighed: 101);
    }

    [Fact]
    public void A_build_index_never_patches()
    {
        var documents = IndexFiles.Documents();
        var index = new SearchIndex();
        var first = index.Update(documents, IndexFiles.Facets);
        var edited = documents.Select((d, i) => i == 1 ? d with { Body = d.Body + "补充。" } : d).ToList();
        var second = index.Update(edited, IndexFiles.Facets);
        Assert.Equal(documents.Count, index.DocumentsWeighed);
        Assert.Equal(IndexFiles.ByPath(new SearchIndex().Update(edited, IndexFiles.Facets)), IndexFiles.ByPath(second));
    }
}
