using Portal.Model;

namespace Portal.Site;

/// <summary>
/// What the site counts as a 进展报送 and as the office's half-year report (通知 三（二）), and for which half year.
/// </summary>
internal static class ReportKinds
{
    /// <summary>A 进展: a story that says it reports progress (a period names the half year it reports on).</summary>
    public static bool IsProgress(Story story) => story.Period is not null;

    /// <summary>The office's own 半年工作情况 report.</summary>
    public static bool IsOfficeReport(Story story) => false;

    /// <summary>The half year a report is for: its period when given, else the half year of its date.</summary>
    public static ReportPeriod PeriodOf(Story story) =>
        story.Period is { } p && ReportPeriod.Parse(p.Value) is { } period ? period : ReportPeriod.Of(story.Date.Value);
}
