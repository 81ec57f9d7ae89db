using Portal.Model;
using Portal.Model.ContentSchema;
using System.Globalization;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Loading;

/// <summary>
/// Typed, position-aware reading of one YAML mapping whose keys are defined by <see cref="ContentField"/>s.
/// Each accessor reports a value it cannot read as its kind (a list for a text, 四 for 4) at the value's own line and
/// column and returns null/empty, so loading goes on and all errors are collected. What the value must be beyond its
/// kind (required, choices, pattern, length, range) is the field rules' to judge: every value read whose field has such
/// rules, and every required field found missing, is recorded in <see cref="Written"/> for them.
/// </summary>
public sealed class YamlMap
{
    private static readonly string[] DateFormats = [.. ContentDate.Formats];

    private readonly YamlMappingNode node;
    private readonly int firstLine;
    private readonly IReadOnlyList<ContentField> fields;
    private readonly DiagnosticBag diagnostics;
    private readonly List<WrittenValue> written;

    /// <param name="fields">The keys this mapping may hold; reading any other field is a programming error.</param>
    /// <param name="written">Where the values read are recorded: a sub-mapping shares its file's list.</param>
    public YamlMap(YamlMappingNode node, string file, int firstLine, IReadOnlyList<ContentField> fields, DiagnosticBag diagnostics, List<WrittenValue>? written = null)
    {
        this.node = node;
        File = file;
        this.firstLine = firstLine;
        this.fields = fields;
        this.diagnostics = diagnostics;
        this.written = written ?? [];
        CheckDuplicateKeys();
    }

    /// <summary>Every value read so far from this mapping's file that its field has rules for, and every required field found missing (text null).</summary>
    public IReadOnlyList<WrittenValue> Written => written;

    public string File { get; }

    public int Line => (int)node.Start.Line + firstLine - 1;

    public int Column => (int)node.Start.Column;

    public Located<string>? String(ContentField field)
    {
        var (key, label, required) = Expect(field, FieldKind.Text);
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required) Missing(field);
            return null;
        }
        if (value is not YamlScalarNode scalar)
        {
            WrongType(value, label, "一段文字", $"请写成“{key}: 文字”，不要写成列表或多级字段。");
            return null;
        }
        var text = (scalar.Value ?? "").Trim();
        if (text.Length == 0)
        {
            if (required) Missing(field);
            return null;
        }
        return Record(field, At(text, value));
    }

    public Located<int>? Int(ContentField field)
    {
        var (key, label, required) = Expect(field, FieldKind.Integer);
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required) Missing(field);
            return null;
        }
        return ReadInt(field, value, label);
    }

    public Located<DateOnly>? Date(ContentField field)
    {
        var (key, label, required) = Expect(field, FieldKind.Date);
        var value = Find(key);
        // A date cleared in the browser editor is written as "": no date, as an empty text is no text.
        if (value is null || IsNull(value) || value is YamlScalarNode { Value: { } blank } && blank.Trim().Length == 0)
        {
            if (required) Missing(field);
            return null;
        }
        if (value is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return At(date, value);
        }
        diagnostics.Error(DiagnosticCodes.InvalidDate, File, LineOf(value), ColumnOf(value),
            $"{label}“{Display(value)}”不是有效的日期。",
            $"请写成“{key}: 2025-03-14”的形式（年-月-日，月份 1–12，日期须在该月内）。");
        return null;
    }

    public bool Bool(ContentField field, bool defaultValue = false)
    {
        var (key, label, _) = Expect(field, FieldKind.Boolean);
        var value = Find(key);
        if (value is null || IsNull(value)) return defaultValue;
        if (value is YamlScalarNode { Value: { } text })
        {
            var word = text.Trim().ToLowerInvariant();
            if (ContentBoolean.TrueWords.Contains(word)) return true;
            if (ContentBoolean.FalseWords.Contains(word)) return false;
        }
        WrongType(value, label, "true 或 false", $"请写成“{key}: true”或“{key}: false”。");
        return defaultValue;
    }

    /// <summary>A list of texts; a single text is accepted as a one-item list.</summary>
    public IReadOnlyList<Located<string>> StringList(ContentField field)
    {
        var (key, label, _) = Expect(field, FieldKind.TextList);
        var value = Find(key);
        if (value is null || IsNull(value)) return [];
        if (value is YamlScalarNode single)
        {
            var text = (single.Value ?? "").Trim();
            return text.Length == 0 ? [] : [Record(field, At(text, value))];
        }
        if (value is not YamlSequenceNode sequence)
        {
            WrongType(value, label, "列表", $"请写成“{key}: [甲, 乙]”的形式。");
            return [];
        }
        var items = new List<Located<string>>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
                items.Add(Record(field, At(text.Trim(), item)));
            else if (item is not YamlScalarNode)
                WrongType(item, label, "一段文字", $"{label}的每一项应是一段文字。");
        }
        return items;
    }

    public IReadOnlyList<Located<int>> IntList(ContentField field)
    {
        var (key, label, _) = Expect(field, FieldKind.IntegerList);
        var value = Find(key);
        if (value is null || IsNull(value)) return [];
        if (value is YamlScalarNode)
        {
            var single = ReadInt(field, value, label);
            return single is null ? [] : [single.Value];
        }
        if (value is not YamlSequenceNode sequence)
        {
            WrongType(value, label, "数字列表", $"请写成“{key}: [4]”或“{key}: [1, 3]”的形式。");
            return [];
        }
        var items = new List<Located<int>>();
        foreach (var item in sequence.Children)
        {
            var number = ReadInt(field, item, label);
            if (number is not null) items.Add(number.Value);
        }
        return items;
    }

    public YamlMap? Map(ContentField field)
    {
        var (key, label, required) = Expect(field, FieldKind.Object);
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required) Missing(field);
            return null;
        }
        if (value is not YamlMappingNode map)
        {
            WrongType(value, label, "多级字段", $"请按模板在“{key}:”下面缩进书写各子字段。");
            return null;
        }
        return new YamlMap(map, File, firstLine, field.Fields, diagnostics, written);
    }

    /// <summary>An object field that may also be one text standing for its <see cref="ContentField.Shorthand"/> sub-field.</summary>
    /// <returns>The mapping, or the text, or neither (absent or reported).</returns>
    public (YamlMap? Map, Located<string>? Text) MapOrText(ContentField field)
    {
        var (key, label, required) = Expect(field, FieldKind.Object);
        if (field.Shorthand is null) throw new InvalidOperationException($"\"{field.Key}\" has no shorthand: read it with Map.");
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required) Missing(field);
            return (null, null);
        }
        switch (value)
        {
            case YamlMappingNode map:
                return (new YamlMap(map, File, firstLine, field.Fields, diagnostics, written), null);
            case YamlScalarNode { Value: { } text } when text.Trim().Length > 0:
                return (null, Record(field.Shorthand, At(text.Trim(), value)));
            default:
                WrongType(value, label, $"一段文字或多级字段", $"请写成“{key}: {field.Shorthand.Label}”，或在“{key}:”下面缩进书写各子字段。");
                return (null, null);
        }
    }

    public IReadOnlyList<YamlMap> MapList(ContentField field)
    {
        var (key, label, _) = Expect(field, FieldKind.ObjectList);
        var value = Find(key);
        if (value is null || IsNull(value)) return [];
        if (value is not YamlSequenceNode sequence)
        {
            WrongType(value, label, "列表", $"请在“{key}:”下面每项以“- ”开头书写。");
            return [];
        }
        var maps = new List<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map) maps.Add(new YamlMap(map, File, firstLine, field.Fields, diagnostics, written));
            else WrongType(item, label, "多级字段", $"{label}的每一项应包含若干“字段: 值”。");
        }
        return maps;
    }

    /// <summary>Warns about keys that are not defined for this mapping: usually a misspelt field name.</summary>
    public void ReportUnknownKeys()
    {
        var known = fields.Select(f => f.Key).ToList();
        foreach (var (keyNode, _) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || known.Contains(key, StringComparer.Ordinal)) continue;
            var suggestion = NameSuggester.Closest(key, known);
            diagnostics.Warning(DiagnosticCodes.UnknownField, File, LineOf(keyNode), ColumnOf(keyNode),
                $"未知字段“{key}”，将被忽略。",
                suggestion is null ? $"可用字段：{string.Join("、", known)}。" : $"是否为“{suggestion}”？");
        }
    }

    private void CheckDuplicateKeys()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, _) in node.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key } && !seen.Add(key))
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, File, LineOf(keyNode), ColumnOf(keyNode),
                    $"字段“{key}”重复出现。", "同一字段只能写一次，请删除多余的一行。");
            }
        }
    }

    private Located<int>? ReadInt(ContentField field, YamlNode value, string label)
    {
        if (value is YamlScalarNode { Value: { } text })
        {
            var normalized = text.Trim().Normalize(System.Text.NormalizationForm.FormKC);
            if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                if (field.HasValueRules) written.Add(new WrittenValue(field, File, number.ToString(CultureInfo.InvariantCulture), LineOf(value), ColumnOf(value)));
                return At(number, value);
            }
        }
        WrongType(value, label, "阿拉伯数字", $"{label}请用阿拉伯数字书写，例如 4，而不是“四”。");
        return null;
    }

    /// <summary>
    /// Reading a field this mapping does not define, or with the accessor of another kind, would make the
    /// definition and the reader disagree: refused loudly, so that any test reading such content fails.
    /// </summary>
    private (string Key, string Label, bool Required) Expect(ContentField field, FieldKind kind)
    {
        if (!IsDefined(field))
            throw new InvalidOperationException($"\"{field.Key}\" is not a field defined for this mapping ({string.Join(", ", fields.Select(f => f.Key))}).");
        if (field.Kind != kind)
            throw new InvalidOperationException($"\"{field.Key}\" is defined as {field.Kind} but read as {kind}.");
        return (field.Key, field.Label, field.Requirement == Requirement.Required);
    }

    private bool IsDefined(ContentField field)
    {
        foreach (var defined in fields)
        {
            if (ReferenceEquals(defined, field)) return true;
        }
        return false;
    }

    private YamlNode? Find(string key)
    {
        foreach (var (keyNode, valueNode) in node.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } k } && k == key) return valueNode;
        }
        return null;
    }

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    /// <summary>Recorded, not reported: the field rules say it, with the other requirements of the definition.</summary>
    private void Missing(ContentField field) => written.Add(new WrittenValue(field, File, null, Line, Column));

    /// <summary>Only values a rule can refuse are kept: a 50,000-story site holds them all until validation.</summary>
    private Located<string> Record(ContentField field, Located<string> value)
    {
        if (field.HasValueRules) written.Add(new WrittenValue(field, File, value.Value, value.Line, value.Column));
        return value;
    }

    private void WrongType(YamlNode value, string label, string expected, string fix) =>
        diagnostics.Error(DiagnosticCodes.WrongValueType, File, LineOf(value), ColumnOf(value),
            $"{label}应为{expected}，但写成了“{Display(value)}”。", fix);

    private static string Display(YamlNode value) => value switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode => "列表",
        YamlMappingNode => "多级字段",
        _ => value.ToString(),
    };

    private Located<T> At<T>(T value, YamlNode at) => new(value, LineOf(at), ColumnOf(at));

    private int LineOf(YamlNode at) => (int)at.Start.Line + firstLine - 1;

    private static int ColumnOf(YamlNode at) => (int)at.Start.Column;
}
