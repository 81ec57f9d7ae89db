using Portal.Model;

namespace Portal.Site;

/// <summary>
/// 媒体聚焦 counted (通知 三（四）: 用好报纸、网络、电视和新媒体平台): the coverage among some stories per medium, in the
/// notice's order, and per outlet (source.name), most stories first, then by name. The one place that counts them:
/// the /coverage/ page and the office's dispatch files show the same figures.
/// </summary>
public sealed record CoverageFigures(int Total, IReadOnlyList<CoverageCount> ByMedium, IReadOnlyList<CoverageCount> ByOutlet)
{
    /// <summary>The coverage among <paramref name="stories"/> (stories with a medium), each list keeping their order.</summary>
    public static CoverageFigures Of(IEnumerable<StoryEntry> stories)
    {
        var coverage = stories.Where(s => s.IsCoverage).ToList();
        var byMedium = MediaOutlets.All
            .Select(m => new CoverageCount(m, coverage.Where(s => MediumOf(s) == m).ToList()))
            .ToList();
        var byOutlet = coverage.GroupBy(s => s.SourceName)
            .Select(g => new CoverageCount(g.Key, g.ToList()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new CoverageFigures(coverage.Count, byMedium, byOutlet);
    }

    /// <summary>The medium a story of the coverage was carried by (报纸, 网络, 电视 or 新媒体), or null.</summary>
    public static string? MediumOf(StoryEntry story) => story.Source.Source?.Medium?.Value;
}

/// <param name="Name">A medium or an outlet.</param>
/// <param name="Stories">Its stories, in the order they were given.</param>
public sealed record CoverageCount(string Name, IReadOnlyList<StoryEntry> Stories)
{
    public int Count => Stories.Count;
}
