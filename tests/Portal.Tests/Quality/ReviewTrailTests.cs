using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace Portal.Tests.Quality;

/// <summary>
/// The review trail of docs/review.md: the pull-request template's checklist and roles, CODEOWNERS giving content/ to
/// the content reviewers, and the required checks named there being real jobs of the workflow.
/// </summary>
public sealed partial class ReviewTrailTests
{
    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([RepositoryPaths.Root, .. parts]));

    [Theory]
    [InlineData("内容准确")]
    [InlineData("政治把关")]
    [InlineData("保密审查")]
    [InlineData("图片版权")]
    [InlineData("链接有效")]
    public void The_template_has_each_checklist_item_as_a_box_to_tick(string item)
    {
        var template = Read(".github", "pull_request_template.md");
        Assert.Matches(new Regex($@"^- \[ \] \*\*{item}\*\*：\S", RegexOptions.Multiline), template);
        Assert.Contains(item, Read("docs", "review.md"));
    }

    [Fact]
    public void The_template_names_the_three_review_roles()
    {
        var template = Read(".github", "pull_request_template.md");
        foreach (var role in new[] { "撰稿", "初审", "终审" }) Assert.Matches(new Regex($@"^\| {role} \|", RegexOptions.Multiline), template);
        Assert.Contains("`editor:`", template);
    }

    [Theory]
    [InlineData("content/stories/2025/2025-03-14-rural-roads.md", "content-reviewers")]
    [InlineData("content/media/2025/road.jpg", "content-reviewers")]
    [InlineData("content/site.yml", "developers")] // its editing keys name the address that receives sign-in tokens
    [InlineData("content/pages/about.md", "content-reviewers")]
    [InlineData("content/.schemas/story.schema.json", "developers")]
    [InlineData("generator/Cli/Program.cs", "developers")]
    [InlineData("theme/layouts/story.liquid", "developers")]
    [InlineData(".github/workflows/site.yml", "developers")]
    [InlineData(".github/CODEOWNERS", "developers")]
    public void Codeowners_give_each_path_to_its_team(string path, string team)
    {
        // GitHub: the last matching line decides.
        var owners = Rules().Last(r => Matches(r.Pattern, path)).Owners;
        Assert.Single(owners, o => o.Contains(team, StringComparison.Ordinal));
    }

    [Fact]
    public void Codeowners_name_teams_only_and_the_docs_call_them_placeholders()
    {
        var review = Read("docs", "review.md");
        var teams = Rules().SelectMany(r => r.Owners).Distinct().ToList();
        Assert.NotEmpty(teams);
        foreach (var owner in teams)
        {
            Assert.Matches(TeamSlug(), owner); // @org/team: people are managed in the teams, never named here
            Assert.Contains("placeholder", owner);
            Assert.Contains($"`{owner}`", review);
        }
    }

    [Fact]
    public void The_required_checks_in_the_docs_are_jobs_of_the_workflow()
    {
        var review = Read("docs", "review.md");
        var section = review[review.IndexOf("**Require status checks to pass**", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("**Do not allow bypassing", StringComparison.Ordinal)];
        var named = RequiredCheck().Matches(section).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["checks", "preview"], named);
        var workflow = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(Read(".github", "workflows", "site.yml"));
        var jobs = ((Dictionary<object, object>)workflow["jobs"]).Keys.Cast<string>().ToHashSet();
        foreach (var check in named) Assert.Contains(check, jobs);
    }

    private sealed record Rule(string Pattern, IReadOnlyList<string> Owners);

    private static List<Rule> Rules() => Read(".github", "CODEOWNERS").Split('\n')
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(p => new Rule(p[0], p[1..])).ToList();

    /// <summary>The CODEOWNERS patterns this repository uses: "*", "/dir/" (everything below) and "/file".</summary>
    private static bool Matches(string pattern, string path)
    {
        if (pattern == "*") return true;
        Assert.StartsWith("/", pattern); // anchored patterns only: anything else would need the full gitignore rules
        var anchored = pattern[1..];
        return anchored.EndsWith('/') ? path.StartsWith(anchored, StringComparison.Ordinal) : path == anchored;
    }

    [GeneratedRegex(@"^@[A-Za-z0-9-]+/[A-Za-z0-9-]+$")]
    private static partial Regex TeamSlug();

    [GeneratedRegex(@"^  - `([a-z-]+)`:", RegexOptions.Multiline)]
    private static partial Regex RequiredCheck();
}
