using Portal.Diagnostics;

namespace Portal.Loading;

/// <summary>Lists content files in a stable order and refuses links that lead outside content/.</summary>
/// <param name="cache">Files and listings known to be the same as last time (see <see cref="LoadCache"/>): not checked again.</param>
public sealed class ContentFiles(string root, DiagnosticBag diagnostics, LoadCache? cache = null)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public string Full(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Files under <paramref name="folder"/> matching <paramref name="pattern"/>, sorted ordinally.</summary>
    public IReadOnlyList<string> List(string folder, string pattern, bool recursive)
    {
        var full = Path.Combine(Root, folder);
        var key = $"{full}|{pattern}|{recursive}";
        if (cache?.Listing(key) is { } known) return known;
        if (!Directory.Exists(full)) return [];
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var result = new List<string>();
        var refused = false;
        foreach (var path in Directory.EnumerateFiles(full, pattern, options))
        {
            if (cache?.IsKnownUnchanged(path) == true || IsInside(path)) result.Add(path);
            else refused = true;
        }
        result.Sort(StringComparer.Ordinal);
        // A refused file's error must be reported by every build until it is fixed: such a listing is made again.
        if (!refused) cache?.RememberListing(key, result);
        return result;
    }

    public bool Exists(string relativePath) => File.Exists(Full(relativePath)) && IsInside(Full(relativePath));

    /// <summary>A symbolic link whose target lies outside content/ would publish files the editors never meant to.</summary>
    private bool IsInside(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is null) return true;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            var targetPath = target is null ? "" : Path.GetFullPath(target.FullName);
            if (targetPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return true;
            diagnostics.Error(DiagnosticCodes.LinkOutsideContent, Relative(path), 0, 0,
                "该文件是指向 content 文件夹之外的符号链接，已拒绝读取。",
                "请把需要的文件复制到 content 文件夹内，而不是使用链接。");
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
