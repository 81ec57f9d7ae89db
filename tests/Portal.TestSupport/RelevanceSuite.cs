namespace Portal.TestSupport;

/// <summary>
/// The relevance queries of tests/fixtures/relevance/queries.tsv and the fixture corpus they run on. The browser
/// test and the search benchmark score the same suite, so their figures can be compared.
/// </summary>
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

    /// <summary>Rank (1-based) of the first expected page among the result links, or 0.</summary>
    /// <param name="links">Absolute URLs, or root-relative links that start with <paramref name="basePath"/>.</param>
    /// <param name="basePath">Where the site is served: "/" or a sub-path such as "/portal/".</param>
    public static int RankOf(Query query, IReadOnlyList<string> links, string basePath = "/")
    {
        for (var i = 0; i < links.Count; i++)
        {
            var path = SitePath(links[i], basePath);
            if (query.Expected.Any(e => Uri.UnescapeDataString(e) == path)) return i + 1;
        }
        return 0;
    }

    /// <summary>A result link as the site path the suites name, e.g. "/tasks/5/".</summary>
    public static string SitePath(string link, string basePath)
    {
        var path = link.StartsWith("http", StringComparison.Ordinal) ? new Uri(link).PathAndQuery + new Uri(link).Fragment : link;
        if (path.StartsWith(basePath, StringComparison.Ordinal)) path = "/" + path[basePath.Length..];
        return Uri.UnescapeDataString(path);
    }
}
