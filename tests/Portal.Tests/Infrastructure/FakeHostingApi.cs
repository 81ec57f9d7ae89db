using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A hosting service's pull-request API on 127.0.0.1 (the part GitHub and Forgejo share: POST …/repos/{owner}/{name}/pulls),
/// recording each request and answering 201 with the new pull request's html_url when the token is <see cref="Token"/>,
/// 401 otherwise. Its git address (anything else) answers 401 asking for a password, as a private repository does.
/// </summary>
public sealed class FakeHostingApi : IDisposable
{
    public const string Token = "stored-token-of-the-editor";
    private readonly HttpListener listener = new();
    private readonly List<(string Path, string? Authorization, JsonNode? Body)> requests = [];

    public FakeHostingApi()
    {
        Port = LoopbackPort.Free();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = Task.Run(Serve);
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public IReadOnlyList<(string Path, string? Authorization, JsonNode? Body)> PullRequests
    {
        get
        {
            lock (requests) return [.. requests];
        }
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            if (context.Request.HttpMethod == "POST" && path.EndsWith("/pulls", StringComparison.Ordinal))
            {
                var body = JsonNode.Parse(await new StreamReader(context.Request.InputStream).ReadToEndAsync());
                var authorization = context.Request.Headers["Authorization"];
                lock (requests) requests.Add((path, authorization, body));
                var accepted = authorization == "token " + Token;
                context.Response.StatusCode = accepted ? 201 : 401;
                var answer = accepted ? new JsonObject { ["number"] = 7, ["html_url"] = new Uri(Address, "o/r/pulls/7").AbsoluteUri } : new JsonObject { ["message"] = "Bad credentials" };
                await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(answer.ToJsonString()));
            }
            else
            {
                context.Response.StatusCode = 401;
                context.Response.AddHeader("WWW-Authenticate", "Basic realm=\"git\"");
            }
            context.Response.Close();
        }
    }

    public void Dispose() => listener.Close();
}
