using System.Text.RegularExpressions;

namespace Portal.Model;

/// <summary>
/// A half year of work reporting (通知 三（二）: “每半年…报告工作情况”): 2025上半年 or 2025下半年. Ordered by time;
/// written the short way everywhere it is shown.
/// </summary>
public readonly partial record struct ReportPeriod(int Year, bool SecondHalf) : IComparable<ReportPeriod>
{
    /// <summary>The accepted spellings, for messages.</summary>
    public const string AcceptedForms = "“2025上半年”或“2025下半年”（也可写“2025年上半年”）";

    /// <summary>The first period the campaign reports: the notice was issued in February 2025.</summary>
    public static readonly ReportPeriod First = new(2025, false);

    [GeneratedRegex(@"^\s*(?<year>\d{4})\s*年?\s*(?<half>上|下)\s*半\s*年\s*$")]
    private static partial Regex Pattern();

    /// <summary>2025上半年, 2025年上半年 (spaces ignored); null for anything else.</summary>
    public static ReportPeriod? Parse(string text)
    {
        var match = Pattern().Match(text);
        return match.Success ? new ReportPeriod(int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["half"].Value == "下") : null;
    }

    /// <summary>The half year a date falls in.</summary>
    public static ReportPeriod Of(DateOnly date) => new(date.Year, date.Month > 6);

    public ReportPeriod Next => SecondHalf ? new(Year + 1, false) : new(Year, true);

    public ReportPeriod Previous => SecondHalf ? new(Year, false) : new(Year - 1, true);


    public DateOnly Start => new(Year, SecondHalf ? 7 : 1, 1);

    public DateOnly End => SecondHalf ? new(Year, 12, 31) : new(Year, 6, 30);

    /// <summary>The latest half year that has ended on or before <paramref name="asOf"/> (its last day counts as ended).</summary>
    public static ReportPeriod LatestCompletedAt(DateOnly asOf) => Of(asOf).End == asOf ? Of(asOf) : Of(asOf).Previous;

    public int CompareTo(ReportPeriod other) => (Year * 2 + (SecondHalf ? 1 : 0)).CompareTo(other.Year * 2 + (other.SecondHalf ? 1 : 0));

    public static bool operator <(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) < 0;

    public static bool operator <=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) <= 0;

    public static bool operator >(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) > 0;

    public static bool operator >=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year}{(SecondHalf ? "下" : "上")}半年";

    /// <summary>Every period from <paramref name="first"/> to <paramref name="last"/>, in order.</summary>
    public static IEnumerable<ReportPeriod> Range(ReportPeriod first, ReportPeriod last)
    {
        for (var p = first; p.CompareTo(last) <= 0; p = p.Next) yield return p;
    }
}
