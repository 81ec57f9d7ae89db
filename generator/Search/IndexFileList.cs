using Portal.Site;
using System.Collections;
using System.IO.Hashing;

namespace Portal.Search;

/// <summary>
/// Every file of an index, in the order of <see cref="SearchIndex.Output.Files"/>: the shards, one record per
/// document, then the whole-index files (the traditional → simplified table, the facet values, the manifest). A one-off build's records are serialised when their file is asked
/// for, not all at once: 100,000 records would hold half a gigabyte until the last one is written.
/// </summary>
internal sealed class IndexFileList : IReadOnlyList<(string Path, byte[] Bytes, ulong Hash)>
{
    private readonly IndexShards shards;
    // Either the records kept for patching, or the documents to serialise them from.
    private readonly DocumentRecords? records;
    private readonly IReadOnlyList<SearchDocument> documents;
    private readonly IReadOnlyList<(string Path, byte[] Bytes, ulong Hash)> wholeIndex;

    public IndexFileList(IndexShards shards, DocumentRecords? records, IReadOnlyList<SearchDocument> documents, IReadOnlyList<(string Path, byte[] Bytes, ulong Hash)> wholeIndex)
    {
        this.shards = shards;
        this.records = records;
        this.documents = documents;
        this.wholeIndex = wholeIndex;
    }

    public int Count => shards.Count + documents.Count + wholeIndex.Count;

    public (string Path, byte[] Bytes, ulong Hash) this[int index]
    {
        get
        {
            if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index));
            if (index < shards.Count) return ($"s/{index}.json", shards.File(index), shards.Hash(index));
            var document = index - shards.Count;
            if (document < documents.Count)
            {
                if (records is not null) return ($"d/{document}.json", records.File(document), records.Hash(document));
                var bytes = DocumentRecords.Serialise(documents[document]);
                return ($"d/{document}.json", bytes, XxHash3.HashToUInt64(bytes));
            }
            return wholeIndex[document - documents.Count];
        }
    }

    public IEnumerator<(string Path, byte[] Bytes, ulong Hash)> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
