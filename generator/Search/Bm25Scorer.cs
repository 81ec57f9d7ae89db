namespace Portal.Search;

/// <summary>
/// The BM25 term-frequency component of a posting, computed at build time and quantised to 1–255, so the browser
/// needs no document lengths: it multiplies the stored weight by the term's IDF and the manifest's k1 and scale.
/// The field weights (the F of BM25F) are already in the frequency (<see cref="WeighedDocument"/>).
/// </summary>
/// <param name="referenceLength">The document length that normalisation compares against (<see cref="ReferenceLengthOf"/>).</param>
internal readonly struct Bm25Scorer(double referenceLength)
{
    public const double K1 = 1.2;
    public const double B = 0.75;
    /// <summary>Largest document boost; stored weights are scaled by it so boosted postings still fit in 0–255.</summary>
    public const double MaxBoost = 2.0;

    public double ReferenceLength => referenceLength;

    /// <summary>
    /// The document length BM25 normalises against: the average, rounded to a step of 2^(1/8) (≈ 9 %), so one
    /// edited story in a large site leaves it (and so every other posting's weight) unchanged.
    /// </summary>
    public static double ReferenceLengthOf(long totalLength, int count)
    {
        var average = Math.Max(1.0, (double)totalLength / Math.Max(1, count));
        return Math.Pow(2, Math.Round(Math.Log2(average) * 8) / 8);
    }

    /// <summary>The posting of term <paramref name="t"/> of a weighed document.</summary>
    public int Posting(int document, WeighedDocument weighed, int t, double boost) =>
        Posting(document, weighed.Frequencies[t], weighed.InTitle[t], weighed.Length, boost);

    /// <summary>A packed posting (<see cref="PackedPosting"/>) with the quantised, boosted, length-normalised weight.</summary>
    public int Posting(int document, int frequency, bool inTitle, int length, double boost)
    {
        frequency = Math.Min(frequency, PackedPosting.MaxValue);
        var norm = K1 * (1 - B + B * length / referenceLength);
        // The boost applies after saturation, where it still separates a task page from a story.
        var component = frequency * (K1 + 1) / (frequency + norm) / (K1 + 1) * boost / MaxBoost;
        var quantised = Math.Clamp((int)Math.Round(component * 255), 1, 255);
        return PackedPosting.Pack(document, quantised, inTitle);
    }
}
