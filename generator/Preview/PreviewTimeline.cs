namespace Portal.Preview;

/// <summary>
/// With PORTAL_TIMINGS=1, `serve` prints when each update passed its steps (save seen by the watcher, rebuild started,
/// rebuild done, tabs told to reload) as Unix milliseconds on stderr, so the preview benchmark can split the time
/// from a save to the reloaded page against its own clock and the browser's.
/// </summary>
public static class PreviewTimeline
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("PORTAL_TIMINGS") == "1";

    public static void Mark(string step)
    {
        if (!Enabled) return;
        var unixMs = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
        Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[preview] {step} {unixMs:0.000}"));
    }
}
