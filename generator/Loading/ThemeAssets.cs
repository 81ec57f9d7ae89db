using System.Security.Cryptography;

namespace Portal.Loading;

/// <summary>
/// Theme assets published under content-hashed names (site.3f2a….css), so hosts can cache them for a year
/// and a changed file is always fetched anew.
/// </summary>
public sealed class ThemeAssets
{
    private readonly Dictionary<string, string> published = new(StringComparer.Ordinal);

    public ThemeAssets(string themeFolder)
    {
        var root = Path.Combine(Path.GetFullPath(themeFolder), "assets");
        if (!Directory.Exists(root)) return;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(relative);
            var target = "assets/" + relative[..^extension.Length] + "." + hash + extension;
            published[relative] = target;
            Files.Add((file, target));
        }
    }

    /// <summary>Source file and site path of each asset.</summary>
    public List<(string Source, string SitePath)> Files { get; } = [];

    public string SitePath(string asset) =>
        published.TryGetValue(asset, out var path) ? path : throw new InvalidOperationException($"theme/assets/{asset} is missing");
}
