using Portal.Site;

namespace Portal.Search;

/// <summary>
/// A document's index terms with their field-weighted frequencies: each occurrence counts its field's weight
/// (title 6, headings 3, metadata 2, body 1) before BM25 saturates the sum, which is BM25F. Whole numbers,
/// because the field weights are, so they pack into a posting while a build collects them.
/// </summary>
internal sealed class WeighedDocument(long[] keys, int[] frequencies, bool[] inTitle, int length)
{
    public const int TitleWeight = 6;
    public const int HeadingWeight = 3;
    public const int MetaWeight = 2;
    public const int BodyWeight = 1;
    /// <summary>The other forms of a word the document has (<see cref="SearchSynonyms"/>) count as metadata.</summary>
    public const int SynonymWeight = MetaWeight;

    private Dictionary<long, int>? positions;

    /// <summary>The terms, as <see cref="TermKey"/>s, in no particular order.</summary>
    public long[] Keys => keys;
    public int[] Frequencies => frequencies;
    public bool[] InTitle => inTitle;
    /// <summary>Characters and Latin words in all fields, unweighted: what BM25 normalises by.</summary>
    public int Length => length;

    /// <summary>Where <paramref name="key"/> is in <see cref="Keys"/>, or -1.</summary>
    public int IndexOf(long key)
    {
        positions ??= Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        return positions.GetValueOrDefault(key, -1);
    }

    public bool Contains(long key) => IndexOf(key) >= 0;

    public static WeighedDocument Of(SearchDocument document, LatinTerms latin)
    {
        var terms = new Dictionary<long, (int Tf, bool Title)>();
        var length = 0;
        void Add(string text, int weight, bool title)
        {
            foreach (var token in SearchTokenizer.Tokens(text))
            {
                length += TermKey.ForEach(token, latin, key =>
                {
                    var (tf, inTitle) = terms.GetValueOrDefault(key);
                    terms[key] = (tf + weight, inTitle || title);
                });
            }
        }
        Add(document.Title, TitleWeight, true);
        foreach (var heading in document.Headings) Add(heading, HeadingWeight, false);
        Add(document.Meta, MetaWeight, false);
        // What kind of page it is (通知原文, 重点任务, 即时报道): a reader may search by it.
        Add(document.Kind, MetaWeight, false);
        // The lead and the body are separate tokens either way: a line break ends a token.
        if (document.Lead is not null) Add(document.Lead, BodyWeight, false);
        Add(document.Body, BodyWeight, false);
        // A word form the document has brings in the other forms of its group (网络预约出租汽车 → 网约车). A form
        // counts as present when the document has all its terms, so no text is searched again.
        bool Has(SearchSynonyms.Word word)
        {
            foreach (var key in word.HanKeys) if (!terms.ContainsKey(key)) return false;
            foreach (var token in word.LatinTokens) if (!terms.ContainsKey(latin.Key(token))) return false;
            return true;
        }
        foreach (var group in SearchSynonyms.Groups)
        {
            var present = -1;
            for (var w = 0; w < group.Length && present < 0; w++) if (Has(group[w])) present = w;
            if (present < 0) continue;
            foreach (var word in group) if (!Has(word)) Add(word.Text, SynonymWeight, false);
        }
        var keys = new long[terms.Count];
        var frequencies = new int[terms.Count];
        var inTitle = new bool[terms.Count];
        var i = 0;
        foreach (var (key, (tf, title)) in terms)
        {
            keys[i] = key;
            frequencies[i] = tf;
            inTitle[i++] = title;
        }
        return new WeighedDocument(keys, frequencies, inTitle, length);
    }
}
