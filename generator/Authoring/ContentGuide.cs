using Portal.Model.ContentSchema;

namespace Portal.Authoring;

/// <summary>content/README.md, the editors' guide: its field tables are generated from the definition, the rest is written by hand.</summary>
public static class ContentGuide
{
    /// <summary>Under content/.</summary>
    public const string FileName = Loading.StoryPlacement.GuideFileName;

    public static string SectionName(ContentDocument document) => $"fields:{document.Id}";

    /// <summary>The guide with every document's table regenerated; documents whose markers are missing are listed in <paramref name="missing"/>.</summary>
    public static string WithFieldTables(string guide, out IReadOnlyList<ContentDocument> missing)
    {
        var absent = new List<ContentDocument>();
        foreach (var document in ContentDocuments.All)
        {
            if (MarkedSection.Has(guide, SectionName(document))) guide = MarkedSection.Replace(guide, SectionName(document), FieldTableWriter.Write(document));
            else absent.Add(document);
        }
        missing = absent;
        return guide;
    }
}
