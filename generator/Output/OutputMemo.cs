using System.Collections.Concurrent;

namespace Portal.Output;

/// <summary>
/// The files of the last published build, each with a fingerprint of what it was made from. `serve` hands it to
/// the next build, which then writes only files whose fingerprint moved and deletes files it no longer produces.
/// </summary>
public sealed class OutputMemo
{
    private readonly IReadOnlyDictionary<string, ulong> published;
    private readonly ConcurrentDictionary<string, ulong> produced;

    /// <summary>A memo of nothing: every file is written (a full build).</summary>
    public OutputMemo() : this(new Dictionary<string, ulong>()) { }

    private OutputMemo(IReadOnlyDictionary<string, ulong> published)
    {
        this.published = published;
        // Sized for the site up front: growing the table locks every writer, and all render threads write here.
        produced = new ConcurrentDictionary<string, ulong>(Environment.ProcessorCount * 8, published.Count + 1024, StringComparer.Ordinal);
    }

    public int Count => produced.Count;

    /// <summary>Records that this build produces <paramref name="file"/> from inputs with <paramref name="fingerprint"/>; true when the published file already is that.</summary>
    public bool IsPublished(string file, ulong fingerprint)
    {
        produced[file] = fingerprint;
        return published.TryGetValue(file, out var known) && known == fingerprint;
    }

    /// <summary>Files the last build published that this build does not produce.</summary>
    public IEnumerable<string> Vanished() => published.Keys.Where(file => !produced.ContainsKey(file)).Order(StringComparer.Ordinal);

    /// <summary>The memo for the build after this one, once this build's files are published.</summary>
    public OutputMemo Next() => new(new Dictionary<string, ulong>(produced, StringComparer.Ordinal));
}
