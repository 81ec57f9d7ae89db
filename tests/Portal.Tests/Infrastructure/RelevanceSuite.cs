namespace Portal.Tests.Infrastructure;

/// <summary>The relevance queries of tests/fixtures/relevance/queries.tsv and the fixture corpus they run on.</summary>
public static class RelevanceSuite
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "relevance");

    public sealed record Query(string Text, IReadOnlyList<string> Expected, string Kind, string Note)
    {
        public bool ExpectsNothing => Expected.Count == 0;
    }

    public static IReadOnlyList<Query> Queries() =>
        File.ReadAllLines(Path.Combine(Folder, "queries.tsv"))
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => new Query(f[0], f[1] == "-" ? [] : f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), f[2], f.Length > 3 ? f[3] : ""))
            .ToList();

    /// <summary>Shipped content plus the realistic fixture stories (never published: they live under tests/).</summary>
    public static string CreateContent(string target)
    {
        TempFolder.CopyDirectory(RepositoryPaths.Content, target);
        TempFolder.CopyDirectory(Path.Combine(Folder, "stories"), Path.Combine(target, "stories"));
        return target;
    }

    /// <summary>Rank (1-based) of the first expected page among the results, or 0.</summary>
    public static int RankOf(Query query, IReadOnlyList<string> results, string basePath)
    {
        for (var i = 0; i < results.Count; i++)
        {
            var path = "/" + results[i][basePath.Length..];
            if (query.Expected.Any(e => Uri.UnescapeDataString(path) == Uri.UnescapeDataString(e))) return i + 1;
        }
        return 0;
    }
}
