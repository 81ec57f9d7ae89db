using System.IO.Hashing;
using System.Text;

namespace Portal.Loading;

/// <summary>The paths, sizes and modification times of every file under a folder, as one fingerprint (the theme's, for `serve`).</summary>
public static class FolderStamp
{
    public static ulong Of(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) return 0;
        // Editors' tools create and delete files while we look (swap files, vim's 4913): a vanished entry is skipped,
        // and it changes the fingerprint, which only makes the next build a full one.
        var enumeration = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint, RecurseSubdirectories = true };
        var hash = new XxHash3();
        // The enumeration already read each file's size and time: no second stat per file.
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", enumeration).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var stamp = FileStamp.Of(file);
            hash.Append(Encoding.UTF8.GetBytes(file.FullName));
            hash.Append(BitConverter.GetBytes(stamp.Length));
            hash.Append(BitConverter.GetBytes(stamp.Ticks));
        }
        return hash.GetCurrentHashAsUInt64();
    }
}
