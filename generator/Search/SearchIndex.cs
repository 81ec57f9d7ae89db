using Portal.Site;
using System.IO.Hashing;

namespace Portal.Search;

/// <summary>
/// Builds the static search index that theme/assets/js/search-worker.js reads: a small manifest, term postings
/// split into shards so a query fetches only the shards of its own terms, one small record file per document
/// for result display, and the documents' facet values. One instance lives through a `serve` session and
/// updates the index in place: a one-story edit re-weighs that story and re-serialises only the shards of the
/// terms it gained or lost (<see cref="IncrementalPatch"/>).
/// </summary>
/// <remarks>
/// The parts: <see cref="WeighedDocument"/> (field weights), <see cref="Bm25Scorer"/> (the stored weights),
/// <see cref="InvertedIndex"/> (postings), <see cref="ImpactPruning"/>, <see cref="ShardAssignment"/>,
/// <see cref="IndexShards"/> and <see cref="ShardJson"/> (shard files), <see cref="DocumentRecords"/>,
/// <see cref="DocumentFacets"/> and <see cref="IndexManifest"/>. Where the files go is the page tree's
/// <see cref="Site.PageTree.SearchIndexPath"/>: the search page names it before the index is written.
/// </remarks>
public sealed class SearchIndex
{
    /// <param name="Files">Every file of the index, relative to its folder, with a fingerprint of its bytes.</param>
    public sealed record Output(IReadOnlyList<(string Path, byte[] Bytes, ulong Hash)> Files);

    private static readonly byte[] SimplifiedTable = IndexManifest.SimplifiedTable();
    private static readonly ulong SimplifiedTableHash = XxHash3.HashToUInt64(SimplifiedTable);

    private static (string Path, byte[] Bytes, ulong Hash) Fixed(string path, byte[] bytes) => (path, bytes, XxHash3.HashToUInt64(bytes));

    private readonly bool previewFolder;
    // Terms are packed into longs (see TermKey); Latin terms get ids that stay valid for the life of this index.
    private readonly LatinTerms latin = new();
    // What the last update built, kept by a preview index for the next update to patch.
    private SearchDocument[] documents = [];
    private InvertedIndex? postings;
    private IndexShards? shards;
    private DocumentRecords? records;

    /// <param name="previewFolder">`serve`'s index: it keeps what a patch needs; otherwise its state is freed once written.</param>
    public SearchIndex(bool previewFolder = false) => this.previewFolder = previewFolder;

    /// <summary>How many documents the last update weighed again (all of them after a rebuild).</summary>
    public int DocumentsWeighed { get; private set; }

    /// <summary>Brings the index up to date with <paramref name="next"/> and returns every file of it.</summary>
    /// <param name="facets">The names the documents' facet numbers stand for, listed in the manifest.</param>
    public Output Update(IReadOnlyList<SearchDocument> next, SearchFacets facets)
    {
        // Only a preview index keeps what a patch needs.
        var changed = previewFolder && postings is not null ? IncrementalPatch.ChangedDocuments(documents, next) : null;
        if (changed is not null && IncrementalPatch.TryApply(postings!, shards!, records!, latin, documents, next, changed))
        {
            DocumentsWeighed = changed.Count;
        }
        else
        {
            postings = InvertedIndex.Build(next, latin);
            shards = IndexShards.Build(postings, latin, keepMembers: previewFolder);
            // A one-off build serialises each record as it is written (IndexFileList); only a preview keeps them to patch.
            records = previewFolder ? DocumentRecords.Build(next) : null;
            DocumentsWeighed = next.Count;
        }
        documents = next.ToArray();

        var files = new IndexFileList(shards!, records, documents,
            [("t2s.json", SimplifiedTable, SimplifiedTableHash), Fixed("meta.json", DocumentFacets.Serialise(documents)), Fixed("manifest.json", IndexManifest.Serialise(documents.Length, shards!.Count, facets))]);
        if (previewFolder) return new Output(files.ToArray()); // the next patch changes shards and records in place: hand out these bytes
        Forget(); // a one-off build needs no state for the next update: free it
        return new Output(files);
    }

    private void Forget()
    {
        documents = [];
        postings = null;
        shards = null;
        records = null;
    }
}
