using Portal.Build;

namespace Portal.Preview;

/// <summary>
/// The `serve` command: builds, serves the output on 127.0.0.1, watches content/ and theme/, rebuilds after
/// changes (a burst of changes makes one rebuild; only what changed is redone, see <see cref="BuildSession"/>)
/// and tells open tabs to reload or to show the errors. A failed rebuild leaves the last good site in place:
/// content errors stop a build before anything is written.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    /// <summary>Editors' tools save a file in a few writes within milliseconds; a script saving 500 files keeps writing.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Changes arriving while a rebuild runs, or just after one, are a storm (a script, a git checkout, a folder copied
    /// in): wait for a longer quiet before the next rebuild, so that a loaded machine, pausing between writes, still makes
    /// a handful of rebuilds and not one per pause. A single save after a pause still rebuilds after <see cref="Quiet"/>.
    /// </summary>
    private static readonly TimeSpan StormQuiet = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan StormWindow = TimeSpan.FromMilliseconds(500);

    private long lastBuildEnded;

    private readonly BuildOptions options;
    private readonly Action<BuildResult> report;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly Lock gate = new();
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(500);
    private Timer? debounce;
    private Timer? idleCollection;
    private PreviewServer? server;
    private BuildSession? builds;
    private HashSet<string> changed = new(StringComparer.Ordinal);
    private bool missedEvents;

    private PreviewSession(BuildOptions options, Action<BuildResult> report)
    {
        this.options = options;
        this.report = report;
    }

    public PreviewState State { get; } = new();

    public ReloadBroadcaster Events { get; } = new();

    public Uri Address => server!.Address;

    public static async Task<PreviewSession> StartAsync(BuildOptions options, int port, Action<BuildResult> report)
    {
        var session = new PreviewSession(options, report);
        session.server = await PreviewServer.StartAsync(options.OutputDir, port, session.State, session.Events, contentDir: options.ContentDir, themeDir: options.ThemeDir,
            weChat: () => session.builds?.Checked);
        session.builds = new BuildSession(options with { BaseUrl = session.server.Address });
        // Watching first: a file saved during the first build (long on a large site) then makes a second one.
        session.Watch(options.ContentDir);
        session.Watch(options.ThemeDir);
        await session.RebuildAsync();
        return session;
    }

    /// <summary>Builds now, with links for the preview address, and notifies the tabs.</summary>
    public async Task<BuildResult> RebuildAsync()
    {
        await building.WaitAsync();
        try
        {
            HashSet<string>? files;
            lock (gate)
            {
                (files, changed) = (missedEvents ? null : changed, new HashSet<string>(StringComparer.Ordinal));
                missedEvents = false;
            }
            PreviewTimeline.Mark("rebuild");
            // One story's words edited: its page first, the tab showing it refreshed, then the update as always.
            if (files is not null && await Task.Run(() => QuickEditReportingFileErrors(files)) is { } quick)
            {
                PreviewTimeline.Mark("quick");
                Events.Publish(new PreviewEvent("reload", RefreshScope.OfPages(quick.SitePath)));
            }
            var result = await Task.Run(() => BuildReportingFileErrors(files));
            PreviewTimeline.Mark("built");
            State.Record(result, options.ContentDir, options.ThemeDir);
            report(result);
            Events.Publish(result.Success ? new PreviewEvent("reload", RefreshScope.Of(result.Changed)) : new PreviewEvent("error-report", State.ErrorsJson));
            PreviewTimeline.Mark("notified");
            ScheduleIdleCollection();
            return result;
        }
        finally
        {
            Interlocked.Exchange(ref lastBuildEnded, System.Diagnostics.Stopwatch.GetTimestamp());
            building.Release();
        }
    }

    /// <summary>A file system error outside the publisher (a folder removed while it is read) is reported, not thrown into a timer.</summary>
    private BuildResult BuildReportingFileErrors(HashSet<string>? files)
    {
        try
        {
            return builds!.Build(files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var diagnostics = new Diagnostics.DiagnosticBag();
            diagnostics.Error(Diagnostics.DiagnosticCodes.OutputNotWritable, options.ContentDir, 0, 0,
                $"读写文件时出错：{ex.Message}", "请检查文件夹是否被移动或删除、权限是否正确，然后再保存一次。");
            return new BuildResult(false, diagnostics.Sorted(), 0, 0, TimeSpan.Zero);
        }
    }

    /// <summary>A file that cannot be read for a quick edit is the update's to report: the quick edit is only skipped.</summary>
    private Build.QuickStoryEdit? QuickEditReportingFileErrors(HashSet<string> files)
    {
        try
        {
            return builds!.TryQuickEdit(files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// A rebuild leaves garbage behind that a full collection would otherwise clear in the middle of the next
    /// rebuild (half a second on a 10,000-story site). Collect it shortly after the tabs have reloaded instead,
    /// while the editor reads, unless a rebuild is already running.
    /// </summary>
    private void ScheduleIdleCollection()
    {
        lock (gate)
        {
            idleCollection ??= new Timer(_ =>
            {
                if (!building.Wait(0)) return;
                try
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
                }
                finally
                {
                    building.Release();
                }
            }, null, Timeout.Infinite, Timeout.Infinite);
            idleCollection.Change(IdleDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private void Watch(string folder)
    {
        if (!Directory.Exists(folder)) return;
        var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Schedule(e.FullPath);
        watcher.Created += (_, e) => Schedule(e.FullPath);
        watcher.Deleted += (_, e) => Schedule(e.FullPath);
        watcher.Renamed += (_, e) => Schedule(e.OldFullPath, e.FullPath);
        watcher.Error += (_, _) =>
        {
            // Events were lost (buffer overflow): the next build checks every file instead of trusting the list.
            lock (gate) missedEvents = true;
            Schedule();
        };
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    /// <summary>Restarts the quiet-period timer: 500 files saved at once make one rebuild, not 500.</summary>
    private void Schedule(params string[] files)
    {
        lock (gate)
        {
            if (changed.Count == 0) PreviewTimeline.Mark("watched");
            changed.UnionWith(files);
            debounce ??= new Timer(_ => _ = RebuildAsync(), null, Timeout.Infinite, Timeout.Infinite);
            var storm = building.CurrentCount == 0
                || System.Diagnostics.Stopwatch.GetElapsedTime(Interlocked.Read(ref lastBuildEnded)) < StormWindow;
            debounce.Change(storm ? StormQuiet : Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        lock (gate)
        {
            debounce?.Dispose();
            idleCollection?.Dispose();
        }
        await building.WaitAsync();
        building.Release();
        if (server is not null) await server.DisposeAsync();
    }
}
