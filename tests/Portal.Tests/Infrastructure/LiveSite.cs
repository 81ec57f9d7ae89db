using Portal.Build;

namespace Portal.Tests.Infrastructure;

/// <summary>A site as `serve` keeps it (a <see cref="BuildSession"/>), and the check that it equals a full build of the same content.</summary>
public static class LiveSite
{
    /// <summary>The address `serve` builds links for.</summary>
    public static readonly Uri Preview = new("http://127.0.0.1:5080/");

    /// <summary>Fixture content and a first (full) build, as `serve` starts.</summary>
    public static (string Content, BuildOptions Options, BuildSession Live) Serve(TempFolder temp, int stories = FixtureContent.GeneratedStories)
    {
        var content = FixtureContent.Create(temp.Combine("content"), stories);
        var options = Options(content, temp.Combine("live"));
        var live = new BuildSession(options);
        var first = live.Build();
        Assert.True(first.Success, string.Join("\n", first.Diagnostics));
        Assert.False(first.Incremental);
        Assert.True(first.PagesRendered > stories, $"full build rendered {first.PagesRendered} pages");
        return (content, options, live);
    }

    public static BuildOptions Options(string content, string output) => new()
    {
        ContentDir = content,
        OutputDir = output,
        ThemeDir = RepositoryPaths.Theme,
        BaseUrl = Preview,
        Today = new DateOnly(2026, 11, 26),
    };

    public static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    /// <summary>A full build of the same content into a new folder gives exactly the files `serve` updated in place.</summary>
    public static void AssertSameAsFullBuild(TempFolder temp, BuildOptions options, string edit)
    {
        var full = temp.Combine("full-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.True(new BuildSession(options with { OutputDir = full }).Build().Success, $"{edit}: the full build failed");
        var expected = Snapshot(full);
        var actual = Snapshot(options.OutputDir);
        Directory.Delete(full, recursive: true);
        var missing = expected.Keys.Except(actual.Keys).ToList();
        var extra = actual.Keys.Except(expected.Keys).ToList();
        var different = expected.Keys.Intersect(actual.Keys).Where(k => expected[k] != actual[k]).ToList();
        Assert.True(missing.Count + extra.Count + different.Count == 0,
            $"{edit}: missing {string.Join(", ", missing.Take(5))}; extra {string.Join(", ", extra.Take(5))}; different {string.Join(", ", different.Take(5))}");
    }
}
