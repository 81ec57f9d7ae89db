using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Portal.Preview.LocalBackend;

/// <summary>
/// POST /api/v1 over HTTP. Besides binding to 127.0.0.1, it answers only JSON requests from this very address: a web page
/// on another site open in the editor's browser must not be able to write into the content folder (a JSON POST from
/// another origin needs a CORS preflight, which is never granted; the Host check stops DNS rebinding).
/// </summary>
public static class LocalBackendEndpoint
{
    private const long MaxRequestBytes = 200 * 1024 * 1024; // a story with its pictures and a short video

    public static async Task Answer(HttpContext context, LocalBackendApi api)
    {
        var request = context.Request;
        var own = $"{request.Scheme}://{request.Host}";
        var origin = request.Headers.Origin.ToString();
        if (request.Host.Host is not ("127.0.0.1" or "localhost") || (origin.Length > 0 && origin != own))
        {
            await Reply(context, 403, """{"error":"只接受本机预览页面的请求。"}""");
            return;
        }
        if (!(request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await Reply(context, 415, """{"error":"请求应为 JSON。"}""");
            return;
        }
        if (request.ContentLength > MaxRequestBytes)
        {
            await Reply(context, 413, """{"error":"文件过大。"}""");
            return;
        }
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            await Reply(context, 400, """{"error":"请求不是有效的 JSON。"}""");
            return;
        }
        using (body)
        {
            var (status, answer) = api.Handle(body.RootElement);
            await Reply(context, status, answer?.ToJsonString() ?? "null");
        }
    }

    private static async Task Reply(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json);
    }
}
