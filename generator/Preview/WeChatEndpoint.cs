using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Build;
using Portal.Model;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Preview;

/// <summary>
/// GET /__portal/wechat/{story path}: the story's 公众号 copy as JSON (html, text, and the button's words from the
/// theme), made from the content as `serve` last built it. 404 for a path that is no story, or while the content has
/// errors, so reload.js shows the button on story pages of a good build only. Served by `serve` alone: the published
/// site has neither this address nor the button.
/// </summary>
public static class WeChatEndpoint
{
    public const string Route = "/__portal/wechat/{**path}";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="built">The site and words of `serve`'s last build while it succeeded: every story page opened after a
    /// save asks, and reading the whole content again for each (seconds at 10,000 stories) would compete with the page's
    /// own load and the next rebuild.</param>
    public static IResult Answer(Func<(SiteModel Site, ThemeText Words)?> built, string path)
    {
        if (built() is not { } last || last.Site.Stories.FirstOrDefault(WeChatCopy.ByPath(path)) is not { } story) return Results.NotFound();
        // The published site's addresses (site.yml's baseUrl), not the preview's the model links with.
        var copy = WeChatArticle.For(story, last.Site.Config, new SiteUrls(last.Site.Config.BaseUrl), last.Words);
        var body = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["button"] = last.Words.Word(ThemeKeys.WeChat.Button),
            ["note"] = last.Words.Word(ThemeKeys.WeChat.Note),
            ["copied"] = last.Words.Word(ThemeKeys.WeChat.Copied),
            ["failed"] = last.Words.Word(ThemeKeys.WeChat.Failed),
            ["html"] = copy.Html,
            ["text"] = copy.Text,
        };
        return Results.Text(JsonSerializer.Serialize(body, Json), "application/json; charset=utf-8");
    }
}
