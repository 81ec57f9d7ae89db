namespace Portal.Model.ContentSchema;

/// <summary>Every kind of content file with fields: the single definition the readers, schemas, guide and templates follow.</summary>
public static class ContentDocuments
{
    public static IReadOnlyList<ContentDocument> All { get; } =
    [
        StoryFields.Document,
        TaskFields.Document,
        PageFields.Document,
        NoticeFields.Document,
        SiteFields.Document,
        DepartmentsFields.Document,
        MechanismFields.Document,
    ];

    public static ContentDocument Find(string id) =>
        All.FirstOrDefault(d => d.Id == id) ?? throw new ArgumentException($"no content document \"{id}\"", nameof(id));
}
