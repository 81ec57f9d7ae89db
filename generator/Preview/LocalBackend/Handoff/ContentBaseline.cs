using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Preview.LocalBackend.Handoff;

/// <summary>
/// Where a content folder that is not a git checkout started (an editors' package on a copy of the site without git): the
/// hash of every file, recorded the first time the local editor serves the folder, in content/.portal-baseline.json (hidden:
/// the site and the editor never read it; a fresh copy of content/ from the repository has none, and records its own).
/// </summary>
public static class ContentBaseline
{
    public const string FileName = ".portal-baseline.json";

    /// <summary>Records the baseline unless there is one, or the folder is a git checkout (git knows where it started).</summary>
    public static void EnsureRecorded(ContentRepository repository)
    {
        var file = Path.Combine(repository.Content, FileName);
        if (File.Exists(file) || GitCheckout.Find(repository) is not null) return;
        var files = new JsonObject();
        foreach (var (path, hash) in Hashes(repository)) files[path] = hash;
        var baseline = new JsonObject { ["recorded"] = DateTimeOffset.Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), ["files"] = files };
        File.WriteAllText(file, baseline.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>The recorded time and hashes; null when none was recorded.</summary>
    public static (string Recorded, IReadOnlyDictionary<string, string> Files)? Read(ContentRepository repository)
    {
        var file = Path.Combine(repository.Content, FileName);
        if (!File.Exists(file)) return null;
        var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var files = node["files"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>(), StringComparer.Ordinal);
        return (node["recorded"]?.GetValue<string>() ?? "", files);
    }

    /// <summary>Every file the editor may write (as <see cref="ContentRepository"/> allows), with its hash.</summary>
    public static IEnumerable<(string Path, string Sha256)> Hashes(ContentRepository repository) =>
        repository.List(Path.GetFileName(repository.Content), "", int.MaxValue)
            .Select(path => (path, ContentRepository.IdOf(File.ReadAllBytes(repository.Resolve(path)))));
}
