using Portal.Model.ContentSchema;

namespace Portal.Authoring;

/// <summary>The JSON Schema files content/.schemas should hold: one per content document, generated from the definition.</summary>
public static class SchemaFiles
{
    /// <summary>Path under content/ and full text of each schema.</summary>
    public static IEnumerable<(string RelativePath, string Text)> All() =>
        ContentDocuments.All.Select(d => (JsonSchemaWriter.RelativePath(d), JsonSchemaWriter.Write(d)));
}
