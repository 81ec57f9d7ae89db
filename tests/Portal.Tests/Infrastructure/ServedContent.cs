using Portal.Build;
using Portal.Preview;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// `serve` on a copy of the shipped content, its first build done, and Chromium beside it: what a browser test of the
/// preview starts from. <paramref name="prepare"/> adds to the content folder before `serve` starts.
/// </summary>
public sealed class ServedContent(Action<string>? prepare = null) : IAsyncLifetime
{
    public ContentCase Content { get; } = new();

    public Chromium Chromium { get; } = new();

    public PreviewSession Session { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        prepare?.Invoke(Content.ContentDir);
        var ready = new TaskCompletionSource<BuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        Session = await PreviewSession.StartAsync(Content.Options(), 0, r => ready.TrySetResult(r));
        var result = await ready.Task.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        await Chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        if (Session is not null) await Session.DisposeAsync();
        Content.Dispose();
    }
}
