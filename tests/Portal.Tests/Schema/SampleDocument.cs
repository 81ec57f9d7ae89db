using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Tests.Schema;

/// <summary>
/// A content file that uses every field of a document, each with its first example (an object list has one item),
/// optionally with one field's value replaced; and the reader that reads such a file.
/// </summary>
public static class SampleDocument
{
    /// <summary>Where the sample is written under content/, valid for its reader.</summary>
    public static string PathOf(ContentDocument document) => document.Id switch
    {
        "story" => $"{document.Path}/2025/2025-03-14-sample.md",
        "task" => $"{document.Path}/04-sample.md",
        "page" => $"{document.Path}/sample.md",
        _ when !document.IsFolder => document.Path,
        _ => throw new ArgumentException($"no sample path for {document.Id}: add one"),
    };

    /// <summary>Runs the document's reader on the file, as loading would; returns the values it recorded for the field rules.</summary>
    public static IReadOnlyList<WrittenValue> Read(ContentDocument document, ContentFiles files, DiagnosticBag diagnostics)
    {
        var full = files.Full(PathOf(document));
        return document.Id switch
        {
            "story" => StoryReader.Read(files, full, diagnostics).Written,
            "task" => TaskReader.Read(files, full, diagnostics).Written,
            "page" => PageReader.Read(files, full, diagnostics).Written,
            "notice" => NoticeReader.Read(files, diagnostics).Written,
            "site" => SiteConfigReader.Read(files, diagnostics).Written,
            "departments" => DepartmentsReader.Read(files, diagnostics).Written,
            "mechanism" => MechanismReader.Read(files, diagnostics).Written,
            _ => throw new ArgumentException($"no reader known for {document.Id}: add it here"),
        };
    }

    /// <summary>Every field path ("cover.src", "departments.name") with its field, parents first.</summary>
    public static IEnumerable<(string Path, ContentField Field)> Paths(IReadOnlyList<ContentField> fields, string parent = "")
    {
        foreach (var field in fields)
        {
            yield return (parent + field.Key, field);
            foreach (var sub in Paths(field.Fields, parent + field.Key + ".")) yield return sub;
        }
    }

    /// <summary>The file's text, and the line (of the file) where <paramref name="replacedPath"/> is written.</summary>
    public static (string Text, int Line) Write(ContentDocument document, string? replacedPath = null, string? replacement = null)
    {
        var lines = new List<string>();
        var frontMatter = document.Format == ContentFormat.MarkdownFrontMatter;
        if (frontMatter) lines.Add("---");
        var line = 0;
        WriteFields(document.Fields, "", "", "");
        if (frontMatter) lines.AddRange(["---", "", "正文。"]);
        return (string.Join('\n', lines) + "\n", line);

        void WriteFields(IReadOnlyList<ContentField> fields, string parent, string indent, string firstPrefix)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                var path = parent + field.Key;
                var prefix = indent + (i == 0 ? firstPrefix : new string(' ', firstPrefix.Length));
                if (path == replacedPath)
                {
                    line = lines.Count + 1;
                    lines.Add($"{prefix}{field.Key}: {replacement}");
                    continue;
                }
                switch (field.Kind)
                {
                    case FieldKind.Object:
                        lines.Add($"{prefix}{field.Key}:");
                        WriteFields(field.Fields, path + ".", prefix.Replace('-', ' ') + "  ", "");
                        break;
                    case FieldKind.ObjectList:
                        lines.Add($"{prefix}{field.Key}:");
                        WriteFields(field.Fields, path + ".", prefix.Replace('-', ' ') + "  ", "- ");
                        break;
                    default:
                        lines.Add($"{prefix}{field.Key}: {field.Examples[0]}");
                        break;
                }
            }
        }
    }
}
