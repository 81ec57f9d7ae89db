using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>
/// /admin/: the browser editor (Decap CMS, vendored in theme/admin/decap-cms), its generated configuration and its own
/// Content-Security-Policy (the editor evaluates code and styles inline, which the public pages never allow). Kept out of
/// search engines, the sitemap and the search index.
/// </summary>
public sealed class CmsAdmin(string themeDir, string contentSecurityPolicy) : ISiteOutput
{
    public const string Folder = "admin/";

    /// <summary>Gives pictures saved from WeChat or Word ("通车现场 照片.png") a safe name before the editor sees them.</summary>
    private const string UploadNamesScript = "safe-upload-names.js";

    public string Step => "写入浏览器编辑器";

    public void Write(PageTree tree, OutputFolder output)
    {
        var vendored = Path.Combine(Path.GetFullPath(themeDir), "admin", "decap-cms");
        if (!Directory.Exists(vendored)) return; // a theme without the editor publishes none
        foreach (var file in Directory.EnumerateFiles(vendored, "*.js").Order(StringComparer.Ordinal))
            output.Copy(file, $"{Folder}decap-cms/{Path.GetFileName(file)}");
        var renamer = Path.Combine(Path.GetFullPath(themeDir), "admin", UploadNamesScript);
        if (File.Exists(renamer)) output.Copy(renamer, Folder + UploadNamesScript);
        output.WriteText(Folder + "config.yml", CmsConfig.Write(tree));
        output.WriteText(Folder, Page(tree));
    }

    /// <summary>The theme's policy, with the published editor's own API host added to connect-src (it saves there).</summary>
    private string Policy(PageTree tree)
    {
        var origins = CmsConfig.RemoteOrigins(tree);
        if (origins.Count == 0) return contentSecurityPolicy;
        var directives = contentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var index = directives.FindIndex(d => d.StartsWith("connect-src ", StringComparison.Ordinal));
        if (index < 0) directives.Add("connect-src 'self' " + string.Join(' ', origins));
        else directives[index] += " " + string.Join(' ', origins);
        return string.Join("; ", directives);
    }

    private string Page(PageTree tree) =>
        $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="{System.Net.WebUtility.HtmlEncode(Policy(tree))}">
        <meta name="robots" content="noindex, nofollow">
        <title>内容编辑 - {System.Net.WebUtility.HtmlEncode(tree.Chrome.ShortTitle)}</title>
        <link href="config.yml" type="text/yaml" rel="cms-config-url">
        </head>
        <body>
        <script src="{UploadNamesScript}"></script>
        <script src="decap-cms/decap-cms.js"></script>
        </body>
        </html>

        """;
}
