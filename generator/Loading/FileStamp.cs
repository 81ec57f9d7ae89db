namespace Portal.Loading;

/// <summary>
/// A file's size and last write time: what tells `serve` that a file may have changed without reading it.
/// One definition for the load cache, the site-wide inputs and copied media.
/// </summary>
public readonly record struct FileStamp(long Length, long Ticks)
{
    /// <summary>The stamp of a missing file, unlike any real one.</summary>
    public static readonly FileStamp Missing = new(-1, 0);

    public static FileStamp Of(FileInfo file) => file.Exists ? new(file.Length, file.LastWriteTimeUtc.Ticks) : Missing;

    public static FileStamp Of(string path) => Of(new FileInfo(path));
}
