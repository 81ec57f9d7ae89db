using Portal.Site;
using System.IO.Hashing;
using System.Text.Json;

namespace Portal.Search;

/// <summary>
/// The record files, d/{id}.json: what a result shows (address, title, kind, date, summary, the text excerpts
/// are cut from). One small file per document, so a results page fetches only the ten records it shows.
/// </summary>
internal sealed class DocumentRecords
{
    /// <summary>
    /// Excerpts show a passage around the first match; a longer text is cut to keep record files small. The cut
    /// belongs to the record format, so it is made here, whoever made the documents.
    /// </summary>
    public const int MaxTextLength = 1500;

    private readonly byte[][] files;
    // Fingerprints of the files, kept so that an update does not hash thousands of unchanged files again.
    private readonly ulong[] hashes;

    private DocumentRecords(int count)
    {
        files = new byte[count][];
        hashes = new ulong[count];
    }

    public int Count => files.Length;

    public byte[] File(int document) => files[document];

    public ulong Hash(int document) => hashes[document];

    public static DocumentRecords Build(IReadOnlyList<SearchDocument> documents)
    {
        var records = new DocumentRecords(documents.Count);
        Parallel.For(0, documents.Count, document => records.Set(document, documents[document]));
        return records;
    }

    /// <summary>Replaces one document's record.</summary>
    public void Set(int document, SearchDocument source)
    {
        files[document] = Serialise(source);
        hashes[document] = XxHash3.HashToUInt64(files[document]);
    }

    /// <summary>{"u": address, "t": title, "k": kind, "d": date, "s": summary, "x": text}; date and summary only when present.</summary>
    public static byte[] Serialise(SearchDocument document)
    {
        var text = document.FullText();
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        var record = new Dictionary<string, object?> { ["u"] = document.Url, ["t"] = document.Title, ["k"] = document.Kind };
        if (document.Date is not null) record["d"] = document.Date;
        if (document.Summary.Length > 0) record["s"] = document.Summary;
        record["x"] = text;
        return JsonSerializer.SerializeToUtf8Bytes(record, IndexJson.Options);
    }
}
