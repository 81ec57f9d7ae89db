using System.ComponentModel;
using System.Diagnostics;

namespace Portal.Cli;

/// <summary>
/// `serve --open`: shows the preview in the editor's default browser once the first build is done (the 预览
/// double-click script of the editors' package uses it). The platform's own opener does the work: shell-execute on
/// Windows, `open` on macOS, `xdg-open` on Linux. Not being able to open a browser is a note, never an error: the
/// preview keeps running and its address is printed anyway.
/// </summary>
internal static class BrowserLauncher
{
    /// <summary>Starts the opener; <paramref name="note"/> receives a Chinese note if it cannot start or reports a failure.</summary>
    public static void Open(Uri address, Action<string> note)
    {
        var url = address.AbsoluteUri;
        var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
            : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", [url]) { UseShellExecute = false };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            note(Message(url, ex.Message));
            return;
        }
        if (process is null) return; // shell-execute handed the address to a browser that was already running
        // The opener returns at once on every platform (the browser keeps running on its own); its exit code says whether it found one.
        _ = process.WaitForExitAsync().ContinueWith(_ =>
        {
            using (process)
            {
                if (process.ExitCode != 0) note(Message(url, $"{start.FileName} 退出码 {process.ExitCode}"));
            }
        }, TaskScheduler.Default);
    }

    private static string Message(string url, string reason) =>
        $"提示：未能自动打开浏览器（{reason.TrimEnd('.', '。')}），请在浏览器中打开 {url}";
}
