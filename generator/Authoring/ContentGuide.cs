using Portal.Model;
using Portal.Model.ContentSchema;
using Portal.Validation;

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

    /// <summary>The section of 六、看懂错误提示 listing what the browser editor says for each code an editor can cause from the form.</summary>
    public const string FormWordsSection = "errors:form";

    /// <summary>The guide with its form-words table regenerated from theme.yml's formWords; unchanged when it has no such section.</summary>
    public static string WithFormWordsTable(string guide, ThemeText text) =>
        MarkedSection.Has(guide, FormWordsSection) ? MarkedSection.Replace(guide, FormWordsSection, FormWordsTable(text)) : guide;

    /// <summary>
    /// Code, and the editor panel's text for it, with «栏名» where the field's label goes; generated from
    /// <see cref="FormWording.Codes"/> and theme.yml, so a code without its form words cannot be listed.
    /// </summary>
    public static string FormWordsTable(ThemeText text)
    {
        var table = new System.Text.StringBuilder();
        table.Append("| ").Append(text.Word(ThemeKeys.FormWords.GuideCode)).Append(" | ").Append(text.Word(ThemeKeys.FormWords.GuideWords)).Append(" |\n| --- | --- |\n");
        foreach (var code in FormWording.Codes.Order(StringComparer.Ordinal))
        {
            var words = FormWording.Template(code, text, text.Word(ThemeKeys.FormWords.GuideField), text.Word(ThemeKeys.FormWords.GuideValue), text.Word(ThemeKeys.FormWords.GuideMessage));
            table.Append("| ").Append(code).Append(" | ").Append(words.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }
        return table.ToString();
    }
}
