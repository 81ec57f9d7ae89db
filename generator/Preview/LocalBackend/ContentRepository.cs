using System.Security.Cryptography;

namespace Portal.Preview.LocalBackend;

/// <summary>
/// The files the browser CMS may read and write in local mode: paths are relative to the folder that holds the
/// content folder (as the CMS's configuration names them, "content/stories/…"), and every one must resolve inside
/// the content folder, to a file type the site uses. Anything else is refused, whatever its encoding.
/// </summary>
public sealed class ContentRepository
{
    /// <summary>Text the site reads, and the media it publishes (no SVG or HTML: they could carry script).</summary>
    public static readonly IReadOnlySet<string> AllowedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".yml", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4", ".webm", ".vtt", ".srt", ".pdf", ".ofd", ".doc", ".docx",
    };

    public ContentRepository(string contentDir)
    {
        Content = Path.GetFullPath(contentDir).TrimEnd(Path.DirectorySeparatorChar);
        Root = Path.GetDirectoryName(Content)!;
    }

    /// <summary>The folder that holds the content folder: CMS paths are relative to it.</summary>
    public string Root { get; }

    public string Content { get; }

    /// <summary>The repository's name as the CMS shows it.</summary>
    public string Name => Path.GetFileName(Root);

    /// <summary>The full path of a CMS path inside the content folder; throws <see cref="RefusedPathException"/> otherwise.</summary>
    /// <param name="isFile">A file of an allowed type (false: a folder).</param>
    public string Resolve(string path, bool isFile = true)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new RefusedPathException(path, "空路径");
        // Decoded until stable: %2e%2e, %252e%252e and the like all become ".." and are refused below.
        var decoded = path;
        for (var i = 0; i < 4; i++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded) break;
            decoded = next;
        }
        decoded = decoded.Normalize(System.Text.NormalizationForm.FormKC); // full-width ．． is ".."
        if (decoded.IndexOfAny(['\\', '\0', ':']) >= 0 || decoded.StartsWith('/'))
            throw new RefusedPathException(path, "含有不允许的字符");
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.')))
            throw new RefusedPathException(path, "不能包含 . 或 .. 或隐藏文件");
        var full = Path.GetFullPath(Path.Combine(Root, Path.Combine(segments)));
        if (!full.StartsWith(Content + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !(full == Content && !isFile))
            throw new RefusedPathException(path, "不在内容文件夹中");
        if (isFile && !AllowedExtensions.Contains(Path.GetExtension(full)))
            throw new RefusedPathException(path, "网站不使用这种类型的文件");
        // A symbolic link inside content/ could lead out of it: refuse any link on the way.
        for (var at = full; at.Length > Content.Length; at = Path.GetDirectoryName(at)!)
        {
            var info = new FileInfo(at);
            if (info.Exists && info.LinkTarget is not null || Directory.Exists(at) && new DirectoryInfo(at).LinkTarget is not null)
                throw new RefusedPathException(path, "是符号链接");
        }
        return full;
    }

    /// <summary>Files under a folder with the extension, to the depth the CMS asks (1: the folder itself), as CMS paths.</summary>
    public IReadOnlyList<string> List(string folder, string extension, int depth)
    {
        var start = Resolve(folder, isFile: false);
        if (!Directory.Exists(start)) return [];
        var found = new List<string>();
        void Walk(string dir, int left)
        {
            if (left <= 0) return;
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (!name.StartsWith('.') && file.EndsWith(extension, StringComparison.Ordinal) && AllowedExtensions.Contains(Path.GetExtension(file)))
                    found.Add(PathOf(file));
            }
            foreach (var sub in Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal))
            {
                if (!Path.GetFileName(sub).StartsWith('.') && new DirectoryInfo(sub).LinkTarget is null) Walk(sub, left - 1);
            }
        }
        Walk(start, depth);
        return found;
    }

    public byte[] Read(string path) => File.ReadAllBytes(Resolve(path));

    /// <summary>A CMS path ("content/stories/…") as the content folder's own ("stories/…").</summary>
    public string ContentRelative(string cmsPath) =>
        Path.GetRelativePath(Content, Path.GetFullPath(Path.Combine(Root, cmsPath))).Replace('\\', '/');

    public void Write(string path, byte[] content)
    {
        var full = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Written beside and renamed: the preview's watcher never reads half a file.
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, full, overwrite: true);
    }

    public void Delete(string path)
    {
        var full = Resolve(path);
        if (File.Exists(full)) File.Delete(full);
    }

    public void Move(string from, string to)
    {
        var source = Resolve(from);
        var target = Resolve(to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(source, target, overwrite: false);
    }

    /// <summary>The CMS's id of a file's content.</summary>
    public static string IdOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private string PathOf(string full) => Path.GetRelativePath(Root, full).Replace('\\', '/');
}

/// <summary>A path the local backend will not touch; the message says why, in Chinese, for the CMS's error notice.</summary>
public sealed class RefusedPathException(string path, string reason) : Exception($"拒绝访问“{path}”：{reason}。");
