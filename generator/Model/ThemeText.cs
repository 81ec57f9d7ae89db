namespace Portal.Model;

/// <summary>theme/theme.yml: section titles, navigation, page titles and descriptions, labels and the pages' CSP.</summary>
public sealed record ThemeText
{
    public required string ContentSecurityPolicy { get; init; }
    /// <summary>The browser editor's own policy at /admin/ (it evaluates code and inline styles).</summary>
    public required string AdminContentSecurityPolicy { get; init; }
    /// <summary>Section key → its title and optional shorter labels, in the site map's order.</summary>
    public required IReadOnlyList<SectionText> Sections { get; init; }
    public required IReadOnlyList<string> Navigation { get; init; }
    /// <summary>The columns row under the navigation: story type slugs or section keys.</summary>
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<string> SiteMap { get; init; }
    public required IReadOnlyList<string> Footer { get; init; }
    /// <summary>Page kind → "title"/"description" → text with {placeholders}.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Pages { get; init; }
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public SectionText Section(string key) =>
        (sectionByKey ??= Sections.ToDictionary(s => s.Key, StringComparer.Ordinal)).TryGetValue(key, out var section)
            ? section : throw new KeyNotFoundException($"theme/theme.yml: sections.{key} is missing");

    private Dictionary<string, SectionText>? sectionByKey;

    /// <summary>pages.{kind}.{field}, with {name} placeholders filled from <paramref name="values"/>.</summary>
    public string Page(string kind, string field, params (string Name, object Value)[] values) =>
        Fill(Pages.TryGetValue(kind, out var page) && page.TryGetValue(field, out var text)
            ? text : throw new KeyNotFoundException($"theme/theme.yml: pages.{kind}.{field} is missing"), values);

    public string Label(string key, params (string Name, object Value)[] values) =>
        Fill(Labels.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"theme/theme.yml: labels.{key} is missing"), values);

    private static string Fill(string text, (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value.ToString(), StringComparison.Ordinal);
        return text;
    }
}

/// <summary>A section's title, and its navigation and footer labels where they are shorter.</summary>
public sealed record SectionText(string Key, string Title, string? Nav, string? Footer)
{
    public string NavText => Nav ?? Title;
    public string FooterText => Footer ?? Title;
}
