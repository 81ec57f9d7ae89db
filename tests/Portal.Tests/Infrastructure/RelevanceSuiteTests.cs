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
}
