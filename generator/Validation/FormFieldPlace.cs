using System.Text.RegularExpressions;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>
/// Which field of the browser editor's form a line of a saved Markdown file belongs to, as the form names it
/// ("封面图片 › 图片说明（alt）"), and what the line holds: how a slip located by file and line is told in the form's words.
/// </summary>
/// <param name="Label">The field's form label; for a sub-field, its object's label and its own.</param>
/// <param name="Value">The line's value as the form shows it (no key, no list dash, no quotes); empty when it holds none.</param>
/// <param name="InBody">The line is in the body (the form's 正文), not in a field.</param>
public sealed partial record FormFieldPlace(string Label, string Value, bool InBody)
{
    private const string LabelSeparator = " › ";

    [GeneratedRegex(@"^(?<indent>[ ]*)(?:-[ ]+)?(?<key>[A-Za-z_][A-Za-z0-9_]*)[ ]*[:\uFF1A](?:[ \u3000]+|$)")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^[ ]*-[ ]+")]
    private static partial Regex ItemDash();

    /// <summary>
    /// The field at 1-based <paramref name="line"/> of a file of <paramref name="document"/>; null when the line is 0 (the
    /// whole file), outside the file, or names a key the document does not define.
    /// </summary>
    public static FormFieldPlace? Locate(IReadOnlyList<string> lines, int line, ContentDocument document)
    {
        if (line < 1 || line > lines.Count || lines.Count == 0 || lines[0].TrimEnd() != "---") return null;
        var closing = -1;
        for (var i = 1; i < lines.Count && closing < 0; i++)
            if (lines[i].TrimEnd() is "---" or "...") closing = i;
        if (closing < 0) return null;
        if (line - 1 > closing) return new FormFieldPlace("", "", InBody: true);
        if (line - 1 == 0 || line - 1 == closing) return null;

        // The keys above the line, by indentation: the line belongs to the last key less indented than itself, or is one.
        var path = new List<(int Indent, string Key)>();
        for (var i = 1; i < line; i++)
        {
            var text = lines[i];
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#')) continue;
            var indent = text.Length - text.TrimStart(' ').Length;
            if (KeyLine().Match(text) is { Success: true } key)
            {
                // A "- key:" item's key sits two columns in.
                var keyIndent = key.Groups["key"].Index;
                while (path.Count > 0 && path[^1].Indent >= keyIndent) path.RemoveAt(path.Count - 1);
                path.Add((keyIndent, key.Groups["key"].Value));
            }
            else if (i < line - 1)
            {
                while (path.Count > 0 && path[^1].Indent > indent) path.RemoveAt(path.Count - 1);
            }
        }
        if (path.Count == 0) return null;
        var labels = new List<string>();
        IReadOnlyList<ContentField> fields = document.Fields;
        foreach (var (_, key) in path)
        {
            var field = fields.FirstOrDefault(f => f.Key == key);
            if (field is null) break;
            labels.Add(field.Label);
            fields = field.Fields;
        }
        return labels.Count == 0 ? null : new FormFieldPlace(string.Join(LabelSeparator, labels), ValueOf(lines[line - 1]), InBody: false);
    }

    /// <summary>The document a content-relative path ("stories/2025/….md") is a file of, when the browser editor edits it.</summary>
    public static ContentDocument? EditedDocument(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return path.StartsWith("stories/", StringComparison.Ordinal) ? StoryFields.Document
            : path.StartsWith("pages/", StringComparison.Ordinal) ? PageFields.Document
            : path.StartsWith("tasks/", StringComparison.Ordinal) ? TaskFields.Document
            : null;
    }

    /// <summary>What a front-matter line holds, as the form shows it: no key, no list dash, no quotes around the whole.</summary>
    public static string ValueOf(string line)
    {
        var value = KeyLine().Match(line) is { Success: true } key ? line[key.Length..] : ItemDash().Replace(line, "", 1);
        value = value.Trim(' ', '\u3000', '\t');
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0]) value = value[1..^1];
        return value;
    }
}
