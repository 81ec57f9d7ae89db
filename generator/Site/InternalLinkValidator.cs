using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Site;

/// <summary>Checks that every site-internal link written in Markdown leads to a page or file the build publishes.</summary>
public static class InternalLinkValidator
{
    private static readonly Uri Origin = new("https://site.invalid/");

    public static void Validate(SiteModel site, DiagnosticBag diagnostics)
    {
        var sources = new List<(MarkdownSource Body, string PagePath)> { (site.Notice.Body, Routes.Notice) };
        sources.AddRange(site.Tasks.Select(t => (t.Source.Body, t.Path)));
        sources.AddRange(site.Pages.Select(p => (p.Source.Body, p.Path)));
        sources.AddRange(site.Stories.Select(s => (s.Source.Body, s.Path)));
        foreach (var (body, pagePath) in sources)
        {
            foreach (var link in body.Links)
            {
                if (link.Kind == MarkdownLinkKind.Autolink) continue;
                var url = link.Url;
                var target = SitePathOf(url, pagePath);
                if (target is null || Exists(site, target)) continue;
                var suggestion = Loading.NameSuggester.Closest(target, site.KnownPaths.Where(p => !p.Contains("/page/")));
                diagnostics.Error(DiagnosticCodes.BrokenInternalLink, body.File, link.Line, link.Column,
                    $"站内链接“{url}”指向的页面不存在。",
                    suggestion is null
                        ? "请检查链接地址；站内链接写成“/notice/”这样以斜杠开头的网址。"
                        : $"是否为“/{suggestion}”？站内链接写成以斜杠开头的网址。");
            }
        }
    }

    /// <summary>The site path a Markdown link points to, or null for external links, anchors and mail links.</summary>
    public static string? SitePathOf(string url, string pagePath)
    {
        if (url.Length == 0 || url.StartsWith('#') || LinkSafety.IsExternal(url) || url.Contains(':')) return null;
        if (MediaPath.IsMediaReference(url)) return MediaPath.Normalize(url) ?? url;
        // "/stories/2025/x/" is how editors link most of the time: no need for a URI parser.
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && url.IndexOfAny(['.', '%', '?', '#', '\\']) < 0)
            return url[1..];
        var resolved = new Uri(new Uri(Origin, pagePath), url);
        if (resolved.Host != Origin.Host) return null;
        return Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
    }

    private static bool Exists(SiteModel site, string path) =>
        site.KnownPaths.Contains(path)
        || site.KnownPaths.Contains(path + "/")
        || (path.EndsWith("/index.html", StringComparison.Ordinal) && site.KnownPaths.Contains(path[..^"index.html".Length]));
}
