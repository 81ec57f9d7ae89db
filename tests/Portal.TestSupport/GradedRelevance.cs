namespace Portal.TestSupport;

/// <summary>
/// The graded relevance set of tests/fixtures/relevance/graded.tsv (issue #25): queries as readers type them, each
/// with the pages it should find graded 2 (the page wanted) or 1 (also relevant) and a kind, so the figures can be
/// printed per kind. It runs on the same corpus as <see cref="RelevanceSuite"/> (shipped content + fixture stories).
/// </summary>
/// <remarks>
/// Measures, over the answerable queries: recall@5 = relevant pages among the first five / min(relevant pages, 5);
/// MRR@10 = 1 / rank of the first relevant page (0 past ten); nDCG@10 with gain 2^grade − 1.
/// </remarks>
public static class GradedRelevance
{
    /// <summary>The kinds the issue calls hard: traditional characters, variant spellings and word forms, partial titles, department names.</summary>
    public static readonly string[] HardKinds = ["traditional", "variant", "partial", "dept-short", "dept-full", "dept-alias"];

    public sealed record Query(string Text, string Kind, IReadOnlyDictionary<string, int> Grades, string Note)
    {
        public bool ExpectsNothing => Grades.Count == 0;
    }

    /// <summary>One query's figures.</summary>
    public sealed record Score(double Recall, double ReciprocalRank, double Ndcg);

    public static IReadOnlyList<Query> Queries() =>
        File.ReadAllLines(Path.Combine(RelevanceSuite.Folder, "graded.tsv"))
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => new Query(f[0], f[1], f[2] == "-" ? new Dictionary<string, int>() : ParseGrades(f[2]), f.Length > 3 ? f[3] : ""))
            .ToList();

    private static Dictionary<string, int> ParseGrades(string field) =>
        field.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Scores the result links of an answerable query, in rank order (absolute or root-relative under <paramref name="basePath"/>).</summary>
    public static Score Evaluate(Query query, IReadOnlyList<string> links, string basePath = "/")
    {
        var grades = links.Take(10).Select(link => query.Grades.GetValueOrDefault(RelevanceSuite.SitePath(link, basePath))).ToList();
        var relevant = query.Grades.Count;
        var recall = grades.Take(5).Count(g => g >= 1) / (double)Math.Min(relevant, 5);
        var first = grades.FindIndex(g => g >= 1);
        var reciprocal = first < 0 ? 0 : 1.0 / (first + 1);
        var dcg = grades.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = query.Grades.Values.OrderDescending().Take(10).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        return new Score(recall, reciprocal, dcg / ideal);
    }

    /// <summary>Mean figures per kind and over all answerable queries ("all"), as printable lines.</summary>
    public static IReadOnlyList<string> Table(IReadOnlyList<(Query Query, Score Score)> scored)
    {
        var lines = new List<string> { $"{"kind",-12} {"n",4}  recall@5  MRR@10  nDCG@10" };
        string Line(string name, IReadOnlyList<Score> s) =>
            $"{name,-12} {s.Count,4}  {s.Average(x => x.Recall),8:0.000}  {s.Average(x => x.ReciprocalRank),6:0.000}  {s.Average(x => x.Ndcg),7:0.000}";
        foreach (var kind in scored.GroupBy(s => s.Query.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            lines.Add(Line(kind.Key, kind.Select(k => k.Score).ToList()));
        var hard = scored.Where(s => HardKinds.Contains(s.Query.Kind)).Select(s => s.Score).ToList();
        if (hard.Count > 0) lines.Add(Line("(hard)", hard));
        lines.Add(Line("all", scored.Select(s => s.Score).ToList()));
        return lines;
    }
}
