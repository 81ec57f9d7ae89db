using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Build;
using Portal.Model;

namespace Portal.Preview;

/// <summary>
/// GET /__portal/wechat/{story path}: the story's 公众号 copy as JSON (html, text, and the button's words from the
/// theme), made from the content as it is now. 404 for a path that is no story, so reload.js shows the button on
/// story pages only. Served by `serve` alone: the published site has neither this address nor the button.
/// </summary>
public static class WeChatEndpoint
{
    public const string Route = "/__portal/wechat/{**path}";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One copy at a time: each reads the whole content, and the rebuilds need the cores too.</summary>
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<IResult> Answer(string contentDir, string themeDir, bool includeDrafts, string path)
    {
        await OneAtATime.WaitAsync();
        try
        {
            var diagnostics = new Diagnostics.DiagnosticBag();
            var answer = await Task.Run(() => WeChatCopy.Of(contentDir, themeDir, includeDrafts, WeChatCopy.ByPath(path), diagnostics));
            if (answer is null) return Results.NotFound();
            var body = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["button"] = answer.Words.Word(ThemeKeys.WeChat.Button),
                ["note"] = answer.Words.Word(ThemeKeys.WeChat.Note),
                ["copied"] = answer.Words.Word(ThemeKeys.WeChat.Copied),
                ["failed"] = answer.Words.Word(ThemeKeys.WeChat.Failed),
                ["html"] = answer.Copy.Html,
                ["text"] = answer.Copy.Text,
            };
            return Results.Text(JsonSerializer.Serialize(body, Json), "application/json; charset=utf-8");
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
