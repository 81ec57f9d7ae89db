using System.Collections.Concurrent;

namespace Portal.Search;

/// <summary>
/// Index terms packed into a long: a Chinese character (unigram) or a pair of characters (bigram) as code
/// points, or the id of a Latin/number token. Weighing documents with these keys allocates no strings;
/// <see cref="ToText"/> gives the term's text for the index files.
/// </summary>
public static class TermKey
{
    private const long LatinFlag = 1L << 62;

    /// <summary>Calls <paramref name="add"/> for every index term of a token; returns the token's length in characters.</summary>
    public static int ForEach(string token, LatinTerms latin, Action<long> add)
    {
        if (!SearchTokenizer.IsHan(char.ConvertToUtf32(token, 0)))
        {
            add(latin.Key(token));
            return 1;
        }
        var previous = 0;
        var count = 0;
        foreach (var rune in token.EnumerateRunes())
        {
            var cp = rune.Value;
            add(cp);
            if (previous != 0) add((long)previous << 21 | (long)cp);
            previous = cp;
            count++;
        }
        return count;
    }

    public static string ToText(long key, LatinTerms latin)
    {
        if ((key & LatinFlag) != 0) return latin.Text(key);
        var first = (int)(key >> 21);
        var second = (int)(key & 0x1FFFFF);
        return first == 0 ? char.ConvertFromUtf32(second) : char.ConvertFromUtf32(first) + char.ConvertFromUtf32(second);
    }
}

/// <summary>Ids for Latin and number tokens (g30, 2025), shared by the threads that weigh documents.</summary>
public sealed class LatinTerms
{
    private const long LatinFlag = 1L << 62;
    private readonly ConcurrentDictionary<string, long> ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, string> texts = new();
    private int next;

    public long Key(string token) => ids.GetOrAdd(token, t =>
    {
        var key = LatinFlag | (uint)Interlocked.Increment(ref next);
        texts[key] = t;
        return key;
    });

    public string Text(long key) => texts[key];
}
