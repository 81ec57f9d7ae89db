using Portal.Authoring;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Schema;

/// <summary>`new story` writes the definition's fields, and what it writes passes `check` for every story type.</summary>
public sealed class StoryTemplateTests
{
    public static TheoryData<string> TypeNames => new(StoryType.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void The_template_offers_every_story_field_and_passes_check(string type)
    {
        using var content = new ContentCase();
        var diagnostics = new DiagnosticBag();
        var path = StoryScaffold.Create(
            new StoryScaffold.Request(content.ContentDir, "临夏州推进四好农村路建设", [4], type, ["公路管理处"], "template", new DateOnly(2025, 5, 1),
                type == StoryType.CaseTypeName ? CaseKinds.Negative : null, RepositoryPaths.Theme),
            diagnostics);
        Assert.True(path is not null, string.Join("\n", diagnostics.Snapshot().AsEnumerable()));
        var lines = File.ReadAllLines(path);
        foreach (var field in StoryFields.Document.Fields)
        {
            var written = lines.Any(l => l.StartsWith(field.Key + ":") || l.StartsWith("# " + field.Key + ":"));
            var expected = field.OnlyWhen is not { } condition || condition.Value == type;
            Assert.True(written == expected, $"{field.Key} {(expected ? "missing from" : "should not be in")} the {type} template:\n{string.Join("\n", lines)}");
        }
        if (type == StoryType.CaseTypeName) Assert.Contains("case: 反面", lines[..lines.ToList().FindIndex(1, l => l == "---")].Select(l => l.Split('#')[0].Trim()));
        var result = content.Check();
        var problems = Portal.Tests.Validation.StoryValidationTests.NotSiteWideWarnings(result).ToList();
        Assert.True(result.Success && problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("典型案例", null, "PORTAL0034")]
    [InlineData("典型案例", "中性", "PORTAL0035")]
    [InlineData("即时报道", "正面", "PORTAL0033")]
    public void A_typical_case_needs_its_kind_and_no_other_story_takes_one(string type, string? caseKind, string code)
    {
        using var content = new ContentCase();
        var diagnostics = new DiagnosticBag();
        var path = StoryScaffold.Create(
            new StoryScaffold.Request(content.ContentDir, "典型案例", [4], type, ["公路管理处"], "case", new DateOnly(2025, 5, 1), caseKind, RepositoryPaths.Theme), diagnostics);
        Assert.Null(path);
        Assert.Contains(diagnostics.Snapshot(), d => d.Code == code);
        Assert.Empty(Directory.GetFiles(Path.Combine(content.ContentDir, "stories", "2025"), "*-case.md"));
    }
}
