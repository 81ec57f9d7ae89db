using Portal.Loading;

namespace Portal.Preview.LocalBackend;

/// <summary>
/// A story saved from the form is written where its own date and 网址标识 say (stories/年/日期-标识.md), whatever path the
/// browser editor chose: the editor makes its path from the form once, when the story is new ("2026-12-06-.md" when
/// 网址标识 is empty), and never again. An empty 网址标识 keeps the name the file has, or, when it
/// has none, is made from the title (<see cref="StorySlug"/>, the slug
/// glossary) and written into the story; a changed 网址标识 or date moves the file and the links to it, as `check --fix`
/// does. The editor keeps the path it knows, so each path it was given is remembered with where the story now is.
/// </summary>
public sealed class StoryFiling(ContentRepository repository, Func<IReadOnlyList<(string Chinese, string Slug)>> glossary)
{
    private const string StoriesFolder = "stories/";

    private readonly Dictionary<string, string> moved = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>A CMS path of a story file.</summary>
    public bool IsStory(string path) =>
        path.EndsWith(".md", StringComparison.Ordinal) && ContentRelative(path).StartsWith(StoriesFolder, StringComparison.Ordinal);

    /// <summary>Where the story the editor knows by this path is now (the path itself unless a save moved it).</summary>
    public string Current(string path)
    {
        lock (gate) return moved.TryGetValue(path, out var at) ? at : path;
    }

    /// <summary>The path and text a story is saved with; refuses (in Chinese, for the editor's notice) a 网址标识 that cannot name a file.</summary>
    public (string Path, string Raw) Place(string path, string raw)
    {
        // Without a readable front matter or date nothing says where the story belongs: saved as given, `check` says why.
        if (StoryPlacement.Read(raw, ContentRelative(path)) is not { } facts) return (path, raw);
        var current = Current(path);
        if (facts.Slug is { } written)
        {
            if (!StoryPlacement.IsValidSlug(written))
                throw new RefusedStoryException($"网址标识“{written}”不能用作文件名：只能用小写英文字母、数字和连字符（如 rural-roads），不能有空格、中文或大写字母。请修改网址标识，或清空它（保存时按标题自动生成）后再发布。");
            var target = CmsPath(StoryPlacement.RelativePath(facts.Date.Value, written));
            if (IsTaken(target, current))
                throw new RefusedStoryException($"同一天（{facts.Date.Value:yyyy-MM-dd}）已有网址标识为“{written}”的另一篇稿件。请换一个网址标识后再发布。");
            return (target, raw);
        }
        // An older story without the field keeps the name its file already has; a name the editor made from an empty field
        // ("2026-12-06-.md", "2026-12-06--1.md") is no name, and one is made from the title.
        var named = NameOf(current);
        if (named is not null)
        {
            var target = CmsPath(StoryPlacement.RelativePath(facts.Date.Value, named));
            if (IsTaken(target, current))
                throw new RefusedStoryException($"同一天（{facts.Date.Value:yyyy-MM-dd}）已有文件名为“{named}”的另一篇稿件。请填写另一个网址标识后再发布。");
            return (target, raw);
        }
        var made = StorySlug.FromTitle(facts.Title ?? "", TaskSlug(facts.Tasks), glossary());
        var slug = made;
        for (var n = 2; IsTaken(CmsPath(StoryPlacement.RelativePath(facts.Date.Value, slug)), current); n++) slug = $"{made}-{n}";
        return (CmsPath(StoryPlacement.RelativePath(facts.Date.Value, slug)), WithSlug(raw, slug));
    }

    /// <summary>After the story is written at <paramref name="target"/>: its old file goes, links to it follow.</summary>
    public void Settle(string path, string target)
    {
        var current = Current(path);
        if (current != target && File.Exists(repository.Resolve(current)))
        {
            repository.Delete(current);
            StoryPlacement.Relink(repository.Content, ContentRelative(current), ContentRelative(target), []);
        }
        lock (gate)
        {
            foreach (var known in moved.Where(kv => kv.Value == current).Select(kv => kv.Key).ToList()) moved[known] = target;
            if (path != target) moved[path] = target;
            moved.Remove(target);
        }
    }

    /// <summary>The slug part of a story's file name ("2025-05-01-cms.md" → cms); null when it has none that works.</summary>
    private static string? NameOf(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        return stem.Length > 11 && stem[10] == '-'
            && DateOnly.TryParseExact(stem[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            && StoryPlacement.IsValidSlug(stem[11..]) ? stem[11..] : null;
    }

    private bool IsTaken(string target, string current) => target != current && File.Exists(repository.Resolve(target));

    private string? TaskSlug(IReadOnlyList<int> tasks)
    {
        if (tasks.Count == 0) return null;
        var folder = Path.Combine(repository.Content, "tasks");
        if (!Directory.Exists(folder)) return null;
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var dash = stem.IndexOf('-');
            if (dash > 0 && int.TryParse(stem[..dash], System.Globalization.CultureInfo.InvariantCulture, out var number) && number == tasks[0])
                return stem[(dash + 1)..];
        }
        return null;
    }

    /// <summary>The text with "slug: …" set: an empty slug line replaced, or one added first.</summary>
    private static string WithSlug(string raw, string slug)
    {
        var newline = raw.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var closing = lines.FindIndex(1, l => l.TrimEnd() is "---" or "...");
        var line = $"slug: {slug}";
        var existing = lines.FindIndex(1, Math.Max(closing - 1, 0), l => l.StartsWith("slug:", StringComparison.Ordinal));
        // Right after the opening fence: a long title may run over several lines.
        if (existing >= 0) lines[existing] = line;
        else lines.Insert(1, line);
        return string.Join(newline, lines);
    }

    private string ContentRelative(string cmsPath)
    {
        var full = Path.GetFullPath(Path.Combine(repository.Root, cmsPath));
        return Path.GetRelativePath(repository.Content, full).Replace('\\', '/');
    }

    private string CmsPath(string contentRelative) =>
        Path.GetRelativePath(repository.Root, Path.Combine(repository.Content, contentRelative)).Replace('\\', '/');
}

/// <summary>A story the local backend will not save as it is; the message says what to change in the form.</summary>
public sealed class RefusedStoryException(string message) : Exception(message);
