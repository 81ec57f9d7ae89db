using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A minimal static file server on 127.0.0.1 that serves a folder through a path that may be a symbolic link
/// (the deploy root's <c>current</c>), resolving it afresh for every request as nginx does by default (no
/// open_file_cache): what a reader of the department's own server sees while a deploy switches the link.
/// </summary>
public sealed class SymlinkFollowingServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Task loop;

    public SymlinkFollowingServer(string root)
    {
        this.root = root;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Address.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (path.Contains("..", StringComparison.Ordinal)) path = "/";
            var file = Path.Combine(root, path.TrimStart('/'));
            if (path.EndsWith('/')) file = Path.Combine(file, "index.html");
            byte[]? body;
            try
            {
                body = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
            {
                body = null;
            }
            context.Response.StatusCode = body is null ? 404 : 200;
            if (body is not null) context.Response.OutputStream.Write(body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(10));
    }
}
