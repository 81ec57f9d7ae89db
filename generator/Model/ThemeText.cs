namespace Portal.Model;

/// <summary>
/// theme/theme.yml: section titles, navigation, page titles and descriptions, labels, the words of the files the
/// generator writes (CSV headers, the search index's labels, the editor's collections) and the pages' CSP; and
/// theme/slugs.yml, the glossary `new story` names files with. Its keys are declared in <see cref="ThemeKeys"/>.
/// </summary>
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
    /// <summary>Every word of the file by its declared dotted key (<see cref="ThemeKeys"/>): "labels.year" → "{year}年".</summary>
    public required IReadOnlyDictionary<string, string> Words { get; init; }
    /// <summary>theme/slugs.yml: a Chinese word and the English file-name part it gives, in the order they are tried.</summary>
    public required IReadOnlyList<(string Chinese, string Slug)> SlugGlossary { get; init; }

    /// <summary>The word of a declared key (a <see cref="ThemeKeys"/> constant), with {name} placeholders filled.</summary>
    public string Word(string key, params (string Name, object Value)[] values) =>
        Fill(Words.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"theme/theme.yml: {key} is missing"), values);

    /// <summary>The words of a block ("search", "storyTypes") by their last key part, for templates and the search manifest.</summary>
    public IReadOnlyDictionary<string, string> Block(string block) =>
        Words.Where(w => w.Key.StartsWith(block + ".", StringComparison.Ordinal) && w.Key.IndexOf('.', block.Length + 1) < 0)
            .ToDictionary(w => w.Key[(block.Length + 1)..], w => w.Value, StringComparer.Ordinal);

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
