using System.Globalization;

namespace Portal.Model.ContentSchema;

/// <summary>How editors may write a date. The reader parses <see cref="Formats"/>; <see cref="Pattern"/> says the same to schemas and forms.</summary>
public static class ContentDate
{
    /// <summary>The first is the one to recommend; the others are what editors type anyway.</summary>
    public static readonly IReadOnlyList<string> Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"];

    public static readonly TextPattern Pattern = new(
        @"^\d{4}(-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])|/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])|年(0?[1-9]|1[0-2])月(0?[1-9]|[12]\d|3[01])日)$",
        "日期请写成“2025-03-14”的形式（年-月-日，月份 1–12）；也可写“2025/3/14”或“2025年3月14日”。");

    public static readonly DateOnly Example = new(2025, 3, 14);

    /// <summary>The example date in every accepted format, recommended one first.</summary>
    public static IEnumerable<string> ExampleSpellings() => Formats.Select(f => Example.ToString(f, CultureInfo.InvariantCulture)).Distinct();
}
