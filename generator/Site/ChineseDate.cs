namespace Portal.Site;

/// <summary>Dates as Chinese official documents write them: 2025年2月25日, without leading zeros (GB/T 9704).</summary>
public static class ChineseDate
{
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
