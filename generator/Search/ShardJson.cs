using System.Text.Json;

namespace Portal.Search;

/// <summary>
/// The shard file format: {"term":[df, docDelta, weight, docDelta, weight, …], …}, terms in ordinal order.
/// Document ids are delta-coded, and weight is the posting's 9 stored bits (see <see cref="PackedPosting"/>).
/// Each term's member is serialised on its own so that a patch re-serialises only the terms it touched.
/// </summary>
internal static class ShardJson
{
    /// <summary>One term's member of its shard object: "term":[df, docDelta, weight, …], strongest postings only.</summary>
    public static byte[] Member(string term, PostingList list)
    {
        using var stream = new MemoryStream();
        // A member without its object around it: validation would refuse that, the bytes are the same.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = IndexJson.Options.Encoder, SkipValidation = true }))
        {
            var kept = ImpactPruning.Kept(list);
            json.WriteStartArray(term);
            json.WriteNumberValue(list.Count);
            var previous = 0;
            foreach (var posting in kept)
            {
                var document = PackedPosting.Document(posting);
                json.WriteNumberValue(document - previous);
                json.WriteNumberValue(PackedPosting.StoredWeight(posting));
                previous = document;
            }
            json.WriteEndArray();
        }
        return stream.ToArray();
    }

    /// <summary>A shard file: the members of <paramref name="terms"/>, in the order given, joined into one object.</summary>
    public static byte[] Shard(List<(string Term, long Key)> terms, Dictionary<long, byte[]> members)
    {
        var length = 2 + Math.Max(0, terms.Count - 1);
        foreach (var (_, key) in terms) length += members[key].Length;
        var json = new byte[length];
        json[0] = (byte)'{';
        var at = 1;
        foreach (var (_, key) in terms)
        {
            if (at > 1) json[at++] = (byte)',';
            members[key].CopyTo(json, at);
            at += members[key].Length;
        }
        json[at] = (byte)'}';
        return json;
    }
}
