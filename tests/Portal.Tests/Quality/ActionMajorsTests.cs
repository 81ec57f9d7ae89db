using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Quality;

/// <summary>
/// Every action the workflows use is pinned at a major whose action.yml runs on Node 24 (or is a composite of such
/// actions): GitHub is retiring Node 20 from its hosted runners, and an action at a node16/node20 major first warns,
/// then is forced onto Node 24, then stops. The data below is what each action's own repository says; when a new
/// major appears, read its action.yml (inputs change between majors) and add it here.
/// </summary>
public sealed partial class ActionMajorsTests
{
    /// <summary>
    /// Majors whose action.yml declares <c>runs.using: node24</c> (composite for upload-pages-artifact, whose v5
    /// uses upload-artifact v7). Read from the actions' repositories (tags v5…v7) on 2026-12-07, and the issue's
    /// look-up of 2026-12-06 for configure-pages v6, cache v6 and download-artifact, which the snapshot read here
    /// did not yet have.
    /// </summary>
    private static readonly Dictionary<string, int[]> CurrentMajors = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = [5, 6, 7],
        ["actions/setup-dotnet"] = [5, 6],
        ["actions/setup-node"] = [5, 6, 7],
        ["actions/cache"] = [5, 6],
        ["actions/upload-artifact"] = [6, 7],
        ["actions/download-artifact"] = [7, 8],
        ["actions/upload-pages-artifact"] = [5],
        ["actions/deploy-pages"] = [5],
        ["actions/configure-pages"] = [6],
    };

    /// <summary>Majors whose action.yml declares node16 or node20, as read in the same repositories.</summary>
    private static readonly Dictionary<string, int[]> RetiredMajors = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = [2, 3, 4],
        ["actions/setup-dotnet"] = [3, 4],
        ["actions/setup-node"] = [3, 4],
        ["actions/cache"] = [3, 4],
        ["actions/upload-artifact"] = [3, 4, 5],
        ["actions/upload-pages-artifact"] = [3, 4], // composites of upload-artifact v4
        ["actions/deploy-pages"] = [2, 3, 4],
        ["actions/configure-pages"] = [2, 3, 4, 5],
    };

    [GeneratedRegex(@"^\s*(?:-\s+)?uses:\s*([^@\s]+)@(\S+)", RegexOptions.Multiline)]
    private static partial Regex UsesLine();

    private static IEnumerable<(string File, string Action, string Version)> AllUses() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, ".github", "workflows"), "*.yml").Order(StringComparer.Ordinal)
            .SelectMany(file => UsesLine().Matches(File.ReadAllText(file))
                .Select(m => (Path.GetFileName(file), m.Groups[1].Value, m.Groups[2].Value)));

    /// <summary>Why an action reference is not at a current major, or null when it is.</summary>
    public static string? Problem(string action, string version)
    {
        var major = Regex.Match(version, @"^v(\d+)(?:\.\d+)*$");
        if (!major.Success) return $"{action}@{version}: pin a major tag such as v5 (this test reads majors)";
        var number = int.Parse(major.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (RetiredMajors.TryGetValue(action, out var retired) && retired.Contains(number))
            return $"{action}@{version}: its action.yml runs on node16/node20; use v{CurrentMajors[action].Max()}";
        if (!CurrentMajors.TryGetValue(action, out var current))
            return $"{action}: not in this test's data; read its action.yml and add its current majors";
        return current.Contains(number) ? null : $"{action}@{version}: not a known current major ({string.Join(", ", current.Select(v => "v" + v))})";
    }

    [Fact]
    public void Every_action_is_at_a_major_that_runs_on_node24()
    {
        var uses = AllUses().ToList();
        Assert.NotEmpty(uses);
        var problems = uses.Select(u => (u.File, Problem: Problem(u.Action, u.Version))).Where(p => p.Problem is not null)
            .Select(p => $"{p.File}: {p.Problem}").ToList();
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("actions/checkout", "v4")]
    [InlineData("actions/setup-dotnet", "v4")]
    [InlineData("actions/upload-pages-artifact", "v3")]
    [InlineData("actions/deploy-pages", "v4")]
    [InlineData("actions/configure-pages", "v5")]
    [InlineData("actions/upload-artifact", "v5")]
    [InlineData("actions/checkout", "main")]
    [InlineData("someone/unknown-action", "v1")]
    public void A_retired_or_unknown_major_is_refused(string action, string version)
    {
        Assert.NotNull(Problem(action, version));
    }
}
