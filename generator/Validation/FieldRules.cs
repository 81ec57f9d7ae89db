using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>
/// What the field definition itself says a value must be: present when required, one of its choices, matching its
/// pattern, no longer than its length, inside its range. The JSON Schemas and the browser editor's form are written
/// from the same <see cref="ContentField"/> values, so the build, the schema and the form accept the same values;
/// nothing here is specific to one field. Rules between fields or documents are in the *Rules classes.
/// </summary>
public static class FieldRules
{
    // The patterns are ECMAScript (JSON Schema, the form's JavaScript): read the same way here.
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static void Check(IEnumerable<WrittenValue> written, DiagnosticBag diagnostics)
    {
        foreach (var value in written)
        {
            if (Violation(value) is { } diagnostic) diagnostics.Add(diagnostic);
        }
    }

    /// <summary>True when <paramref name="text"/> keeps every rule of <paramref name="field"/>: other rules need not report it again.</summary>
    public static bool Accepts(ContentField field, string text) => Violation(new WrittenValue(field, "", text, 0, 0)) is null;

    /// <summary>The first rule <paramref name="value"/> breaks, as an error; null when it keeps them all.</summary>
    public static Diagnostic? Violation(WrittenValue value)
    {
        var field = value.Field;
        if (value.Text is not { } text)
        {
            return field.Requirement == Requirement.Required
                ? Error(DiagnosticCodes.RequiredFieldMissing, $"缺少必填字段 {field.Label}（{field.Key}）。", $"请在元数据区加上一行“{field.Key}: …”。")
                : null;
        }
        if (field.Choices.Count > 0 && !field.Choices.Any(c => c.Value == text))
        {
            var allowed = field.Choices.Select(c => c.Value).ToList();
            var guess = NameSuggester.Closest(text, allowed);
            return Rule(guess is null ? $"未知的{field.Label}“{Shorten(text)}”。" : $"未知的{field.Label}“{Shorten(text)}”，是否为“{guess}”？",
                $"{field.Label}只能是：{string.Join("、", allowed)}。");
        }
        if (field.Pattern is { } pattern && !Regex(pattern.Regex).IsMatch(text))
            return Rule($"{field.Label}“{Shorten(text)}”{pattern.Problem}。", pattern.Message);
        // JSON Schema's maxLength counts code points, as an editor counts characters.
        if (field.MaxLength is { } max && text.EnumerateRunes().Count() > max)
            return Rule($"{field.Label}“{Shorten(text)}”超过 {max} 个字。", $"{field.Label}请不超过 {max} 个字。");
        if ((field.Minimum is not null || field.Maximum is not null)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && (number < field.Minimum || number > field.Maximum))
        {
            // A number that must also exist in content (a task) says where the existing ones are.
            var source = field.ChoicesFrom is { } from ? $"，并且是{from.Description}" : "";
            return Rule($"{field.Label} {text} 超出范围。", $"{field.Label}应为{Range(field)}的整数{source}。");
        }
        return null;

        Diagnostic Rule(string message, string fix) => Error(field.RuleCode ?? DiagnosticCodes.WrongValueType, message, fix);

        Diagnostic Error(string code, string message, string fix) =>
            new(code, Severity.Error, value.File, value.Line, value.Column, message, fix);
    }

    private static string Range(ContentField field) => (field.Minimum, field.Maximum) switch
    {
        ({ } min, { } max) => $" {min} 到 {max} 之间",
        ({ } min, null) => $"不小于 {min} ",
        (null, { } max) => $"不大于 {max} ",
        _ => "",
    };

    private static Regex Regex(string pattern) =>
        Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.ECMAScript));

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
