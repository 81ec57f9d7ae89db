using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Diagnostics;

namespace Portal.Loading;

/// <summary>
/// What Word and Chinese input methods put into a YAML line that the parser would only call "invalid": tabs,
/// full-width colons and spaces, curly quotes used as quotes. Found here once, reported by <see cref="YamlSource"/>
/// and repaired by `check --fix` from the same <see cref="Slip.After"/>.
/// </summary>
public static partial class YamlSlips
{
    /// <summary>One slip on one line of a file. <paramref name="After"/> is the repaired line, or null when no mechanical fix is safe.</summary>
    public sealed record Slip(string Code, int Line, int Column, string Message, string Hint, string? After);

    private const char FullWidthSpace = '\u3000';

    // A key (possibly after "- ", "{" or ", "), then spaces of either width, then a colon of either width.
    [GeneratedRegex(@"(?<lead>^[ \u3000]*(?:-[ \u3000]+)?|[{,][ \u3000]*)(?<key>[A-Za-z][A-Za-z0-9_]*)(?<gap>[ \u3000]*)(?<colon>[:：])(?<after>[ \u3000\t]*)")]
    private static partial Regex KeyAndColon();

    /// <summary>The slips of each line of <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static IEnumerable<Slip> Find(string yaml, int firstLine)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var slip in InLine(lines[i], i + firstLine)) yield return slip;
        }
    }

    /// <summary>At most one slip per kind and line, leftmost first; fixing one line fixes all of its slips of that kind.</summary>
    public static IEnumerable<Slip> InLine(string line, int lineNumber)
    {
        // Almost every line has none of the characters a slip needs: it costs one vectorised search, not a regex.
        if (!line.AsSpan().ContainsAny(SlipCharacters)) yield break;
        var tab = line.IndexOf('\t');
        if (tab >= 0 && line[..tab].Trim(' ', FullWidthSpace).Length == 0)
        {
            yield return new Slip(DiagnosticCodes.TabIndentation, lineNumber, tab + 1,
                "YAML 中不能用制表符（Tab）缩进。", "请把该行开头的 Tab 换成空格（通常为 2 个空格）。", null);
        }
        var matches = KeyAndColon().Matches(line).Where(m => !InsideQuotes(line, m.Index)).ToList();
        var fullWidthColon = matches.FirstOrDefault(m => m.Groups["colon"].Value == "：");
        if (fullWidthColon is not null)
        {
            var key = fullWidthColon.Groups["key"].Value;
            yield return new Slip(DiagnosticCodes.FullWidthColon, lineNumber, fullWidthColon.Groups["colon"].Index + 1,
                $"字段“{key}”后面用了中文全角冒号“：”。", $"请改为英文冒号加空格，例如“{key}: …”。", RepairKeys(line));
        }
        var space = FirstStructuralFullWidthSpace(line, matches);
        if (space >= 0 && BeforeValue(line, matches, space) is { } valueKey)
        {
            // Word's first-line indent pasted with the text: "title: 　　关于…".
            yield return new Slip(DiagnosticCodes.FullWidthSpace, lineNumber, space + 1,
                $"字段“{valueKey}”的冒号与值之间有中文全角空格“　”（中文输入法下按的空格，或从 Word 粘贴带来的首行缩进），YAML 不认作空格。",
                "请把冒号后的空白改为一个英文半角空格，或运行 `check --fix` 自动修正。", RepairKeys(line));
        }
        else if (space >= 0)
        {
            yield return new Slip(DiagnosticCodes.FullWidthSpace, lineNumber, space + 1,
                $"第 {space + 1} 列是中文全角空格“　”，YAML 不认作空格。",
                IsIndentation(line, space)
                    ? "请删除行首的全角空格；子字段用英文半角空格缩进（通常 2 个）。"
                    : "请把它换成英文半角空格（切换到英文输入法后按空格键），或运行 `check --fix` 自动修正。",
                IsIndentation(line, space) ? null : RepairKeys(line));
        }
        var tabAfterColon = matches.FirstOrDefault(m => m.Groups["after"].Value.Contains('\t'));
        if (tab > 0 && tabAfterColon is not null)
        {
            yield return new Slip(DiagnosticCodes.TabIndentation, lineNumber, tabAfterColon.Groups["after"].Index + tabAfterColon.Groups["after"].Value.IndexOf('\t') + 1,
                $"字段“{tabAfterColon.Groups["key"].Value}”的冒号后面用了制表符（Tab）。", "请把冒号后的 Tab 换成一个空格。", null);
        }
        if (CurlyQuoted(line, matches) is { } quoted)
        {
            yield return new Slip(DiagnosticCodes.CurlyQuotedValue, lineNumber, quoted.Start + 1,
                $"值两边的“{line[quoted.Start]}”“{line[^1]}”是中文引号，YAML 不把它们当作引号，值中的“: ”或“ #”因此出错。",
                $"请改用英文双引号：{quoted.Key}: \"{quoted.Inner}\"，或运行 `check --fix` 自动修正。", quoted.Repaired);
        }
    }

    /// <summary>The line with every slip that has a mechanical repair repaired (what `check --fix` writes).</summary>
    public static string Repair(string line, int lineNumber)
    {
        // Each repair removes its slip; a bounded loop guards against a repair that would not.
        for (var round = 0; round < 8; round++)
        {
            var slip = InLine(line, lineNumber).FirstOrDefault(s => s.After is not null && s.After != line);
            if (slip is null) break;
            line = slip.After!;
        }
        return line;
    }

    /// <summary>
    /// A copy of <paramref name="yaml"/> that the parser can read, so that one slip does not hide the other fields'
    /// mistakes: mechanical repairs applied, and tabs and full-width spaces in the indentation, which only the editor can
    /// settle, guessed (each as two spaces, or dropped when <paramref name="indentAsSpaces"/> is false). Line numbers are
    /// kept; the copy is only read, never written.
    /// </summary>
    public static string Readable(string yaml, int firstLine, bool indentAsSpaces)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Repair(lines[i], i + firstLine);
            var indent = line.Length - line.TrimStart(' ', FullWidthSpace, '\t').Length;
            var guess = indentAsSpaces ? "  " : "";
            var lead = line[..indent].Replace("\t", guess).Replace(FullWidthSpace.ToString(), guess);
            var rest = line[indent..];
            // A tab or full-width space after a key's colon is a space to the reader.
            rest = KeyAndColon().Replace(rest, m => m.Value.Replace('\t', ' ').Replace(FullWidthSpace, ' '), 1);
            lines[i] = lead + rest;
        }
        return string.Join('\n', lines);
    }

    /// <summary>The line with every key's colon made ": " and every full-width space around keys made half-width; values untouched.</summary>
    public static string RepairKeys(string line)
    {
        var builder = new StringBuilder();
        var last = 0;
        foreach (var m in KeyAndColon().Matches(line).Where(m => !InsideQuotes(line, m.Index)))
        {
            builder.Append(line, last, m.Index - last);
            builder.Append(RepairLead(m.Groups["lead"].Value, m.Index == 0));
            builder.Append(m.Groups["key"].Value).Append(':');
            var after = m.Groups["after"].Value;
            if (m.Groups["colon"].Value == "：" || after.Contains(FullWidthSpace))
                after = m.Index + m.Length == line.Length ? "" : " ";
            builder.Append(after);
            last = m.Index + m.Length;
        }
        builder.Append(line, last, line.Length - last);
        var repaired = builder.ToString();
        return repaired.Trim(' ', FullWidthSpace).Length == 0 ? "" : repaired.TrimEnd(FullWidthSpace);
    }

    /// <summary>Full-width spaces after "-" become spaces; in the indentation they are left for the editor, who alone knows the intended depth.</summary>
    private static string RepairLead(string lead, bool atLineStart)
    {
        if (!atLineStart) return lead.Replace(FullWidthSpace, ' ');
        var dash = lead.IndexOf('-');
        var indent = dash < 0 ? lead : lead[..dash];
        var rest = dash < 0 ? "" : lead[dash..];
        return indent + rest.Replace(FullWidthSpace, ' ');
    }

    /// <summary>The key whose value the full-width space at <paramref name="index"/> precedes, or null when it is not between a colon and a value.</summary>
    private static string? BeforeValue(string line, List<Match> matches, int index)
    {
        foreach (var m in matches)
        {
            var after = m.Groups["after"];
            var end = after.Index + after.Length;
            if (m.Groups["colon"].Value == ":" && index >= after.Index && index < end && end < line.Length) return m.Groups["key"].Value;
        }
        return null;
    }

    private static bool IsIndentation(string line, int index) => line[..(index + 1)].Trim(' ', FullWidthSpace).Length == 0;

    private static int FirstStructuralFullWidthSpace(string line, List<Match> matches)
    {
        foreach (var m in matches)
        {
            foreach (var group in new[] { "lead", "gap", "after" })
            {
                var g = m.Groups[group];
                var at = g.Value.IndexOf(FullWidthSpace);
                if (at >= 0) return g.Index + at;
            }
        }
        if (line.Length > 0 && line[^1] == FullWidthSpace) return line.TrimEnd(FullWidthSpace).Length;
        return -1;
    }

    private sealed record Quoted(string Key, int Start, string Inner, string Repaired);

    private static readonly string OpeningQuotes = "“”‘’「『";

    /// <summary>A line without any of these has no slip: a tab, a full-width space or colon, or an opening curly quote.</summary>
    private static readonly SearchValues<char> SlipCharacters = SearchValues.Create("\t\u3000：" + OpeningQuotes);
    private static readonly string ClosingQuotes = "“”‘’」』";

    /// <summary>A value wrapped in curly quotes that would break or be cut short unquoted (": " or " #" inside).</summary>
    private static Quoted? CurlyQuoted(string line, List<Match> matches)
    {
        if (matches.Count == 0 || matches[0].Index != 0 || matches[0].Groups["colon"].Value != ":") return null;
        var m = matches[0];
        var start = m.Index + m.Length;
        var value = line[start..].TrimEnd();
        if (value.Length < 2 || !OpeningQuotes.Contains(value[0]) || !ClosingQuotes.Contains(value[^1])) return null;
        var inner = value[1..^1];
        if (!inner.Contains(": ") && !inner.Contains(" #") && !inner.EndsWith(':')) return null;
        var escaped = inner.Replace("\\", "\\\\").Replace("\"", "\\\"");
        return new Quoted(m.Groups["key"].Value, start, inner, line[..start] + "\"" + escaped + "\"");
    }

    /// <summary>A key-like text inside a quoted value ("title: \"a: b\"") is not a key.</summary>
    private static bool InsideQuotes(string line, int index)
    {
        var quote = '\0';
        for (var i = 0; i < index; i++)
        {
            var c = line[i];
            if (quote == '\0' && c is '"' or '\'') quote = c;
            else if (c == quote) quote = '\0';
        }
        return quote != '\0';
    }
}
