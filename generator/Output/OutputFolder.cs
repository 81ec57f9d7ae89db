using System.IO.Hashing;
using System.Text;

namespace Portal.Output;

/// <summary>
/// Writes site files into a folder: a fresh staging folder for a full build, or the published folder itself for
/// an incremental `serve` rebuild, where each file is replaced atomically and unchanged files are not touched.
/// Safe to call from many threads.
/// </summary>
public sealed class OutputFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly bool inPlace;
    private int count;

    /// <param name="memo">What the folder already holds (incremental) or an empty memo (full build).</param>
    /// <param name="inPlace">The folder is being served: replace files by rename so no reader sees half a file.</param>
    public OutputFolder(string root, OutputMemo? memo = null, bool inPlace = false)
    {
        Root = Path.GetFullPath(root);
        Memo = memo ?? new OutputMemo();
        this.inPlace = inPlace;
    }

    public string Root { get; }

    public OutputMemo Memo { get; }

    public int FilesWritten => count;

    /// <summary>True when <paramref name="sitePath"/> was published from the same inputs; the caller then need not render it.</summary>
    public bool IsPublished(string sitePath, ulong inputs) => Memo.IsPublished(FileOf(sitePath), inputs);

    public void WriteText(string sitePath, string text, ulong? inputs = null) => WriteBytes(sitePath, Utf8.GetBytes(text), inputs);

    /// <param name="inputs">Fingerprint of what the file was made from; by default the bytes themselves.</param>
    public void WriteBytes(string sitePath, byte[] bytes, ulong? inputs = null)
    {
        if (Memo.IsPublished(FileOf(sitePath), inputs ?? XxHash3.HashToUInt64(bytes))) return;
        Write(sitePath, target => File.WriteAllBytes(target, bytes));
    }

    /// <summary>
    /// Replaces one page of the served folder between builds (`serve`'s quick story edit) and records it in the memo the
    /// next build starts from. Returns what the file held before, to put back if that build fails.
    /// </summary>
    public static byte[]? ReplacePublished(string root, OutputMemo next, string sitePath, string text, ulong inputs)
    {
        var folder = new OutputFolder(root, next, inPlace: true);
        var full = folder.FullPath(sitePath);
        var before = File.Exists(full) ? File.ReadAllBytes(full) : null;
        folder.Write(sitePath, target => File.WriteAllBytes(target, Utf8.GetBytes(text)));
        next.Republished(FileOf(sitePath), inputs);
        return before;
    }

    /// <summary>Puts back a page <see cref="ReplacePublished"/> replaced (the update after it failed: the last good site stays).</summary>
    public static void Restore(string root, string sitePath, byte[] bytes) =>
        new OutputFolder(root, inPlace: true).Write(sitePath, target => File.WriteAllBytes(target, bytes));

    public void Copy(string sourceFile, string sitePath)
    {
        var inputs = InputsOf(sourceFile);
        if (Memo.IsPublished(FileOf(sitePath), inputs)) return;
        Write(sitePath, target => File.Copy(sourceFile, target, overwrite: true));
    }

    /// <summary>What a file made from <paramref name="sourceFile"/> is made from: its path, size and time, never its bytes (not read).</summary>
    public static ulong InputsOf(string sourceFile)
    {
        var stamp = Loading.FileStamp.Of(sourceFile);
        return XxHash3.HashToUInt64(Encoding.UTF8.GetBytes($"{Path.GetFullPath(sourceFile)}|{stamp.Length}|{stamp.Ticks}"));
    }

    /// <summary>Writes one file; in place, by a rename of a finished temporary file, so no reader sees half of it.</summary>
    private void Write(string sitePath, Action<string> writeTo)
    {
        var full = FullPath(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (inPlace)
        {
            var temporary = full + ".tmp-" + Environment.CurrentManagedThreadId;
            writeTo(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        else
        {
            writeTo(full);
        }
        Interlocked.Increment(ref count);
    }

    /// <summary>Deletes the files the previous build published and this one did not produce, and folders left empty.</summary>
    public void RemoveVanished()
    {
        foreach (var file in Memo.Vanished())
        {
            var full = FullPath(file);
            if (!File.Exists(full)) continue;
            File.Delete(full);
            for (var folder = Path.GetDirectoryName(full)!; folder.Length > Root.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
                Directory.Delete(folder);
        }
    }

    /// <summary>Maps a site path to a file below the root; a path that would leave the root is a bug, not content.</summary>
    private string FullPath(string sitePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, FileOf(sitePath)));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path escapes the output folder: {sitePath}");
        return full;
    }

    /// <summary>The file that serves a site path: folders get index.html.</summary>
    public static string FileOf(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
