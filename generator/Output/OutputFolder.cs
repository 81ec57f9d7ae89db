using System.Text;

namespace Portal.Output;

/// <summary>Writes site files into a folder (the staging folder of a build). Safe to call from many threads.</summary>
public sealed class OutputFolder(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private int count;

    public string Root { get; } = Path.GetFullPath(root);

    public int FilesWritten => count;

    public void WriteText(string sitePath, string text) => WriteBytes(sitePath, Utf8.GetBytes(text));

    public void WriteBytes(string sitePath, byte[] bytes)
    {
        var full = FullPath(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        Interlocked.Increment(ref count);
    }

    public void Copy(string sourceFile, string sitePath)
    {
        var full = FullPath(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Copy(sourceFile, full, overwrite: true);
        Interlocked.Increment(ref count);
    }

    /// <summary>Maps a site path to a file below the root; a path that would leave the root is a bug, not content.</summary>
    private string FullPath(string sitePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, Site.SiteUrls.OutputFile(sitePath)));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path escapes the output folder: {sitePath}");
        return full;
    }
}
