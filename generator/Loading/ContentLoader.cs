using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Loading;

/// <summary>Stage 2 (Loading; stages as in docs/architecture.md): reads content/ into typed records. Nothing after this stage reads YAML or content paths.</summary>
public static class ContentLoader
{
    /// <param name="cache">Keeps unchanged files' results between the builds of `serve`; <see cref="LoadCache.None"/> reads everything.</param>
    public static ContentSet Load(string contentRoot, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        cache ??= LoadCache.None;
        var root = Path.GetFullPath(contentRoot);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.ContentFolderMissing, contentRoot, 0, 0,
                $"找不到内容文件夹“{contentRoot}”。", "请在仓库根目录运行命令，或用 --content 指定内容文件夹。");
            return new ContentSet { Root = root };
        }
        var files = new ContentFiles(root, diagnostics, cache);
        var (departments, groups, departmentsWritten) = DepartmentsReader.Read(files, diagnostics);
        var notice = cache.Read(files.Full(NoticeReader.FileName), diagnostics, bag => NoticeReader.Read(files, bag))!;
        var media = files.List("media", "*", recursive: true)
            .Select(files.Relative)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .ToHashSet(StringComparer.Ordinal);
        var site = SiteConfigReader.Read(files, diagnostics);
        var mechanism = MechanismReader.Read(files, diagnostics);
        var tasks = ReadAll(files.List(TaskReader.Folder, "*.md", recursive: false), p => cache.Read(p, diagnostics, bag => TaskReader.Read(files, p, bag)));
        var stories = ReadStories(files, cache, diagnostics);
        var pages = ReadAll(files.List(PageReader.Folder, "*.md", recursive: false), p => cache.Read(p, diagnostics, bag => PageReader.Read(files, p, bag)));
        return new ContentSet
        {
            Root = root,
            Site = site.Value,
            Notice = notice.Value,
            Mechanism = mechanism.Value,
            Departments = departments,
            DepartmentGroups = groups,
            Tasks = Values(tasks),
            Stories = Values(stories),
            Pages = Values(pages),
            MediaFiles = media,
            DocumentFiles = ReadDocuments(files, notice.Value, media),
            CaptionTexts = ReadCaptions(files, Values(stories), media, diagnostics),
            Written = [.. site.Written, .. notice.Written, .. mechanism.Written, .. departmentsWritten,
                .. tasks.SelectMany(t => t.Written), .. stories.SelectMany(s => s.Written), .. pages.SelectMany(p => p.Written)],
        };
    }

    private static IReadOnlyList<T> Values<T>(IReadOnlyList<Loaded<T>> loaded) where T : class => loaded.Select(l => l.Value).OfType<T>().ToList();

    /// <summary>
    /// The stories' caption files (.vtt, .srt) that exist, as text: validation judges them by content, and a caption edit
    /// changes no story file, so they are read on every build like the notice's downloads.
    /// </summary>
    private static Dictionary<string, string> ReadCaptions(ContentFiles files, IReadOnlyList<Story> stories, HashSet<string> media, DiagnosticBag diagnostics)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            if (story.Video?.Captions is not { } captions || MediaPath.Normalize(captions.Value) is not { } path) continue;
            if (!media.Contains(path) || texts.ContainsKey(path)) continue;
            if (!CaptionFile.IsSrtPath(path) && !path.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase)) continue;
            try
            {
                texts[path] = File.ReadAllText(files.Full(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, path, 0, 0, $"无法读取字幕文件：{ex.Message}", "请检查文件是否被其他程序占用，以及文件权限。");
            }
        }
        return texts;
    }

    /// <summary>The notice's downloads: size and format, read each build so a replaced file shows its new size in `serve`.</summary>
    private static Dictionary<string, DocumentFile> ReadDocuments(ContentFiles files, Notice? notice, HashSet<string> media)
    {
        var documents = new Dictionary<string, DocumentFile>(StringComparer.Ordinal);
        foreach (var attachment in notice?.Attachments ?? [])
        {
            if (MediaPath.Normalize(attachment.File.Value) is { } path && media.Contains(path) && !documents.ContainsKey(path))
                documents[path] = DocumentFileReader.Read(files.Full(path));
        }
        return documents;
    }

    /// <summary>
    /// Above this many stories the syntax trees are not kept after loading (links and plain text are taken at parse
    /// time): each story page parses its body again when it is rendered, about 5 % more build time, and a
    /// 50,000-story site builds within 2 GiB instead of holding a gigabyte of trees.
    /// </summary>
    public const int LargeSiteStories = 20_000;

    private static IReadOnlyList<Loaded<Story>> ReadStories(ContentFiles files, LoadCache cache, DiagnosticBag diagnostics)
    {
        var paths = files.List(StoryReader.Folder, "*.md", recursive: true);
        var large = paths.Count >= LargeSiteStories;
        return ReadAll(paths, p => cache.Read(p, diagnostics, bag =>
        {
            var story = StoryReader.Read(files, p, bag);
            if (large) story.Value?.Body.ReleaseDocument();
            return story;
        }));
    }

    /// <summary>Reads files in parallel; the result keeps the sorted file order so output never depends on timing.</summary>
    private static IReadOnlyList<T> ReadAll<T>(IReadOnlyList<string> paths, Func<string, T?> read) where T : class
    {
        var results = new T?[paths.Count];
        Parallel.For(0, paths.Count, i => results[i] = read(paths[i]));
        return results.OfType<T>().ToList();
    }
}
