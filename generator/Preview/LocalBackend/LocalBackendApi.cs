using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Preview.LocalBackend;

/// <summary>
/// The local-backend protocol of the browser CMS (the one npm decap-server speaks): POST /api/v1 with
/// {"action": …, "params": {…}}, answered with JSON. Files go through <see cref="ContentRepository"/>, so every path is
/// checked; the preview's file watcher then rebuilds the site and shows any error in the preview overlay.
/// </summary>
/// <param name="words">The theme's words, read at each save, for the notes of the fixes a save makes (<see cref="SaveFixes"/>).</param>
/// <param name="fixesMade">Told after every save of a story, page or task: the notes of the fixes it made, none when it made none.</param>
public sealed class LocalBackendApi(
    ContentRepository repository, Func<IReadOnlyList<(string Chinese, string Slug)>>? slugGlossary = null,
    Func<Model.ThemeText?>? words = null, Action<IReadOnlyList<string>>? fixesMade = null)
{
    /// <summary>The hosting service's API, for the pull request of 提交审核.</summary>
    private static readonly HttpClient Hosting = new() { Timeout = TimeSpan.FromSeconds(60) };

    private readonly StoryFiling stories = new(repository, slugGlossary ?? (() => []));
    private readonly Handoff.ReviewHandoff handoff = new(repository, Hosting);

    /// <returns>The HTTP status and the JSON answer.</returns>
    public (int Status, JsonNode? Answer) Handle(JsonElement request)
    {
        if (request.ValueKind != JsonValueKind.Object || !request.TryGetProperty("action", out var actionValue) || actionValue.ValueKind != JsonValueKind.String)
            return Error(422, "请求缺少 action。");
        var action = actionValue.GetString()!;
        var parameters = request.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        try
        {
            return (200, action switch
            {
                "info" => new JsonObject { ["repo"] = repository.Name, ["publish_modes"] = new JsonArray("simple"), ["type"] = "local_fs" },
                "entriesByFolder" => Entries(repository.List(Text(parameters, "folder"), Text(parameters, "extension", ""), Number(parameters, "depth", 1))),
                "entriesByFiles" => Entries(Array(parameters, "files").Select(f => Text(f, "path")).ToList(), Array(parameters, "files").Select(f => Text(f, "label", "")).ToList()),
                "getEntry" => Entries([Text(parameters, "path")])[0],
                "persistEntry" => PersistEntry(parameters),
                "getMedia" => new JsonArray([.. repository.List(Text(parameters, "mediaFolder"), "", 1).Select(MediaFile)]),
                "getMediaFile" => MediaFile(Text(parameters, "path")),
                "persistMedia" => PersistMedia(parameters),
                "deleteFile" => Deleted([Text(parameters, "path")]),
                "deleteFiles" => Deleted(Array(parameters, "paths").Select(e => e.GetString() ?? "").ToList()),
                "getDeployPreview" => null,
                "submitForReview" => SubmitForReview(),
                _ => throw new UnknownActionException(action),
            });
        }
        catch (UnknownActionException)
        {
            return Error(422, $"未知的操作“{action}”。");
        }
        catch (RefusedPathException refused)
        {
            return Error(403, refused.Message);
        }
        catch (RefusedStoryException refused)
        {
            return Error(422, refused.Message);
        }
        catch (Handoff.HandoffFailedException failed)
        {
            return Error(422, failed.Message);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return Error(422, $"请求参数有误：{ex.Message}");
        }
    }

    /// <summary>Each file's text and id; a file that cannot be read comes back with data null, as the CMS expects.</summary>
    private JsonNode Entries(IReadOnlyList<string> paths, IReadOnlyList<string>? labels = null) =>
        new JsonArray([.. paths.Select((path, i) =>
        {
            byte[]? content = null;
            try
            {
                // A story a save has moved is still found under the path the editor knows it by.
                content = repository.Read(stories.Current(path));
            }
            catch (IOException)
            {
                // Missing: data null.
            }
            var file = new JsonObject { ["path"] = path, ["id"] = content is null ? null : ContentRepository.IdOf(content) };
            if (labels is not null && labels[i].Length > 0) file["label"] = labels[i];
            return (JsonNode)new JsonObject { ["data"] = content is null ? null : Encoding.UTF8.GetString(content), ["file"] = file };
        })]);

    private JsonNode PersistEntry(JsonElement parameters)
    {
        var dataFiles = parameters.TryGetProperty("dataFiles", out var files) && files.ValueKind == JsonValueKind.Array
            ? files.EnumerateArray().ToList()
            : [Property(parameters, "entry")];
        var assets = parameters.TryGetProperty("assets", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToList() : [];
        // Every path is checked, and every story placed, before anything is written: a refusal leaves nothing half saved.
        foreach (var file in dataFiles) repository.Resolve(Text(file, "path"));
        foreach (var asset in assets) repository.Resolve(Text(asset, "path"));
        var theme = words?.Invoke();
        var notes = new List<string>();
        var fronted = false;
        var placed = dataFiles.Select(file =>
        {
            var path = Text(file, "path");
            var raw = Text(file, "raw");
            // Before placing: the story is filed by its repaired date and 网址标识.
            if (Validation.FormFieldPlace.EditedDocument(repository.ContentRelative(path)) is not null)
            {
                fronted = true;
                var (repaired, fixes) = SaveFixes.Apply(repository.ContentRelative(path), raw, theme);
                raw = repaired;
                notes.AddRange(fixes);
            }
            if (stories.IsStory(path))
            {
                var (target, text) = stories.Place(path, raw);
                return (Path: path, Target: target, Raw: text, Story: true);
            }
            var moved = file.TryGetProperty("newPath", out var to) && to.GetString() is { Length: > 0 } newPath ? newPath : null;
            return (Path: path, Target: moved ?? path, Raw: raw, Story: false);
        }).ToList();
        foreach (var file in placed) repository.Resolve(file.Target);
        // Pictures before the story that shows them: the preview's rebuild never sees the story without its pictures.
        foreach (var asset in assets) repository.Write(Text(asset, "path"), Decode(asset));
        foreach (var file in placed)
        {
            if (file.Story)
            {
                repository.Write(file.Target, Encoding.UTF8.GetBytes(file.Raw));
                stories.Settle(file.Path, file.Target);
                continue;
            }
            repository.Write(file.Path, Encoding.UTF8.GetBytes(file.Raw));
            if (file.Target != file.Path) repository.Move(file.Path, file.Target);
        }
        if (fronted) fixesMade?.Invoke(notes);
        return new JsonObject { ["message"] = "entry persisted", ["fixes"] = new JsonArray([.. notes.Select(n => (JsonNode)n)]) };
    }

    /// <summary>
    /// 提交审核 (theme/admin/handoff.js): the outcome, the files, and a message saying what happened and what to do next.
    /// A package's download address is served by <see cref="PreviewServer"/> from the 稿件包 folder.
    /// </summary>
    private JsonNode SubmitForReview()
    {
        Handoff.HandoffResult result;
        try
        {
            result = handoff.SubmitAsync().GetAwaiter().GetResult();
        }
        catch (Handoff.GitFailedException failed)
        {
            throw new Handoff.HandoffFailedException($"没能用 git 读取改动（{failed.Result.Error.Trim()}）。请把这段提示告诉开发人员。");
        }
        catch (System.Text.Json.JsonException)
        {
            // The record of where editing started (content/.portal-baseline.json) was changed by hand or cut short.
            throw new Handoff.HandoffFailedException("记录开始编辑时文件状态的 content/.portal-baseline.json 已损坏，没能找出改动。请把这段提示告诉开发人员。");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new Handoff.HandoffFailedException($"没能写出或读取文件（{ex.Message}）：请检查磁盘空间和文件夹权限后再点一次。");
        }
        var files = new JsonArray([.. result.Changes.Select(c => (JsonNode)new JsonObject
        {
            ["path"] = c.Path, ["change"] = c.Deleted ? "删除" : c.BaseSha256 is null ? "新增" : "修改",
        })]);
        var answer = new JsonObject { ["outcome"] = result.Outcome.ToString().ToLowerInvariant(), ["files"] = files };
        switch (result.Outcome)
        {
            case Handoff.HandoffOutcome.Nothing:
                answer["message"] = "没有需要提交的改动：content 文件夹中的文件与开始编辑时相同。";
                break;
            case Handoff.HandoffOutcome.Branch:
                answer["branch"] = result.Branch;
                answer["pullRequest"] = result.PullRequest;
                answer["message"] = result.PullRequest is not null
                    ? $"已提交审核：{result.Changes.Count} 个文件已提交到分支 {result.Branch}，并建立了合并请求。审核人在合并请求中查看预览、批准后合并，网站随即更新。"
                    : $"{result.Changes.Count} 个文件已提交到分支 {result.Branch}，但没有建立合并请求：{result.PullRequestProblem}。请告诉开发人员或审核人，在仓库网页上为分支 {result.Branch} 建立合并请求。";
                break;
            case Handoff.HandoffOutcome.Package:
                var name = Path.GetFileName(result.PackagePath!);
                answer["package"] = name;
                answer["download"] = PackageAddress + Uri.EscapeDataString(name);
                answer["folder"] = Path.GetDirectoryName(result.PackagePath!);
                answer["message"] = $"{result.Reason}，所以改动已打成稿件包“{name}”（{result.Changes.Count} 个文件），保存在网站文件夹的“{Handoff.StoryPackage.FolderName}”文件夹中。"
                    + "请把这个文件发给开发人员（或审核人），由他导入后提交审核；不要解压或修改它。";
                break;
        }
        return answer;
    }

    /// <summary>Where the preview server serves the 稿件包 folder's packages.</summary>
    public const string PackageAddress = "/__portal/package/";

    private JsonNode PersistMedia(JsonElement parameters)
    {
        var asset = Property(parameters, "asset");
        repository.Write(Text(asset, "path"), Decode(asset));
        return MediaFile(Text(asset, "path"));
    }

    private JsonNode MediaFile(string path)
    {
        var content = repository.Read(path);
        return new JsonObject
        {
            ["id"] = ContentRepository.IdOf(content), ["content"] = Convert.ToBase64String(content), ["encoding"] = "base64",
            ["path"] = path, ["name"] = Path.GetFileName(path),
        };
    }

    private JsonNode Deleted(IReadOnlyList<string> paths)
    {
        foreach (var path in paths) repository.Resolve(path);
        foreach (var path in paths) repository.Delete(path);
        return new JsonObject { ["message"] = $"deleted files {string.Join(", ", paths)}" };
    }

    private static byte[] Decode(JsonElement asset) =>
        Text(asset, "encoding", "base64") == "base64" ? Convert.FromBase64String(Text(asset, "content")) : Encoding.UTF8.GetBytes(Text(asset, "content"));

    private static JsonElement Property(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : throw new KeyNotFoundException($"缺少 {name}");

    private static string Text(JsonElement parent, string name, string? fallback = null) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : fallback ?? throw new KeyNotFoundException($"缺少 {name}");

    private static int Number(JsonElement parent, string name, int fallback) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : fallback;

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : throw new KeyNotFoundException($"{name} 应为列表");

    private static (int, JsonNode?) Error(int status, string message) => (status, new JsonObject { ["error"] = message });

    private sealed class UnknownActionException(string action) : Exception(action);
}
