using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Preview.LocalBackend.Handoff;

/// <summary>
/// The 稿件包: a zip of exactly the content files an editor changed, under their content/ paths, with manifest.json listing
/// every changed file (path, hash now, hash where the copy started; deleted files with hash null). Made when the editor's
/// machine cannot push; a developer imports it in one step (`import`), which restores exactly those files, or refuses,
/// before touching anything, a package that was altered (a file missing, added or with another hash) or is stale (a file in
/// the target changed since the package's copy started).
/// </summary>
public static class StoryPackage
{
    public const string ManifestName = "manifest.json";
    public const string Format = "portal-story-package/1";

    /// <summary>The folder (beside content/) where packages are written.</summary>
    public const string FolderName = "稿件包";

    /// <summary>"稿件包-2026-12-07-153000.zip"</summary>
    public static string NameAt(DateTimeOffset time) =>
        $"{FolderName}-{time.ToString("yyyy-MM-dd-HHmmss", System.Globalization.CultureInfo.InvariantCulture)}.zip";

    /// <summary>Writes the package of <paramref name="changes"/> to <paramref name="target"/>.</summary>
    public static void Write(ContentRepository repository, IReadOnlyList<ContentChange> changes, string startedFrom, DateTimeOffset created, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp";
        using (var archive = ZipFile.Open(temporary, ZipArchiveMode.Create, Encoding.UTF8))
        {
            var files = new JsonArray();
            foreach (var change in changes)
            {
                files.Add(new JsonObject { ["path"] = change.Path, ["sha256"] = change.Sha256, ["base"] = change.BaseSha256 });
                if (change.Deleted) continue;
                var content = File.ReadAllBytes(repository.Resolve(change.Path));
                // Read again, hashed again: the manifest says what is in the zip even if the editor saved meanwhile.
                if (ContentRepository.IdOf(content) != change.Sha256)
                    throw new HandoffFailedException($"打包时“{change.Path}”正在被修改。请稍等片刻后再点“提交审核”。");
                var entry = archive.CreateEntry(change.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = created;
                using var stream = entry.Open();
                stream.Write(content);
            }
            var manifest = new JsonObject
            {
                ["format"] = Format,
                ["created"] = created.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                ["startedFrom"] = startedFrom,
                ["files"] = files,
            };
            var manifestEntry = archive.CreateEntry(ManifestName, CompressionLevel.Optimal);
            manifestEntry.LastWriteTime = created;
            using var manifestStream = manifestEntry.Open();
            manifestStream.Write(Encoding.UTF8.GetBytes(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        }
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>
    /// Imports a package into the folder that holds <paramref name="contentDir"/>: every check first, then every file written or
    /// deleted. Returns what was done, in path order; throws <see cref="StoryPackageRefusedException"/> (in Chinese) and
    /// changes nothing when the package is altered, stale or not a package.
    /// </summary>
    public static IReadOnlyList<ContentChange> Import(string zipPath, string contentDir)
    {
        var repository = new ContentRepository(contentDir);
        var name = Path.GetFileName(zipPath);
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException)
        {
            throw new StoryPackageRefusedException($"“{name}”不是有效的稿件包（不是 zip 文件或文件不完整）。");
        }
        using (archive)
        {
            var manifest = ReadManifest(archive, name);
            var listed = new Dictionary<string, ContentChange>(StringComparer.Ordinal);
            foreach (var change in manifest)
            {
                try
                {
                    repository.Resolve(change.Path);
                }
                catch (RefusedPathException refused)
                {
                    throw new StoryPackageRefusedException($"稿件包“{name}”中的文件不能导入：{refused.Message}");
                }
                if (!listed.TryAdd(change.Path, change)) throw new StoryPackageRefusedException($"稿件包“{name}”的清单中“{change.Path}”出现了两次，稿件包已被改动。");
            }
            var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName == ManifestName || entry.FullName.EndsWith('/')) continue;
                if (!listed.TryGetValue(entry.FullName, out var change) || change.Deleted)
                    throw new StoryPackageRefusedException($"稿件包“{name}”中的“{entry.FullName}”不在清单中，稿件包已被改动，不能导入。请让编辑重新点“提交审核”生成稿件包。");
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (ContentRepository.IdOf(bytes) != change.Sha256)
                    throw new StoryPackageRefusedException($"稿件包“{name}”中的“{entry.FullName}”与清单记录的内容不符，稿件包已被改动或损坏，不能导入。请让编辑重新点“提交审核”生成稿件包。");
                contents[entry.FullName] = bytes;
            }
            foreach (var change in manifest.Where(c => !c.Deleted && !contents.ContainsKey(c.Path)))
                throw new StoryPackageRefusedException($"稿件包“{name}”缺少清单中的“{change.Path}”，稿件包不完整，不能导入。");
            // Stale: the target's file must still be what the editor's copy started from (or already what the package brings).
            var stale = manifest.Where(c =>
            {
                var full = repository.Resolve(c.Path);
                var now = File.Exists(full) ? ContentRepository.IdOf(File.ReadAllBytes(full)) : null;
                return now != c.BaseSha256 && now != c.Sha256;
            }).Select(c => c.Path).ToList();
            if (stale.Count > 0)
                throw new StoryPackageRefusedException(
                    $"稿件包“{name}”已过期：编辑开始修改之后，这些文件在这里又被改过：{string.Join("、", stale)}。为了不覆盖别人的修改，没有导入任何文件。"
                    + "请把最新的 content 文件夹交给编辑，在上面重新修改后再提交，或由开发人员手工合并。");
            foreach (var change in manifest)
            {
                if (change.Deleted) repository.Delete(change.Path);
                else repository.Write(change.Path, contents[change.Path]);
            }
            return [.. manifest.OrderBy(c => c.Path, StringComparer.Ordinal)];
        }
    }

    private static List<ContentChange> ReadManifest(ZipArchive archive, string name)
    {
        var entry = archive.GetEntry(ManifestName) ?? throw new StoryPackageRefusedException($"“{name}”中没有清单 {ManifestName}，不是稿件包。");
        try
        {
            using var stream = entry.Open();
            var root = JsonNode.Parse(stream)!.AsObject();
            if (root["format"]?.GetValue<string>() != Format) throw new StoryPackageRefusedException($"“{name}”不是本网站的稿件包（清单格式不符）。");
            return [.. root["files"]!.AsArray().Select(f => new ContentChange(
                f!["path"]!.GetValue<string>(), f["sha256"]?.GetValue<string>(), f["base"]?.GetValue<string>()))];
        }
        catch (Exception ex) when (ex is JsonException or NullReferenceException or InvalidOperationException or FormatException)
        {
            throw new StoryPackageRefusedException($"稿件包“{name}”的清单无法读取，稿件包已损坏，不能导入。");
        }
    }
}

/// <summary>A 稿件包 that is not imported; the message says why and what to do, in Chinese.</summary>
public sealed class StoryPackageRefusedException(string message) : Exception(message);
