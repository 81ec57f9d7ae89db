using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Portal.Preview;

/// <summary>
/// Serves the output folder on 127.0.0.1 only. Files come from a <see cref="PhysicalFileProvider"/> rooted at the
/// output folder, which refuses "..", absolute and hidden paths, so nothing outside the site can be read.
/// HTML gets the live-reload script; the published site never contains it.
/// </summary>
public sealed partial class PreviewServer : IAsyncDisposable
{
    private const string ReloadScriptTag = "<script src=\"/__portal/reload.js\" defer></script>";
    /// <summary>Also .yml: the editor reads its /admin/config.yml and expects YAML, as static hosts serve it.</summary>
    /// <summary>
    /// Unpublished material (a 稿件包, a story's 公众号 copy) only for a page of this machine: a Host other than 127.0.0.1
    /// or localhost is a page elsewhere that rebound a name to this address (DNS rebinding), as the CMS API refuses too.
    /// </summary>
    private static ValueTask<object?> OnlyThisMachine(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Request.Host.Host is "127.0.0.1" or "localhost" ? next(context) : ValueTask.FromResult<object?>(Results.StatusCode(403));

    private static readonly System.Text.Json.JsonSerializerOptions NoteJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly FileExtensionContentTypeProvider ContentTypes = new() { Mappings = { [".yml"] = "text/yaml", [".vtt"] = "text/vtt" } };
    private readonly WebApplication app;

    private PreviewServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="injectReload">False serves the files exactly as published (browser and Lighthouse tests).</param>
    /// <param name="contentDir">Answers the browser CMS's local-backend protocol on POST /api/v1 for this content folder; null: no backend.</param>
    /// <param name="themeDir">The theme whose slug glossary names a story saved with an empty 网址标识; null: names from the title's ASCII only.</param>
    /// <param name="weChat">The site and words of the last good build, for a story's 公众号 copy (GET /__portal/wechat/…); null: no copy.</param>
    public static async Task<PreviewServer> StartAsync(
        string outputDir, int port, PreviewState state, ReloadBroadcaster events, bool injectReload = true, string? contentDir = null, string? themeDir = null,
        Func<(Site.SiteModel Site, Model.ThemeText Words)?>? weChat = null)
    {
        var root = Path.GetFullPath(outputDir);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        // Compress like a production static host, so measured transfer sizes and Lighthouse see what readers get.
        // gzip at zlib's default level, as GitHub Pages and nginx serve; Brotli at its default level is too slow per request.
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/json", "application/xml", "image/svg+xml", "text/plain", "text/csv", "application/atom+xml"];
        });
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        var app = builder.Build();
        app.UseResponseCompression();
        var stopping = app.Lifetime.ApplicationStopping;

        app.MapGet("/__portal/reload.js", () => Results.Text(ReloadScript.Value, "text/javascript; charset=utf-8"));
        app.MapGet("/__portal/errors", () => Results.Text(state.ErrorsJson, "application/json; charset=utf-8"));
        app.MapGet("/__portal/events", (CancellationToken request) =>
            TypedResults.ServerSentEvents(Stream(events, CancellationTokenSource.CreateLinkedTokenSource(request, stopping).Token)));
        if (contentDir is not null)
        {
            var backend = new LocalBackend.LocalBackendApi(new LocalBackend.ContentRepository(contentDir),
                // Read at each save: a word added to slugs.yml while serve runs is used at once.
                themeDir is null ? null : () => Loading.ThemeTextReader.ReadSlugGlossary(themeDir),
                themeDir is null ? null : () => Loading.ThemeTextReader.Read(themeDir, new Diagnostics.DiagnosticBag()),
                // The editor's tab shows what its save repaired (or clears the last save's note).
                notes => events.Publish(new PreviewEvent("auto-fixed", System.Text.Json.JsonSerializer.Serialize(notes, NoteJson))));
            app.MapPost("/api/v1", context => LocalBackend.LocalBackendEndpoint.Answer(context, backend));
            // 提交审核 compares with where the copy started: a copy without git records that now, before anything is saved.
            var repository = new LocalBackend.ContentRepository(contentDir);
            LocalBackend.Handoff.ContentBaseline.EnsureRecorded(repository);
            app.MapGet(LocalBackend.LocalBackendApi.PackageAddress + "{name}", (string name) => Package(repository, name)).AddEndpointFilter(OnlyThisMachine);
        }
        // The 公众号 copy of the story at a path, for reload.js's 复制公众号版 button: preview only, never a file of the site.
        if (injectReload && weChat is not null)
            app.MapGet(WeChatEndpoint.Route, (string path) => WeChatEndpoint.Answer(weChat, path)).AddEndpointFilter(OnlyThisMachine);
        // Literal /__portal/ routes take precedence over this catch-all.
        app.MapMethods("{**path}", [HttpMethods.Get, HttpMethods.Head], context => ServeFile(context, root, injectReload));

        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    /// <summary>A 稿件包 made by 提交审核, for the editor's download link; only a package's own name is served.</summary>
    private static IResult Package(LocalBackend.ContentRepository repository, string name)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^" + LocalBackend.Handoff.StoryPackage.FolderName + @"-\d{4}-\d{2}-\d{2}-\d{6}\.zip$")) return Results.NotFound();
        var path = Path.Combine(repository.Root, LocalBackend.Handoff.StoryPackage.FolderName, name);
        return File.Exists(path) ? Results.File(path, "application/zip", name) : Results.NotFound();
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(ReloadBroadcaster events, [EnumeratorCancellation] CancellationToken cancel)
    {
        var channel = events.Subscribe();
        try
        {
            yield return new SseItem<string>("ok", "connected");
            while (true)
            {
                PreviewEvent message;
                try
                {
                    message = await channel.Reader.ReadAsync(cancel);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
                yield return new SseItem<string>(message.Data, message.Type);
            }
        }
        finally
        {
            events.Unsubscribe(channel);
        }
    }

    /// <summary>Resolves the request against a provider created per request, so an atomic swap of the output folder is seen at once.</summary>
    private static async Task ServeFile(HttpContext context, string root, bool injectReload)
    {
        var path = context.Request.Path.Value ?? "/";
        // Kestrel has already decoded %2e%2e and %2f; anything still odd is refused rather than interpreted.
        if (path.Contains('\\') || path.Contains("..") || path.Contains('\0') || path.Contains(':'))
        {
            await NotFound(context, root, injectReload);
            return;
        }
        if (!Directory.Exists(root))
        {
            await NotFound(context, root, injectReload);
            return;
        }
        using var files = new PhysicalFileProvider(root);
        var file = files.GetFileInfo(path);
        if (path.EndsWith('/') || files.GetDirectoryContents(path).Exists)
        {
            if (!path.EndsWith('/'))
            {
                context.Response.Redirect(path + "/" + context.Request.QueryString);
                return;
            }
            file = files.GetFileInfo(path + "index.html");
        }
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null)
        {
            await NotFound(context, root, injectReload);
            return;
        }
        await Send(context, file.PhysicalPath, StatusCodes.Status200OK, injectReload);
    }

    private static async Task NotFound(HttpContext context, string root, bool injectReload)
    {
        var page = Path.Combine(root, "404.html");
        if (File.Exists(page)) await Send(context, page, StatusCodes.Status404NotFound, injectReload);
        else context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static async Task Send(HttpContext context, string physicalPath, int status, bool injectReload)
    {
        context.Response.StatusCode = status;
        // Preview: never cache (edits must show), except theme assets under content-hashed names (a changed file gets a new
        // name), so a reload after each save fetches the page alone, not its stylesheet and scripts again.
        // Static mode behaves like GitHub Pages: ten minutes.
        context.Response.Headers.CacheControl = !injectReload ? "max-age=600"
            : status == StatusCodes.Status200OK && HashedAsset().IsMatch(context.Request.Path.Value ?? "") ? "max-age=31536000, immutable"
            : "no-store";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        if (!ContentTypes.TryGetContentType(physicalPath, out var type)) type = "application/octet-stream";
        if (type == "text/html" && injectReload)
        {
            var html = await File.ReadAllTextAsync(physicalPath);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = at >= 0 ? html.Insert(at, ReloadScriptTag) : html + ReloadScriptTag;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html, Encoding.UTF8);
            return;
        }
        context.Response.ContentType = type is "text/html" or "text/css" or "text/javascript" or "text/plain" or "text/csv" or "text/yaml" ? type + "; charset=utf-8" : type;
        await context.Response.SendFileAsync(physicalPath);
    }

    /// <summary>A theme asset as <see cref="Loading.ThemeAssets"/> publishes it: /assets/css/site.3f2a0c9d1e.css.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^/assets/[^?#]+\.[0-9a-f]{10}\.[A-Za-z0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex HashedAsset();

    private static readonly Lazy<string> ReloadScript = new(() =>
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("Portal.Preview.reload.js")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
