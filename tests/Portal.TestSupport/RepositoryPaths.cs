namespace Portal.TestSupport;

/// <summary>Locates the repository from the running binaries, so tests and benchmarks use the real content/ and theme/.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The official notice as issued, kept in the repository so a fresh clone can test against it.</summary>
    public static string SourceNotice => Path.Combine(Root, "docs", "source", "gan-jiao-ban-2025-2.txt");

    private static string FindRoot()
    {
        // The binaries normally live below the repository; a benchmark started from elsewhere falls back to the working folder.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Portal.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException($"Portal.sln not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
