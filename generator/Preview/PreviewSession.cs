using Portal.Build;

namespace Portal.Preview;

/// <summary>
/// The `serve` command: builds, serves the output on 127.0.0.1, watches content/ and theme/, rebuilds after
/// changes (a burst of changes makes one rebuild) and tells open tabs to reload or to show the errors.
/// A failed rebuild leaves the last good site in place: the publisher only swaps in complete builds.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private readonly BuildOptions options;
    private readonly Action<BuildResult> report;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly Lock gate = new();
    private Timer? debounce;
    private PreviewServer? server;

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
        session.server = await PreviewServer.StartAsync(options.OutputDir, port, session.State, session.Events);
        await session.RebuildAsync();
        session.Watch(options.ContentDir);
        session.Watch(options.ThemeDir);
        return session;
    }

    /// <summary>Builds now, with links for the preview address, and notifies the tabs.</summary>
    public async Task<BuildResult> RebuildAsync()
    {
        await building.WaitAsync();
        try
        {
            var result = await Task.Run(() => SiteBuild.Build(options with { BaseUrl = server!.Address }));
            State.Record(result, options.ContentDir);
            report(result);
            Events.Publish(result.Success ? new PreviewEvent("reload", "ok") : new PreviewEvent("error-report", State.ErrorsJson));
            return result;
        }
        finally
        {
            building.Release();
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
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        watcher.Error += (_, _) => Schedule(); // buffer overflow: rebuild everything anyway
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    /// <summary>Restarts the quiet-period timer: 500 files saved at once make one rebuild, not 500.</summary>
    private void Schedule()
    {
        lock (gate)
        {
            debounce ??= new Timer(_ => _ = RebuildAsync(), null, Timeout.Infinite, Timeout.Infinite);
            debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        lock (gate) debounce?.Dispose();
        await building.WaitAsync();
        building.Release();
        if (server is not null) await server.DisposeAsync();
    }
}
