using System.Text;
using Portal.Model.ContentSchema;

namespace Portal.Authoring;

/// <summary>The Markdown table of a content document's fields in the editors' guide; sub-fields are written parent.child.</summary>
public static class FieldTableWriter
{
    public static string Write(ContentDocument document)
    {
        var table = new StringBuilder();
        table.Append("| 字段 | 名称 | 必填 | 怎么写 | 说明 |\n");
        table.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var field in document.Fields) AppendRows(table, field, "");
        return table.ToString();
    }

    private static void AppendRows(StringBuilder table, ContentField field, string parent)
    {
        var path = parent + field.Key;
        table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{path}` | {Cell(field.Label)} | {Cell(FieldWording.RequirementColumn(field))} | {Cell(FieldWording.HowToWrite(field))} | {Cell(field.Hint)} |\n");
        foreach (var sub in field.Fields) AppendRows(table, sub, path + ".");
    }

    /// <summary>A pipe would end the cell, a line break the row.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
