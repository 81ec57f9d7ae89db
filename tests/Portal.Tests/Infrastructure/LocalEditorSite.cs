using Portal.Build;
using Portal.Preview;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The fixture content in a scratch repository folder, served with `serve`'s local editor backend and built as `serve`
/// builds it (a session: only there does /admin/ save through the backend the server answers), dated
/// <see cref="Today"/>: what the browser tests of the real /admin/ start from.
/// </summary>
public sealed class LocalEditorSite : IAsyncDisposable
{
    private LocalEditorSite(TempFolder folder, PreviewServer server, DateOnly today) => (Folder, Server, Today) = (folder, server, today);

    /// <summary>The scratch folder; the content is in repo/content under it.</summary>
    public TempFolder Folder { get; }

    public PreviewServer Server { get; }

    public DateOnly Today { get; }

    public string Content => Folder.Combine("repo", "content");

    /// <summary>The folder that holds content/ (the site's folder, a checkout's top).</summary>
    public string Repository => Folder.Combine("repo");

    public Uri Address => Server.Address;

    /// <param name="prepare">Called with the repository folder once the content is in it, before the editor starts (a git checkout made of it).</param>
    public static async Task<LocalEditorSite> StartAsync(string folderPrefix, DateOnly today, Action<string>? prepare = null)
    {
        var folder = new TempFolder(folderPrefix);
        var content = folder.Combine("repo", "content");
        FixtureContent.Create(content);
        prepare?.Invoke(folder.Combine("repo"));
        var output = folder.Combine("_site");
        var server = await PreviewServer.StartAsync(output, 0, new PreviewState(), new ReloadBroadcaster(), injectReload: false, contentDir: content);
        var result = new BuildSession(new BuildOptions
        {
            ContentDir = content, OutputDir = output, ThemeDir = RepositoryPaths.Theme, BaseUrl = server.Address, Today = today,
        }).Build();
        if (!result.Success)
        {
            await server.DisposeAsync();
            folder.Dispose();
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
        return new LocalEditorSite(folder, server, today);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
