using System.Diagnostics;
using Portal.Diagnostics;

namespace Portal.Cli;

/// <summary>
/// One line on a terminal that shows the current build step (and a page count with a bar), redrawn at most ten
/// times a second and erased when the build ends, so that the messages printed after it start on a clean line.
/// Only for terminals: logs and CI get plain lines without carriage returns.
/// </summary>
public sealed class TerminalProgress(TextWriter output, TimeSpan? interval = null) : IBuildProgress, IDisposable
{
    private const int BarWidth = 24;
    private readonly TimeSpan interval = interval ?? TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch sinceDrawn = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private string? lastStep;
    private int shownLength;

    /// <summary>A display for the console when it is an interactive terminal, else null.</summary>
    public static TerminalProgress? ForConsole() =>
        Console.IsOutputRedirected || Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true"
        || Environment.GetEnvironmentVariable("TERM") == "dumb"
            ? null
            : new TerminalProgress(Console.Out);

    public void Report(string step, int done = 0, int total = 0)
    {
        lock (gate)
        {
            // A new step is always shown; counts within a step only when the interval has passed or at the end.
            if (step == lastStep && done != total && sinceDrawn.Elapsed < this.interval) return;
            lastStep = step;
            sinceDrawn.Restart();
            Draw(total > 0 ? $"{step} {Bar(done, total)} {done}/{total}" : $"{step}…");
        }
    }

    /// <summary>Erases the line, before a message is printed or when the build is over.</summary>
    public void Clear()
    {
        lock (gate)
        {
            if (shownLength > 0) Draw("");
            lastStep = null;
        }
    }

    public void Dispose() => Clear();

    private static string Bar(int done, int total)
    {
        var filled = (int)Math.Round((double)BarWidth * Math.Clamp(done, 0, total) / total);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    /// <summary>Overwrites the line: carriage return, the text, and spaces over what a longer previous text left.</summary>
    private void Draw(string text)
    {
        var width = DisplayWidth(text);
        output.Write("\r" + text + new string(' ', Math.Max(0, shownLength - width)) + (text.Length == 0 ? "\r" : ""));
        output.Flush();
        shownLength = width;
    }

    /// <summary>Chinese characters and the bar's blocks take two columns on most terminals.</summary>
    private static int DisplayWidth(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);
}
