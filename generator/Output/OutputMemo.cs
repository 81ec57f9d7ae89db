using System.Collections.Concurrent;

namespace Portal.Output;

/// <summary>
/// The files of the last published build, each with a fingerprint of what it was made from. `serve` hands it to
/// the next build, which then writes only files whose fingerprint moved and deletes files it no longer produces.
/// </summary>
public sealed class OutputMemo
{
    private readonly IReadOnlyDictionary<string, ulong> published;
    // Every render thread records here: a lock-free queue, because a dictionary's locks made the threads wait on each other.
    private readonly ConcurrentQueue<(string File, ulong Fingerprint)> produced = new();

    /// <summary>A memo of nothing: every file is written (a full build).</summary>
    public OutputMemo() : this(new Dictionary<string, ulong>()) { }

    private OutputMemo(IReadOnlyDictionary<string, ulong> published) => this.published = published;

    /// <summary>Records that this build produces <paramref name="file"/> from inputs with <paramref name="fingerprint"/>; true when the published file already is that.</summary>
    public bool IsPublished(string file, ulong fingerprint)
    {
        produced.Enqueue((file, fingerprint));
        return published.TryGetValue(file, out var known) && known == fingerprint;
    }

    /// <summary>Files the last build published that this build does not produce.</summary>
    public IEnumerable<string> Vanished()
    {
        var current = produced.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        return published.Keys.Where(file => !current.Contains(file)).Order(StringComparer.Ordinal);
    }

    /// <summary>The memo for the build after this one, once this build's files are published.</summary>
    public OutputMemo Next()
    {
        var next = new Dictionary<string, ulong>(produced.Count, StringComparer.Ordinal);
        foreach (var (file, fingerprint) in produced) next[file] = fingerprint;
        return new OutputMemo(next);
    }
}
