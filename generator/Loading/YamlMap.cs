using Portal.Model;
using System.Globalization;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Loading;

/// <summary>
/// Typed, position-aware reading of one YAML mapping. Each accessor reports a Chinese diagnostic
/// at the value's own line and column and returns null/empty, so loading goes on and all errors are collected.
/// </summary>
public sealed class YamlMap
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"];

    private readonly YamlMappingNode node;
    private readonly int firstLine;
    private readonly DiagnosticBag diagnostics;
    private readonly HashSet<string> readKeys = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string file, int firstLine, DiagnosticBag diagnostics)
    {
        this.node = node;
        File = file;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
        CheckDuplicateKeys();
    }

    public string File { get; }

    public int Line => (int)node.Start.Line + firstLine - 1;

    public int Column => (int)node.Start.Column;

    public bool Has(string key) => Find(key) is not null;

    public Located<string>? String(string key, string label, bool required = false)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required) Missing(key, label);
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
            if (required) Missing(key, label);
            return null;
        }
        return At(text, value);
    }

    public Located<int>? Int(string key, string label, bool required = false)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required) Missing(key, label);
            return null;
        }
        return ReadInt(value, label);
    }

    public Located<DateOnly>? Date(string key, string label, bool required = false)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required) Missing(key, label);
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

    public bool Bool(string key, string label, bool defaultValue = false)
    {
        var value = Find(key);
        if (value is null || IsNull(value)) return defaultValue;
        if (value is YamlScalarNode { Value: { } text })
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "是": return true;
                case "false" or "no" or "否": return false;
            }
        }
        WrongType(value, label, "true 或 false", $"请写成“{key}: true”或“{key}: false”。");
        return defaultValue;
    }

    /// <summary>A list of texts; a single text is accepted as a one-item list.</summary>
    public IReadOnlyList<Located<string>> StringList(string key, string label)
    {
        var value = Find(key);
        if (value is null || IsNull(value)) return [];
        if (value is YamlScalarNode single)
        {
            var text = (single.Value ?? "").Trim();
            return text.Length == 0 ? [] : [At(text, value)];
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
                items.Add(At(text.Trim(), item));
            else if (item is not YamlScalarNode)
                WrongType(item, label, "一段文字", $"{label}的每一项应是一段文字。");
        }
        return items;
    }

    public IReadOnlyList<Located<int>> IntList(string key, string label)
    {
        var value = Find(key);
        if (value is null || IsNull(value)) return [];
        if (value is YamlScalarNode)
        {
            var single = ReadInt(value, label);
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
            var number = ReadInt(item, label);
            if (number is not null) items.Add(number.Value);
        }
        return items;
    }

    public YamlMap? Map(string key, string label, bool required = false)
    {
        var value = Find(key);
        if (value is null || IsNull(value))
        {
            if (required) Missing(key, label);
            return null;
        }
        if (value is not YamlMappingNode map)
        {
            WrongType(value, label, "多级字段", $"请按模板在“{key}:”下面缩进书写各子字段。");
            return null;
        }
        return new YamlMap(map, File, firstLine, diagnostics);
    }

    public IReadOnlyList<YamlMap> MapList(string key, string label)
    {
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
            if (item is YamlMappingNode map) maps.Add(new YamlMap(map, File, firstLine, diagnostics));
            else WrongType(item, label, "多级字段", $"{label}的每一项应包含若干“字段: 值”。");
        }
        return maps;
    }

    /// <summary>Warns about keys that no accessor asked for: usually a misspelt field name.</summary>
    public void ReportUnknownKeys(IEnumerable<string> knownKeys)
    {
        var known = knownKeys.ToList();
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

    private Located<int>? ReadInt(YamlNode value, string label)
    {
        if (value is YamlScalarNode { Value: { } text })
        {
            var normalized = text.Trim().Normalize(System.Text.NormalizationForm.FormKC);
            if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                return At(number, value);
        }
        WrongType(value, label, "阿拉伯数字", $"{label}请用阿拉伯数字书写，例如 4，而不是“四”。");
        return null;
    }

    private YamlNode? Find(string key)
    {
        readKeys.Add(key);
        foreach (var (keyNode, valueNode) in node.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } k } && k == key) return valueNode;
        }
        return null;
    }

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private void Missing(string key, string label) =>
        diagnostics.Error(DiagnosticCodes.RequiredFieldMissing, File, Line, Column,
            $"缺少必填字段 {label}（{key}）。", $"请在元数据区加上一行“{key}: …”。");

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
