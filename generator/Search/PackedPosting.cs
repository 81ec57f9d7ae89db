namespace Portal.Search;

/// <summary>
/// One posting packed into an int: document id &lt;&lt; 9 | weight &lt;&lt; 1 | in-title bit. Packed, a term's
/// postings sort by document as plain ints and a large site's postings stay small; the low 9 bits are written
/// to the shard files as they are (search-worker.js reads weight &gt;&gt; 1 and weight &amp; 1).
/// </summary>
/// <remarks>
/// While a full build weighs documents, the same layout holds the raw field-weighted term frequency in place of
/// the weight (<see cref="InvertedIndex"/>), so postings are held once and converted in place.
/// </remarks>
internal static class PackedPosting
{
    /// <summary>Bits under the document id: 8 of weight and the in-title bit.</summary>
    public const int DocumentShift = 9;
    public const int WeightMask = (1 << DocumentShift) - 1;
    /// <summary>Largest value the 8 weight bits hold.</summary>
    public const int MaxValue = 255;

    public static int Pack(int document, int value, bool inTitle) => document << DocumentShift | value << 1 | (inTitle ? 1 : 0);

    public static int Document(int posting) => posting >> DocumentShift;

    /// <summary>The 9 bits the shard file stores: value &lt;&lt; 1 | in-title bit.</summary>
    public static int StoredWeight(int posting) => posting & WeightMask;

    public static int Value(int posting) => (posting >> 1) & MaxValue;

    public static bool InTitle(int posting) => (posting & 1) != 0;

    /// <summary>The smallest posting a document can have: where a binary search for the document starts.</summary>
    public static int FirstOf(int document) => document << DocumentShift;
}
