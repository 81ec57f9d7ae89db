namespace Portal.Tests.Infrastructure;

/// <summary>
/// The build benchmark's per-stage profile reads the generator's PORTAL_TIMINGS lines: known marks fall into the
/// issue's stages, a mark it does not know stays under its own name, other output is ignored.
/// </summary>
public sealed class BuildStagesTests
{
    // As generator/Diagnostics/StageTimer.cs prints them, with a mark no map knows ("warm caches") and noise around.
    private const string Output = """
        [timing] start                               0 ms  (total 0 ms, 0 MiB allocated, 1 MiB managed, GCs 0/0/0, pause 0 ms)
        [timing] load                             1200 ms  (total 1200 ms, 900 MiB allocated, 400 MiB managed, GCs 3/2/1, pause 40 ms)
        [timing] validate                          300 ms  (total 1500 ms, 50 MiB allocated, 410 MiB managed, GCs 3/2/1, pause 40 ms)
        [timing] site model                        100 ms  (total 1600 ms, 10 MiB allocated, 420 MiB managed, GCs 3/2/1, pause 40 ms)
        [timing] link validation                    50 ms  (total 1650 ms, 5 MiB allocated, 420 MiB managed, GCs 3/2/1, pause 40 ms)
        [timing] page tree                         400 ms  (total 2050 ms, 90 MiB allocated, 500 MiB managed, GCs 4/2/1, pause 45 ms)
        [timing] warm caches                        70 ms  (total 2120 ms, 1 MiB allocated, 500 MiB managed, GCs 4/2/1, pause 45 ms)
        [timing] render pages                     3000 ms  (total 5120 ms, 2000 MiB allocated, 600 MiB managed, GCs 9/3/1, pause 90 ms)
        [timing] HtmlPages                           2 ms  (total 5122 ms, 0 MiB allocated, 600 MiB managed, GCs 9/3/1, pause 90 ms)
        [timing] search index (10021 weighed)      700 ms  (total 5822 ms, 300 MiB allocated, 650 MiB managed, GCs 10/3/1, pause 95 ms)
        [timing] search index write                 80 ms  (total 5902 ms, 0 MiB allocated, 650 MiB managed, GCs 10/3/1, pause 95 ms)
        [timing] SearchIndexFiles                    1 ms  (total 5903 ms, 0 MiB allocated, 650 MiB managed, GCs 10/3/1, pause 95 ms)
        [timing] QrCodes                           250 ms  (total 6153 ms, 40 MiB allocated, 650 MiB managed, GCs 10/3/1, pause 95 ms)
        [timing] AtomFeed                           20 ms  (total 6173 ms, 1 MiB allocated, 650 MiB managed, GCs 10/3/1, pause 95 ms)
        [timing] StaticFiles                        30 ms  (total 6203 ms, 1 MiB allocated, 650 MiB managed, GCs 10/3/1, pause 95 ms)
        已生成网站：_site
        """;

    [Fact]
    public void Every_timing_line_is_read_with_its_name_and_time_and_other_lines_are_ignored()
    {
        var marks = BuildStages.Parse(Output);

        Assert.Equal(15, marks.Count);
        Assert.Equal(new BuildStages.Mark("load", 1200), marks[1]);
        Assert.Equal(new BuildStages.Mark("search index", 700), marks[9]); // its detail "(10021 weighed)" changes from run to run
        Assert.Equal(new BuildStages.Mark("warm caches", 70), marks[6]);
    }

    [Fact]
    public void Known_marks_fall_into_the_issues_stages_in_pipeline_order_and_an_unknown_mark_keeps_its_own_name()
    {
        var stages = BuildStages.Group(BuildStages.Parse(Output));

        Assert.Equal(["load", "validate", "page tree", "render", "index", "QR", "write/other", "warm caches"], stages.Select(s => s.Name));
        double Ms(string stage) => stages.Single(s => s.Name == stage).Milliseconds;
        Assert.Equal(1200, Ms("load"));
        Assert.Equal(350, Ms("validate"));      // validate + link validation
        Assert.Equal(500, Ms("page tree"));     // site model + page tree
        Assert.Equal(3002, Ms("render"));
        Assert.Equal(781, Ms("index"));
        Assert.Equal(250, Ms("QR"));
        Assert.Equal(50, Ms("write/other"));    // start, AtomFeed, StaticFiles
        Assert.Equal(70, Ms("warm caches"));
        Assert.False(BuildStages.IsKnown("warm caches"));
        Assert.Equal(stages.Sum(s => s.Milliseconds), BuildStages.Parse(Output).Sum(m => m.Milliseconds));
    }

    [Fact]
    public void The_median_profile_takes_each_stage_and_mark_over_the_runs_and_counts_a_missing_mark_as_0()
    {
        static IReadOnlyList<BuildStages.Stage> Run(double load, double? extra) =>
            BuildStages.Group(BuildStages.Parse(
                $"[timing] load {load} ms (total)\n" + (extra is { } ms ? $"[timing] warm caches {ms} ms (total)\n" : "")));

        var median = BuildStages.Median([Run(100, 5), Run(300, null), Run(200, 9)]);

        Assert.Equal(["load", "warm caches"], median.Select(s => s.Name));
        Assert.Equal(200, median[0].Milliseconds);
        Assert.Equal(5, median[1].Milliseconds);
        Assert.Equal(5, median[1].Marks.Single().Milliseconds);
    }
}
