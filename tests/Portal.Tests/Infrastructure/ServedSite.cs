using Portal.Build;
using Portal.Preview;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A site built for its own loopback address and served exactly as published (no reload script), with
/// Chromium ready: the set-up of the browser tests.
/// </summary>
public class ServedSite : IAsyncLifetime
{
    private readonly TempFolder folder = new("portal-served");
    private readonly Chromium chromium = new();
    private PreviewServer? server;

    /// <summary>Adds content to the copy of content/ before the build.</summary>
    protected virtual void Prepare(string contentDir) => FixtureContent.Create(contentDir);

    public Uri Address => server!.Address;

    public string OutputDir => folder.Combine("_site");

    public string ContentDir => folder.Combine("content");

    public Chromium Chromium => chromium;

    public async Task InitializeAsync()
    {
        var content = folder.Combine("content");
        Prepare(content);
        // Bind first on a free port, then build the site for that address.
        server = await PreviewServer.StartAsync(OutputDir, 0, new PreviewState(), new ReloadBroadcaster(), injectReload: false);
        var result = SiteBuild.Build(new BuildOptions
        {
            ContentDir = content,
            OutputDir = OutputDir,
            ThemeDir = RepositoryPaths.Theme,
            BaseUrl = server.Address,
            Today = new DateOnly(2026, 11, 26),
        });
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        await chromium.InitializeAsync();
    }

    public Uri Url(string path) => new(Address, path);

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        if (server is not null) await server.DisposeAsync();
        folder.Dispose();
    }
}
