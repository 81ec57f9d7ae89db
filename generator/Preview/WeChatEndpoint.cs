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

    /// <summary>
    /// Answers made since the content and theme last changed (their folder stamps): every story page opened in `serve`
    /// asks once, and re-reading the whole content for each would compete with the rebuilds after a save.
    /// </summary>
    private static readonly Dictionary<string, string?> Made = new(StringComparer.Ordinal);
    private static (ulong Content, ulong Theme) madeAt;

    public static async Task<IResult> Answer(string contentDir, string themeDir, bool includeDrafts, string path)
    {
        await OneAtATime.WaitAsync();
        try
        {
            var stamp = (Loading.FolderStamp.Of(contentDir), Loading.FolderStamp.Of(themeDir));
            if (stamp != madeAt)
            {
                Made.Clear();
                madeAt = stamp;
            }
            var key = string.Join('\n', contentDir, themeDir, includeDrafts ? "drafts" : "", path);
            if (!Made.TryGetValue(key, out var json)) Made[key] = json = await Task.Run(() => Make(contentDir, themeDir, includeDrafts, path));
            return json is null ? Results.NotFound() : Results.Text(json, "application/json; charset=utf-8");
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>The answer's JSON, or null when the path is no story.</summary>
    private static string? Make(string contentDir, string themeDir, bool includeDrafts, string path)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var answer = WeChatCopy.Of(contentDir, themeDir, includeDrafts, WeChatCopy.ByPath(path), diagnostics);
        if (answer is null) return null;
        var body = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["button"] = answer.Words.Word(ThemeKeys.WeChat.Button),
            ["note"] = answer.Words.Word(ThemeKeys.WeChat.Note),
            ["copied"] = answer.Words.Word(ThemeKeys.WeChat.Copied),
            ["failed"] = answer.Words.Word(ThemeKeys.WeChat.Failed),
            ["html"] = answer.Copy.Html,
            ["text"] = answer.Copy.Text,
        };
        return JsonSerializer.Serialize(body, Json);
    }
}
