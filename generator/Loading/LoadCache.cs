using System.Collections.Concurrent;
using Portal.Diagnostics;

namespace Portal.Loading;

/// <summary>
/// Remembers what each content file was read as, between the builds of one `serve` session. A file whose
/// length and modification time are unchanged gives back the very same object and the diagnostics it
/// produced, so a one-story edit re-reads one file and later stages can tell unchanged content by reference.
/// </summary>
public class LoadCache
{
    /// <summary>No memory: every read goes to the file (the `build` and `check` commands).</summary>
    public static readonly LoadCache None = new Uncached();

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    // Folder listings: 10,000 story files take longer to list and sort than the rest of a one-story update's loading.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> listings = new(StringComparer.Ordinal);
    private volatile bool trustUnlisted;

    private sealed record Entry(FileStamp Stamp, object? Value, Diagnostic[] Diagnostics);

    /// <summary>
    /// Starts a load. <paramref name="changedFiles"/> are the files the watcher reported: every other remembered
    /// file is then taken as unchanged without asking the file system (10,000 stat calls are a third of an
    /// update on a large site). Null means nobody knows what changed: every file's time stamp is checked.
    /// </summary>
    public void BeginLoad(IEnumerable<string>? changedFiles)
    {
        trustUnlisted = changedFiles is not null;
        if (changedFiles is null) listings.Clear();
        foreach (var file in changedFiles ?? [])
        {
            // An edited file that was known and still exists leaves every listing as it was; anything else
            // (a new, deleted or renamed file, a folder, an editor's temporary file) may change one. A symbolic
            // link is listed again too: the listing is where a link leading out of content/ is refused.
            var path = Path.GetFullPath(file).TrimEnd(Path.DirectorySeparatorChar);
            if (!entries.ContainsKey(path) || !File.Exists(path) || new FileInfo(path).LinkTarget is not null) listings.Clear();
            Invalidate(file);
        }
    }

    /// <summary>The listing remembered under <paramref name="key"/>, while the watcher reported no file added or removed.</summary>
    public IReadOnlyList<string>? Listing(string key) => trustUnlisted ? listings.GetValueOrDefault(key) : null;

    public virtual void RememberListing(string key, IReadOnlyList<string> files) => listings[key] = files;

    /// <summary>True when <paramref name="fullPath"/> is remembered and, by <see cref="BeginLoad"/>, unchanged.</summary>
    public bool IsKnownUnchanged(string fullPath) => trustUnlisted && entries.ContainsKey(fullPath);

    public virtual T? Read<T>(string fullPath, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> read) where T : class
    {
        var known = entries.GetValueOrDefault(fullPath);
        var stamp = known is not null && trustUnlisted ? known.Stamp : FileStamp.Of(fullPath);
        if (known is null || known.Stamp != stamp)
        {
            var own = new DiagnosticBag();
            known = entries[fullPath] = new Entry(stamp, read(own), own.Snapshot());
        }
        foreach (var diagnostic in known.Diagnostics) diagnostics.Add(diagnostic);
        return (T?)known.Value;
    }

    /// <summary>
    /// Forgets a file the watcher reported, so it is re-read even if its time stamp did not move. A renamed or
    /// moved folder is reported by its own path only: every file below it is forgotten too.
    /// </summary>
    public void Invalidate(string fullPath)
    {
        var path = Path.GetFullPath(fullPath).TrimEnd(Path.DirectorySeparatorChar);
        entries.TryRemove(path, out _);
        var below = path + Path.DirectorySeparatorChar;
        foreach (var key in entries.Keys)
        {
            if (key.StartsWith(below, StringComparison.Ordinal)) entries.TryRemove(key, out _);
        }
    }

    private sealed class Uncached : LoadCache
    {
        public override T? Read<T>(string fullPath, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> read) where T : class =>
            read(diagnostics);

        public override void RememberListing(string key, IReadOnlyList<string> files) { }
    }
}
