using Portal.Model.ContentSchema;

namespace Portal.Authoring;

/// <summary>The Chinese phrases schemas, the editors' guide and templates use for a field, so that all of them say the same.</summary>
public static class FieldWording
{
    private static readonly string[] Numerals = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>"标题（必填）", "典型类别（type 为“典型案例”时必填）", "摘要（可不写）" or, without <paramref name="sayOptional"/>, "摘要".</summary>
    public static string LabelWithRequirement(ContentField field, bool sayOptional = false) => field switch
    {
        { OnlyWhen: { } condition } => $"{field.Label}（{Condition(condition)}）",
        { IsRequired: true } => $"{field.Label}（必填）",
        _ => sayOptional ? $"{field.Label}（可不写）" : field.Label,
    };

    /// <summary>The guide's 必填 column.</summary>
    public static string RequirementColumn(ContentField field) => field switch
    {
        { OnlyWhen: { } condition } => Condition(condition),
        { IsRequired: true } => "是",
        _ => "否",
    };

    /// <summary>A template line's comment: "标题（必填）：提示".</summary>
    public static string Comment(ContentField field, string advice) => $"{LabelWithRequirement(field, sayOptional: true)}：{advice}";

    /// <summary>"如 a 或 b".</summary>
    public static string ForExample(IEnumerable<string> examples) => "如 " + string.Join(" 或 ", examples);

    public static string Condition(FieldCondition condition) => $"{condition.Field.Key} 为“{condition.Value}”时必填";

    /// <summary>"正面 或 反面", "即时报道、综述评论、专题访谈、宣传短片、典型案例 五选一"; values in code spans when <paramref name="code"/>.</summary>
    public static string Choices(ContentField field, bool code = true)
    {
        var values = field.Choices.Select(c => code ? Code(c.Value) : c.Value).ToList();
        return values.Count == 2
            ? $"{values[0]} 或 {values[1]}"
            : $"{string.Join("、", values)} {Numerals[Math.Min(values.Count, 10)]}选一";
    }

    /// <summary>How a value is written, in Markdown: the guide's 怎么写 column.</summary>
    public static string HowToWrite(ContentField field)
    {
        var examples = string.Join(" 或 ", field.Examples.Select(Code));
        var instances = string.Join("、", field.Examples.Select(Code));
        return field.Kind switch
        {
            FieldKind.Text when field.Choices.Count > 0 => Choices(field),
            FieldKind.Text when field.ChoicesFrom is { } source => $"{source.Description}，如 {instances}",
            FieldKind.Text => field.Examples.Count == 0 ? "一段文字" : $"如 {instances}",
            FieldKind.Integer => $"{Range(field)}阿拉伯数字，如 {examples}",
            FieldKind.Date => $"{Code(ContentDate.ExampleSpellings().First())}"
                + $"（也接受 {string.Join("、", ContentDate.ExampleSpellings().Skip(1).Select(Code))}）",
            FieldKind.Boolean => $"{Code(ContentBoolean.TrueWords[0])} 或 {Code(ContentBoolean.FalseWords[0])}"
                + $"（也接受 {string.Join("、", ContentBoolean.TrueWords.Zip(ContentBoolean.FalseWords).Skip(1).Select(p => $"{Code(p.First)}/{Code(p.Second)}"))}）",
            FieldKind.TextList or FieldKind.IntegerList => examples + ItemNote(field),
            FieldKind.Object when field.Shorthand is { } shorthand =>
                $"只写{shorthand.Label}时写在同一行；否则下面缩进书写 {string.Join("、", field.Fields.Select(f => Code(f.Key)))}",
            FieldKind.Object => $"下面缩进书写 {string.Join("、", field.Fields.Select(f => Code(f.Key)))}",
            FieldKind.ObjectList => $"每项以“- {field.Fields[0].Key}:”开头，写 {string.Join("、", field.Fields.Select(f => Code(f.Key)))}",
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, null),
        };
    }

    private static string ItemNote(ContentField field) => field switch
    {
        { ChoicesFrom: { } source } => $"，每项是 {source.Description}",
        { Choices.Count: > 0 } => $"，每项是 {Choices(field)}",
        { Minimum: not null } or { Maximum: not null } => $"，每项是 {Range(field)}阿拉伯数字",
        _ => "，用英文逗号分隔",
    };

    private static string Range(ContentField field) => (field.Minimum, field.Maximum) switch
    {
        ({ } min, { } max) => $"{min}–{max} 的",
        ({ } min, null) => $"不小于 {min} 的",
        (null, { } max) => $"不大于 {max} 的",
        _ => "",
    };

    private static string Code(string text) => $"`{text}`";
}
