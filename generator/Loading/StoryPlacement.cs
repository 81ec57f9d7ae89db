using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

/// <summary>
/// Where a story belongs: stories/年/日期-网址标识.md, from the date and slug of its own front matter. `check --fix` and
/// the local editor's save both move a story there (its links follow), so changing 网址标识 or 日期 in the form is enough.
/// </summary>
public static class StoryPlacement
{
    /// <summary>The editors' guide at the top of content/ (<c>ContentGuide.FileName</c>): its addresses are examples, never relinked.</summary>
    public const string GuideFileName = "README.md";

    /// <summary>What the file name is made of, as the front matter writes it; Slug is null when absent or empty.</summary>
    public sealed record Facts(Located<DateOnly> Date, string? Slug, string? Title, IReadOnlyList<int> Tasks);

    /// <summary>The facts of a story's text; null when it has no readable front matter or no date.</summary>
    public static Facts? Read(string text, string relative)
    {
        var diagnostics = new DiagnosticBag();
        var parts = FrontMatterDocument.Split(text, relative, diagnostics);
        if (parts is null) return null;
        var map = YamlSource.ParseMapping(parts.Yaml, relative, parts.YamlFirstLine, StoryFields.Document.Fields, diagnostics);
        if (map?.Date(StoryFields.Date) is not { } date) return null;
        var slug = map.String(StoryFields.Slug)?.Value.Trim();
        return new Facts(date, string.IsNullOrEmpty(slug) ? null : slug, map.String(StoryFields.Title)?.Value, [.. map.IntList(StoryFields.Tasks).Select(t => t.Value)]);
    }

    public static bool IsValidSlug(string slug) => DepartmentsReader.SlugPattern().IsMatch(slug);

    /// <summary>The path of a story under content/, with '/' separators.</summary>
    public static string RelativePath(DateOnly date, string slug) =>
        $"stories/{date:yyyy}/{date:yyyy-MM-dd}-{slug}.md";

    /// <summary>The story's address on the site, as links in the content write it.</summary>
    public static string Address(string relativePath)
    {
        var stem = Path.GetFileNameWithoutExtension(relativePath);
        return $"/stories/{stem[..4]}/{stem}/";
    }

    /// <summary>
    /// Replaces links to a moved story in every Markdown file of content/ (the one change a story's body may get), except
    /// the editors' guide, whose addresses are examples.
    /// </summary>
    public static void Relink(string contentDir, string oldRelative, string newRelative, List<FixChange> changes)
    {
        var oldAddress = Address(oldRelative);
        var newAddress = Address(newRelative);
        if (oldAddress == newAddress) return;
        var root = Path.GetFullPath(contentDir);
        var files = new ContentFiles(contentDir, new DiagnosticBag()).List("", "*.md", recursive: true)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => f.Relative != GuideFileName && !f.Relative.Split('/').Any(part => part.StartsWith('.')));
        foreach (var (file, relative) in files)
        {
            var text = EditorText.Read(file);
            var changed = false;
            for (var i = 0; i < text.Lines.Length; i++)
            {
                var line = text.Lines[i];
                if (!line.Contains(oldAddress, StringComparison.Ordinal)) continue;
                var after = line.Replace(oldAddress, newAddress, StringComparison.Ordinal);
                changes.Add(new FixChange(relative, i + 1, line, after));
                text.Lines[i] = after;
                changed = true;
            }
            if (changed) text.Write(file);
        }
    }
}
