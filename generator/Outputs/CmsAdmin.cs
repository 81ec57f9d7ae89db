using Portal.Model;
using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>
/// /admin/: the browser editor (Decap CMS, vendored in theme/admin/decap-cms), its generated configuration and its own
/// Content-Security-Policy (the editor evaluates code and styles inline, which the public pages never allow). Kept out of
/// search engines, the sitemap and the search index. Written only where it has a backend to save to
/// (<see cref="PageTree.Editor"/>): `serve`'s own, or the web backend site.yml's `editing` configures.
/// </summary>
/// <param name="text">The theme's words: the editor's policy (adminContentSecurityPolicy) and its collections' labels (cms).</param>
public sealed class CmsAdmin(string themeDir, ThemeText text) : ISiteOutput
{
    public const string Folder = "admin/";

    public string Step => "写入浏览器编辑器";

    public void Write(PageTree tree, OutputFolder output)
    {
        // Without a backend (a `build` whose site.yml names no web backend) an editor could only fail: none is published.
        if (tree.Editor is null) return;
        var vendored = Path.Combine(Path.GetFullPath(themeDir), "admin", "decap-cms");
        if (!Directory.Exists(vendored)) return; // a theme without the editor publishes none
        foreach (var file in Directory.EnumerateFiles(vendored, "*.js").Order(StringComparer.Ordinal))
            output.Copy(file, $"{Folder}decap-cms/{Path.GetFileName(file)}");
        // The theme's own additions to the editor (safe upload names, the Chinese picture block, optional objects, select words), loaded after it.
        var additions = Directory.EnumerateFiles(Path.Combine(Path.GetFullPath(themeDir), "admin"), "*.js").Order(StringComparer.Ordinal).ToList();
        foreach (var file in additions) output.Copy(file, Folder + Path.GetFileName(file));
        output.WriteText(Folder + "config.yml", CmsConfig.Write(tree, text));
        output.WriteText(Folder, Page(tree, additions.Select(f => Path.GetFileName(f)).ToList()));
    }

    /// <summary>The theme's policy, with the published editor's own API host added to connect-src (it saves there).</summary>
    private string Policy(PageTree tree)
    {
        var contentSecurityPolicy = text.AdminContentSecurityPolicy;
        var origins = CmsConfig.RemoteOrigins(tree);
        if (origins.Count == 0) return contentSecurityPolicy;
        var directives = contentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var index = directives.FindIndex(d => d.StartsWith("connect-src ", StringComparison.Ordinal));
        if (index < 0) directives.Add("connect-src 'self' " + string.Join(' ', origins));
        else directives[index] += " " + string.Join(' ', origins);
        return string.Join("; ", directives);
    }

    /// <summary>
    /// The local editor's 提交审核 (theme/admin/handoff.js) speaks the theme's words, carried here; the published editor has
    /// its own review workflow and no such button.
    /// </summary>
    private string HandoffWords(PageTree tree)
    {
        if (tree.Editor is not LocalEditor) return "";
        (string Name, string Key)[] words =
        [
            ("button", ThemeKeys.Cms.HandoffButton), ("working", ThemeKeys.Cms.HandoffWorking), ("title", ThemeKeys.Cms.HandoffTitle),
            ("files", ThemeKeys.Cms.HandoffFiles), ("pull-request", ThemeKeys.Cms.HandoffPullRequest), ("download", ThemeKeys.Cms.HandoffDownload),
            ("failed", ThemeKeys.Cms.HandoffFailed), ("close", ThemeKeys.Cms.HandoffClose),
        ];
        return $"<div id=\"portal-handoff\" hidden{string.Concat(words.Select(w => $" data-{w.Name}=\"{System.Net.WebUtility.HtmlEncode(text.Word(w.Key))}\""))}></div>\n";
    }

    private string Page(PageTree tree, IReadOnlyList<string> additions) =>
        $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="{System.Net.WebUtility.HtmlEncode(Policy(tree))}">
        <meta name="robots" content="noindex, nofollow">
        <title>{System.Net.WebUtility.HtmlEncode(text.Word(ThemeKeys.Cms.Title, ("site", tree.Chrome.ShortTitle)))}</title>
        <link href="config.yml" type="text/yaml" rel="cms-config-url">
        </head>
        <body>
        {HandoffWords(tree)}<script src="decap-cms/decap-cms.js"></script>
        {string.Concat(additions.Select(a => $"<script src=\"{a}\"></script>\n"))}        </body>
        </html>

        """;
}
