namespace Portal.Loading;

/// <summary>Finds the closest known name to a misspelt one, for “是否为 …？” suggestions.</summary>
public static class NameSuggester
{
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestScore = double.MaxValue;
        foreach (var candidate in candidates)
        {
            var score = Distance(input, candidate) / (double)Math.Max(input.Length, candidate.Length);
            if (candidate.Contains(input, StringComparison.Ordinal) || input.Contains(candidate, StringComparison.Ordinal))
                score = Math.Min(score, 0.3);
            if (score < bestScore || (score == bestScore && string.CompareOrdinal(candidate, best) < 0))
            {
                bestScore = score;
                best = candidate;
            }
        }
        // Beyond half the characters changed a suggestion confuses more than it helps.
        return bestScore <= 0.5 ? best : null;
    }

    /// <summary>Levenshtein distance over UTF-16 units (all CJK names here are in the BMP).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
