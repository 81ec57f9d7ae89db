using System.Collections.Concurrent;

namespace Portal.Output;

/// <summary>
/// The files of the last published build, each with a fingerprint of what it was made from. `serve` hands it to
/// the next build, which then writes only files whose fingerprint moved and deletes files it no longer produces.
/// One memo serves one build: <see cref="Next"/> updates the table in place for the build after it, so an update
/// costs what changed, not a copy of every file's entry.
/// </summary>
public sealed class OutputMemo
{
    private readonly Dictionary<string, Slot> published;
    private readonly int generation;
    // False for a one-off build: nothing will ask what it wrote.
    private readonly bool recording = true;
    // Files this build writes (new or changed): render threads record here, lock-free; unchanged files only mark their slot.
    private readonly ConcurrentQueue<(string File, ulong Fingerprint)> written = new();
    private int produced; // published files this build produces again: when it reaches their count, none vanished

    /// <summary>A memo of nothing: every file is written (a full build).</summary>
    public OutputMemo() : this(new Dictionary<string, Slot>(StringComparer.Ordinal), 1) { }

    /// <summary>A memo of nothing that records nothing either: every file is written, and no later build is told which.</summary>
    public static OutputMemo Unrecorded() => new(new Dictionary<string, Slot>(StringComparer.Ordinal), 1, recording: false);

    private OutputMemo(Dictionary<string, Slot> published, int generation, bool recording) : this(published, generation) => this.recording = recording;

    private OutputMemo(Dictionary<string, Slot> published, int generation)
    {
        this.published = published;
        this.generation = generation;
    }

    /// <summary>Records that this build produces <paramref name="file"/> from inputs with <paramref name="fingerprint"/>; true when the published file already is that.</summary>
    public bool IsPublished(string file, ulong fingerprint)
    {
        // Reading the table from many threads is safe; a slot is marked once per build, whichever thread comes first.
        if (published.TryGetValue(file, out var slot))
        {
            if (Interlocked.Exchange(ref slot.Generation, generation) != generation) Interlocked.Increment(ref produced);
            if (slot.Fingerprint == fingerprint) return true;
        }
        if (recording) written.Enqueue((file, fingerprint));
        return false;
    }

    /// <summary>Files the last build published that this build does not produce.</summary>
    public IEnumerable<string> Vanished() => produced == published.Count
        ? []
        : published.Where(p => p.Value.Generation != generation).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>A fingerprint no inputs have: a file recorded with it is written again by the next build.</summary>
    public const ulong Unknown = 0;

    /// <summary>Files this build wrote (new or changed) or removed, in order: what `serve` tells open tabs about. Before <see cref="Next"/>.</summary>
    public IReadOnlyList<string> Changed() =>
        written.Select(w => w.File).Concat(Vanished()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// A published file replaced between builds (`serve`'s quick story edit, <see cref="Build.QuickStoryEdit"/>): the next
    /// build takes it as made from <paramref name="fingerprint"/>, so it does not write the same page again.
    /// </summary>
    public void Republished(string file, ulong fingerprint)
    {
        if (published.TryGetValue(file, out var slot)) slot.Fingerprint = fingerprint;
    }

    /// <summary>The memo for the build after this one, once this build's files are published. This memo is spent.</summary>
    public OutputMemo Next()
    {
        if (!recording) throw new InvalidOperationException("an unrecorded memo has no next build");
        foreach (var file in Vanished()) published.Remove(file); // a finished list: removing while iterating is safe
        foreach (var (file, fingerprint) in written)
        {
            if (published.TryGetValue(file, out var slot)) slot.Fingerprint = fingerprint;
            else published[file] = new Slot { Fingerprint = fingerprint };
        }
        // Every slot now belongs to the next build's predecessor: unmarked until the next build produces it again.
        return new OutputMemo(published, generation + 1);
    }

    private sealed class Slot
    {
        public ulong Fingerprint;
        public int Generation;
    }
}
