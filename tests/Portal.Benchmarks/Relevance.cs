namespace Portal.Benchmarks;

/// <summary>The relevance suite of tests/fixtures/relevance (the browser tests use the same files).</summary>
public static class Relevance
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "fixtures", "relevance");

    public sealed record Query(string Text, IReadOnlyList<string> Expected);

    public static IReadOnlyList<Query> Load() =>
        File.ReadAllLines(Path.Combine(Folder, "queries.tsv")).Skip(1).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => new Query(f[0], f[1] == "-" ? [] : f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    public static void CreateContent(string target)
    {
        StoryCorpus.CopyDirectory(Path.Combine(Repository.Root, "content"), target);
        StoryCorpus.CopyDirectory(Path.Combine(Folder, "stories"), Path.Combine(target, "stories"));
    }

    /// <summary>1-based rank of the first expected page among root-relative result links, or 0.</summary>
    public static int RankOf(Query query, IReadOnlyList<string> links)
    {
        for (var i = 0; i < links.Count; i++)
        {
            var link = Uri.UnescapeDataString(links[i].StartsWith("http") ? new Uri(links[i]).PathAndQuery + new Uri(links[i]).Fragment : links[i]);
            if (query.Expected.Any(e => Uri.UnescapeDataString(e) == link)) return i + 1;
        }
        return 0;
    }
}
