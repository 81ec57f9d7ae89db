using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Loading;

/// <summary>
/// Derives the ASCII part of a story's file name from its Chinese title. No pinyin library is available here,
/// so known campaign words are translated (农村公路 → rural-roads) with the theme's glossary, theme/slugs.yml
/// (<see cref="Portal.Model.ThemeText.SlugGlossary"/>), which editors extend without touching code; failing that, the key task's own slug
/// (tasks/04-rural-revitalization.md → rural-revitalization) keeps the name meaningful. --slug always wins.
/// </summary>
public static partial class StorySlug
{
    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex AsciiWord();

    public static string FromTitle(string title, string? taskSlug, IReadOnlyList<(string Chinese, string Slug)> glossary)
    {
        var parts = new List<string>();
        foreach (Match word in AsciiWord().Matches(title.Normalize(NormalizationForm.FormKC).ToLowerInvariant()))
            parts.Add(word.Value);
        var remaining = title;
        foreach (var (chinese, english) in glossary)
        {
            var at = remaining.IndexOf(chinese, StringComparison.Ordinal);
            if (at < 0) continue;
            remaining = remaining.Remove(at, chinese.Length).Insert(at, new string(' ', chinese.Length));
            if (!parts.Contains(english)) parts.Add(english);
            if (parts.Count >= 4) break;
        }
        if (parts.Count == 0 && !string.IsNullOrEmpty(taskSlug)) parts.Add(taskSlug);
        if (parts.Count == 0) parts.Add("story");
        var slug = string.Join('-', parts);
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
