using Portal.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Validation;

public sealed class AllErrorsAtOnceTests
{
    [Fact]
    public void Several_errors_are_reported_together_sorted_and_the_previous_site_is_untouched()
    {
        // The mini site has task 4 and 公路管理处, which the three stories' valid fields name.
        using var content = new ContentCase(new MiniSite());
        Assert.True(content.Build().Success);
        var before = Snapshot(content.OutputDir);

        content
            .Write("stories/2025/2025-03-14-a.md", ContentCase.Story(title: "甲", tasks: "[12]"))
            .Write("stories/2025/2025-03-15-b.md", ContentCase.Story(title: "乙", date: "2025-02-30", departments: "[不存在的处]"))
            .Write("stories/2025/2025-03-16-c.md", ContentCase.Story(title: "丙", date: "2025-03-16", type: "新闻"));
        var result = content.Build();

        Assert.False(result.Success);
        var codes = StoryValidationTests.NotSiteWideWarnings(result).Select(d => (d.File, d.Code)).ToList();
        Assert.Equal(
        [
            ("stories/2025/2025-03-14-a.md", DiagnosticCodes.UnknownTask),
            ("stories/2025/2025-03-15-b.md", DiagnosticCodes.InvalidDate),
            ("stories/2025/2025-03-15-b.md", DiagnosticCodes.UnknownDepartment),
            ("stories/2025/2025-03-16-c.md", DiagnosticCodes.UnknownStoryType),
        ], codes);
        Assert.Equal(before, Snapshot(content.OutputDir));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
