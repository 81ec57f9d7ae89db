namespace Portal.Tests.Infrastructure;

/// <summary>The browser test and the search benchmark rank results with one function: both link forms must count.</summary>
public sealed class RelevanceSuiteTests
{
    private static readonly RelevanceSuite.Query Debt = new("债务", ["/tasks/5/"], "exact", "");

    [Theory]
    [InlineData("/", "/tasks/5/")]
    [InlineData("/portal/", "/portal/tasks/5/")]
    [InlineData("/", "http://127.0.0.1:5080/tasks/5/")]
    public void The_expected_page_is_found_as_a_root_relative_sub_path_or_absolute_link(string basePath, string link)
    {
        Assert.Equal(2, RelevanceSuite.RankOf(Debt, ["/tasks/3/", link, "/tasks/5/"], basePath));
    }

    [Fact]
    public void Escaped_links_match_and_a_missing_page_ranks_0()
    {
        var tag = new RelevanceSuite.Query("农村公路", ["/tags/农村公路/"], "exact", "");
        Assert.Equal(1, RelevanceSuite.RankOf(tag, ["/tags/" + Uri.EscapeDataString("农村公路") + "/"]));
        Assert.Equal(0, RelevanceSuite.RankOf(Debt, ["/tasks/3/", "/tasks/55/"]));
    }

    [Fact]
    public void The_suite_file_reads_into_queries_with_and_without_answers()
    {
        var queries = RelevanceSuite.Queries();
        Assert.True(queries.Count >= 40);
        Assert.Contains(queries, q => q.Text == "债务" && q.Expected.SequenceEqual(["/tasks/5/"]) && q.Kind == "exact");
        Assert.Contains(queries, q => q.ExpectsNothing);
    }

    [Fact]
    public void The_graded_set_has_150_queries_a_quarter_of_them_hard_and_every_story_it_grades_exists()
    {
        var queries = GradedRelevance.Queries();
        Assert.True(queries.Count >= 150, $"{queries.Count} queries");
        Assert.True(queries.Count(q => GradedRelevance.HardKinds.Contains(q.Kind)) * 4 >= queries.Count);
        Assert.Contains(queries, q => q.ExpectsNothing);
        Assert.All(queries, q => Assert.All(q.Grades.Values, g => Assert.InRange(g, 1, 2)));
        Assert.All(queries.Where(q => !q.ExpectsNothing), q => Assert.Contains(2, q.Grades.Values));
        var stories = queries.SelectMany(q => q.Grades.Keys).Where(u => u.StartsWith("/stories/", StringComparison.Ordinal)).Distinct();
        Assert.All(stories, url =>
        {
            var parts = url.Trim('/').Split('/'); // stories/2025/2025-04-02-debt-clearance
            var file = Path.Combine(parts[1], parts[2] + ".md");
            Assert.True(File.Exists(Path.Combine(RelevanceSuite.Folder, "stories", file)) || File.Exists(Path.Combine(RepositoryPaths.Content, "stories", file)), url);
        });
    }

    [Fact]
    public void Graded_scores_count_relevant_pages_in_the_first_five_the_first_relevant_rank_and_graded_gain()
    {
        var query = new GradedRelevance.Query("q", "partial", new Dictionary<string, int> { ["/a/"] = 2, ["/b/"] = 1 }, "");
        var perfect = GradedRelevance.Evaluate(query, ["/a/", "/b/", "/c/"]);
        Assert.Equal(new GradedRelevance.Score(1, 1, 1), perfect);
        var late = GradedRelevance.Evaluate(query, ["/c/", "/b/", "/d/", "/e/", "/f/", "/a/"]);
        Assert.Equal(0.5, late.Recall);
        Assert.Equal(0.5, late.ReciprocalRank);
        Assert.InRange(late.Ndcg, 0.01, 0.99);
        Assert.Equal(0, GradedRelevance.Evaluate(query, []).Recall);
    }
}
