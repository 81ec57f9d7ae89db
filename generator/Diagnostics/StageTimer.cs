using System.Diagnostics;

namespace Portal.Diagnostics;

/// <summary>Prints how long each build stage took when PORTAL_TIMINGS=1: the first tool when optimising.</summary>
public static class StageTimer
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("PORTAL_TIMINGS") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static TimeSpan last;
    private static long allocated;

    public static void Mark(string stage)
    {
        if (!Enabled) return;
        var now = Clock.Elapsed;
        var allocatedNow = GC.GetTotalAllocatedBytes();
        var gc = GC.GetGCMemoryInfo();
        using var process = Process.GetCurrentProcess();
        // Peak RSS so far (VmHWM) and the GC's committed memory: which stage raised the build's peak, and whether the GC or the data did.
        Console.Error.WriteLine($"[timing] {stage,-28} {(now - last).TotalMilliseconds,8:0} ms  (total {now.TotalMilliseconds:0} ms, {(allocatedNow - allocated) / 1048576} MiB allocated, {GC.GetTotalMemory(false) / 1048576} MiB managed, {gc.TotalCommittedBytes / 1048576} MiB committed, peak RSS {process.PeakWorkingSet64 / 1048576} MiB, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms)");
        last = now;
        allocated = allocatedNow;
    }
}
