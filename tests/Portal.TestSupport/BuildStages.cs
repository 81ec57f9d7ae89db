using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.TestSupport;

/// <summary>
/// Reads the generator's <c>[timing] &lt;stage&gt; N ms …</c> lines (PORTAL_TIMINGS=1, generator/Diagnostics/StageTimer.cs)
/// and groups them into the stages the build benchmark reports: load, validate, page tree, render, index, QR,
/// write/other. Marks are added and renamed as the generator changes, so a stage this map does not know is kept
/// under its own name instead of being dropped or failing the benchmark.
/// </summary>
public static partial class BuildStages
{
    public const string Load = "load";
    public const string Validate = "validate";
    public const string PageTree = "page tree";
    public const string Render = "render";
    public const string Index = "index";
    public const string Qr = "QR";
    public const string WriteOther = "write/other";

    /// <summary>The issue's stages in pipeline order; unknown stages follow them.</summary>
    public static readonly IReadOnlyList<string> Known = [Load, Validate, PageTree, Render, Index, Qr, WriteOther];

    /// <summary>Mark names (without a parenthesised detail such as "(9 weighed)", case ignored) and their stage.</summary>
    private static readonly Dictionary<string, string> Stages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["start"] = WriteOther, // the clock starts here: always about 0 ms
        ["load"] = Load,
        ["validate"] = Validate,
        ["link validation"] = Validate,
        ["site model"] = PageTree, // the model the page tree is made from
        ["page tree"] = PageTree,
        ["render pages"] = Render,
        ["HtmlPages"] = Render,
        ["search index"] = Index,
        ["search index write"] = Index,
        ["SearchIndexFiles"] = Index,
        ["QrCodes"] = Qr,
        ["AtomFeed"] = WriteOther,
        ["SitemapXml"] = WriteOther,
        ["LedgerCsv"] = WriteOther,
        ["ProgressCsv"] = WriteOther,
        ["RobotsTxt"] = WriteOther,
        ["CmsAdmin"] = WriteOther,
        ["StaticFiles"] = WriteOther,
    };

    public sealed record Mark(string Name, double Milliseconds);

    // "[timing] search index (9 weighed)          412 ms  (total 5120 ms, …)": the name is everything up to the last
    // number before "ms"; the rest of the line may change without breaking this.
    [GeneratedRegex(@"^\s*\[timing\]\s+(?<name>.+?)\s+(?<ms>-?[0-9]+(?:\.[0-9]+)?)\s*ms\b")]
    private static partial Regex TimingLine();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex Detail();

    /// <summary>Every timing line in a process's output, in order; other lines are ignored.</summary>
    public static IReadOnlyList<Mark> Parse(string output)
    {
        var marks = new List<Mark>();
        foreach (var line in output.Split('\n'))
        {
            var match = TimingLine().Match(line);
            if (!match.Success) continue;
            marks.Add(new Mark(Name(match.Groups["name"].Value), double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture)));
        }
        return marks;
    }

    /// <summary>The mark's name without its parenthesised detail, so that runs can be compared stage by stage.</summary>
    public static string Name(string mark) => Detail().Replace(mark.Trim(), "").Trim();

    /// <summary>The issue's stage of a mark, or the mark's own name when it is not known.</summary>
    public static string StageOf(string mark) => Stages.TryGetValue(Name(mark), out var stage) ? stage : Name(mark);

    public static bool IsKnown(string mark) => Stages.ContainsKey(Name(mark));

    /// <summary>One stage of a profile: its time and the marks it is made of (each with its time).</summary>
    public sealed record Stage(string Name, double Milliseconds, IReadOnlyList<Mark> Marks);

    /// <summary>
    /// The profile of one run: the known stages in pipeline order (those with marks), then unknown marks each as its
    /// own stage in the order they appeared. A mark that appears twice counts twice.
    /// </summary>
    public static IReadOnlyList<Stage> Group(IEnumerable<Mark> marks)
    {
        var byStage = new Dictionary<string, List<Mark>>();
        var order = new List<string>();
        foreach (var mark in marks)
        {
            var stage = StageOf(mark.Name);
            if (!byStage.TryGetValue(stage, out var list))
            {
                byStage[stage] = list = [];
                order.Add(stage);
            }
            var same = list.FindIndex(m => m.Name == mark.Name);
            if (same >= 0) list[same] = list[same] with { Milliseconds = list[same].Milliseconds + mark.Milliseconds };
            else list.Add(mark);
        }
        return order.OrderBy(s => Known.Contains(s) ? Known.ToList().IndexOf(s) : Known.Count)
            .Select(s => new Stage(s, byStage[s].Sum(m => m.Milliseconds), byStage[s]))
            .ToList();
    }

    /// <summary>
    /// The median profile of several runs: each stage's and each mark's median over the runs (0 in a run that lacks it),
    /// so one disturbed run does not decide.
    /// </summary>
    public static IReadOnlyList<Stage> Median(IReadOnlyList<IReadOnlyList<Stage>> runs)
    {
        var stages = runs.SelectMany(r => r).Select(s => s.Name).Distinct()
            .OrderBy(s => Known.Contains(s) ? Known.ToList().IndexOf(s) : Known.Count).ToList();
        return stages.Select(name =>
        {
            var inRuns = runs.Select(r => r.FirstOrDefault(s => s.Name == name)).ToList();
            var marks = inRuns.SelectMany(s => s?.Marks ?? []).Select(m => m.Name).Distinct()
                .Select(mark => new Mark(mark, MedianOf(inRuns.Select(s => s?.Marks.FirstOrDefault(m => m.Name == mark)?.Milliseconds ?? 0))))
                .ToList();
            return new Stage(name, MedianOf(inRuns.Select(s => s?.Milliseconds ?? 0)), marks);
        }).ToList();
    }

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return 0;
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
