namespace Portal.TestSupport;

/// <summary>
/// A story of the benchmark corpus (our content format, one <c>key: value</c> line per field) as the lean Hugo
/// site takes it (tests/Portal.Benchmarks/hugo-site/README.md): front matter title, date, tasks (numbers 1–9),
/// departments, type, tags and summary, values as written so both tools read the same YAML, and the body unchanged.
/// Fields Hugo's templates do not use (case, source) are left out.
/// </summary>
public static class HugoStory
{
    public static readonly IReadOnlyList<string> Fields = ["title", "date", "tasks", "departments", "type", "tags", "summary"];

    /// <summary>The taxonomies of hugo-site/hugo.toml, by their front-matter field.</summary>
    public static readonly IReadOnlyList<string> Taxonomies = ["tasks", "departments", "type", "tags"];

    public static string FromPortal(string story)
    {
        var (fields, body) = Split(story);
        var missing = Fields.Where(f => !fields.ContainsKey(f)).ToList();
        if (missing.Count > 0) throw new FormatException($"story lacks {string.Join(", ", missing)}");
        return "---\n" + string.Concat(Fields.Select(f => $"{f}: {fields[f]}\n")) + "---\n" + body;
    }

    /// <summary>The raw value of each front-matter line (flow lists as written) and the text after the front matter.</summary>
    public static (IReadOnlyDictionary<string, string> Fields, string Body) Split(string story)
    {
        var text = story.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) throw new FormatException("story has no front matter");
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0) throw new FormatException("front matter is not closed");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text[4..end].Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !char.IsWhiteSpace(line[0])) fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return (fields, text[(end + 5)..]);
    }

    /// <summary>The items of a flow list (<c>[a, b]</c>) or the one scalar: a story's terms in one taxonomy.</summary>
    public static IReadOnlyList<string> Values(string raw) =>
        raw.StartsWith('[') && raw.EndsWith(']')
            ? raw[1..^1].Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList()
            : [raw.Trim()];
}
