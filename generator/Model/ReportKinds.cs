namespace Portal.Model;

/// <summary>
/// What a story reports to the campaign office (通知 三（二）): a department's progress (成员单位（部门）…定期报送进展情况)
/// or the office's own half-year report (专项工作机制办公室…每半年…报告工作情况).
/// </summary>
public static class ReportKinds
{
    public const string Progress = "进展";
    public const string HalfYear = "半年工作情况";
    public static readonly IReadOnlyList<string> All = [Progress, HalfYear];

    /// <summary>The office as the notice names it; departments.yml makes it an alias of the department that hosts it.</summary>
    public const string OfficeName = "专项工作机制办公室";
}

/// <summary>How often the office dispatches (site.yml dispatch.every): the notice says 定期 without a length.</summary>
public static class DispatchCadences
{
    public const string Monthly = "每月";
    public const string Quarterly = "季度";
    public const string HalfYearly = "半年";
    public const string Default = Quarterly;
    public static readonly IReadOnlyList<string> All = [Monthly, Quarterly, HalfYearly];

    public static int Months(string cadence) => cadence switch
    {
        Monthly => 1,
        HalfYearly => 6,
        _ => 3,
    };

    /// <summary>The first day of the cadence window that ends on <paramref name="asOf"/> (inclusive): a rolling window.</summary>
    public static DateOnly WindowStart(string cadence, DateOnly asOf) => asOf.AddMonths(-Months(cadence)).AddDays(1);
}
