using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Loading;

/// <summary>
/// Theme assets published under content-hashed names (site.3f2a….css), so hosts can cache them for a year
/// and a changed file is always fetched anew. A stylesheet's url(…) references to other assets are rewritten to their
/// published names, so the theme's CSS names files plainly (../cursors/hand.svg) and a changed file never goes stale.
/// Scripts are published compacted (<see cref="ScriptCompactor"/>).
/// </summary>
public sealed partial class ThemeAssets
{
    private readonly Dictionary<string, string> published = new(StringComparer.Ordinal);

    public ThemeAssets(string themeFolder)
    {
        var root = Path.Combine(Path.GetFullPath(themeFolder), "assets");
        if (!Directory.Exists(root)) return;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => (File: file, Relative: Path.GetRelativePath(root, file).Replace('\\', '/')))
            .ToList();
        // Stylesheets last: their references need the other files' published names.
        foreach (var (file, relative) in files.Where(f => !IsStylesheet(f.Relative)))
        {
            if (IsScript(relative)) Publish(file, relative, Encoding.UTF8.GetBytes(ScriptCompactor.Compact(File.ReadAllText(file))), rewritten: true);
            else Publish(file, relative, File.ReadAllBytes(file), rewritten: false);
        }
        foreach (var (file, relative) in files.Where(f => IsStylesheet(f.Relative)))
            Publish(file, relative, Encoding.UTF8.GetBytes(RewriteReferences(File.ReadAllText(file), relative)), rewritten: true);
    }

    /// <summary>Source file and site path of each asset.</summary>
    public List<(string Source, string SitePath)> Files { get; } = [];

    /// <summary>The bytes to publish of assets whose text was rewritten (stylesheets, scripts), by site path; the others are copied.</summary>
    public Dictionary<string, byte[]> Rewritten { get; } = new(StringComparer.Ordinal);

    public string SitePath(string asset) =>
        published.TryGetValue(asset, out var path) ? path : throw new InvalidOperationException($"theme/assets/{asset} is missing");

    private void Publish(string file, string relative, byte[] bytes, bool rewritten)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(relative);
        var target = "assets/" + relative[..^extension.Length] + "." + hash + extension;
        published[relative] = target;
        Files.Add((file, target));
        if (rewritten) Rewritten[target] = bytes;
    }

    private static bool IsStylesheet(string relative) => relative.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    private static bool IsScript(string relative) => relative.EndsWith(".js", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"url\(\s*(?<quote>[""']?)(?<path>[^""')]+)\k<quote>\s*\)")]
    private static partial Regex UrlReference();

    /// <summary>Relative references to other theme assets become their published (hashed) names, relative to the stylesheet.</summary>
    private string RewriteReferences(string css, string stylesheet) => UrlReference().Replace(css, match =>
    {
        var path = match.Groups["path"].Value;
        if (path.StartsWith("data:", StringComparison.Ordinal) || path.StartsWith('/') || path.StartsWith('#') || path.Contains("://")) return match.Value;
        var folder = Path.GetDirectoryName(stylesheet)!.Replace('\\', '/');
        var asset = Path.GetRelativePath(".", Path.Combine(folder, path)).Replace('\\', '/');
        if (!published.TryGetValue(asset, out var target)) return match.Value;
        var relativeTarget = Path.GetRelativePath("assets/" + folder, target).Replace('\\', '/');
        return $"url(\"{relativeTarget}\")";
    });
}
