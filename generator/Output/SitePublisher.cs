using Portal.Diagnostics;

namespace Portal.Output;

/// <summary>
/// Stage 5 (Output): a build renders into a staging folder beside the output and swaps it in only when everything
/// succeeded, so readers (and `serve`) never see a half-written or broken site.
/// </summary>
public static class SitePublisher
{
    /// <summary>Runs <paramref name="render"/> into a fresh staging folder, then replaces <paramref name="outputDir"/>.</summary>
    /// <returns>The folder as written (its memo describes the published site), or null when nothing was published (reported).</returns>
    /// <param name="session">`serve` names its session, so that its next update can tell the folder is still its own.</param>
    /// <param name="remember">Record in the folder's memo what was written, for a later <see cref="Update"/>; a one-off
    /// build has no later update, and 400,000 recorded paths would only take memory.</param>
    public static OutputFolder? Publish(string outputDir, Func<OutputFolder, bool> render, DiagnosticBag diagnostics, string? session = null, bool remember = true)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        FileStream? lockFile = null;
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            lockFile = AcquireLock(Path.Combine(parent, $".{name}.lock"), diagnostics);
            if (lockFile is null) return null;
            RecoverInterruptedSwap(parent, name, output);
            RemoveLeftovers(parent, name);

            var folder = new OutputFolder(staging, remember ? null : OutputMemo.Unrecorded());
            Directory.CreateDirectory(staging);
            if (!render(folder))
            {
                TryDelete(staging);
                return null;
            }
            // Two renames: the old site stays complete until the new one is fully written.
            if (Directory.Exists(output)) Directory.Move(output, previous);
            Directory.Move(staging, output);
            TryDelete(previous);
            // Beside the output, not in it: the published files stay exactly those of the build.
            var marker = SessionMarker(output);
            if (session is null) File.Delete(marker);
            else File.WriteAllText(marker, session);
            return folder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            if (!Directory.Exists(output) && Directory.Exists(previous)) Directory.Move(previous, output);
            diagnostics.Error(DiagnosticCodes.OutputNotWritable, outputDir, 0, 0,
                $"无法写入输出文件夹：{ex.Message}",
                "请检查磁盘空间和文件夹权限；原有网站内容未被改动。");
            return null;
        }
        finally
        {
            lockFile?.Dispose();
        }
    }

    /// <summary>
    /// Updates the published folder in place for `serve`: only files whose inputs changed are replaced (each by an
    /// atomic rename, so a reader never gets half a file), and files the site no longer has are deleted.
    /// </summary>
    /// <returns>The folder as updated, or null when it could not be (reported; the next build should be a full one).</returns>
    public static OutputFolder? Update(string outputDir, OutputMemo published, Func<OutputFolder, bool> render, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        FileStream? lockFile = null;
        try
        {
            lockFile = AcquireLock(Path.Combine(parent, $".{Path.GetFileName(output)}.lock"), diagnostics);
            if (lockFile is null) return null;
            var folder = new OutputFolder(output, published, inPlace: true);
            if (!render(folder)) return null;
            folder.RemoveVanished();
            return folder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputNotWritable, outputDir, 0, 0,
                $"无法写入输出文件夹：{ex.Message}", "请检查磁盘空间和文件夹权限。");
            return null;
        }
        finally
        {
            lockFile?.Dispose();
        }
    }

    /// <summary>True when <paramref name="outputDir"/> was last published by the `serve` session <paramref name="session"/>.</summary>
    public static bool IsSession(string outputDir, string session)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        try
        {
            return Directory.Exists(output) && File.ReadAllText(SessionMarker(output)) == session;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string SessionMarker(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.serve-session");

    /// <summary>Two builds on the same output would interleave their swaps; the second one waits briefly, then gives up.</summary>
    private static FileStream? AcquireLock(string path, DiagnosticBag diagnostics)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 599)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                break;
            }
        }
        diagnostics.Error(DiagnosticCodes.BuildLocked, path, 0, 0,
            "另一个构建正在写入同一个输出文件夹。", "请等待另一个构建结束后再试。");
        return null;
    }

    /// <summary>A build killed between its two renames leaves only the previous site: put it back.</summary>
    private static void RecoverInterruptedSwap(string parent, string name, string output)
    {
        if (Directory.Exists(output)) return;
        var previous = Directory.EnumerateDirectories(parent, $".{name}.previous-*").Order(StringComparer.Ordinal).FirstOrDefault();
        if (previous is not null) Directory.Move(previous, output);
    }

    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.staging-*")
                     .Concat(Directory.EnumerateDirectories(parent, $".{name}.previous-*")))
        {
            TryDelete(leftover);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover is removed by the next build; it never replaces the published site.
        }
    }
}
