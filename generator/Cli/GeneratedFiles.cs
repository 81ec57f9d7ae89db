using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Authoring;
using Portal.Model.ContentSchema;

namespace Portal.Cli;

/// <summary>
/// The files of the repository that are generated from the field definition (generator/Model/ContentSchema), as the
/// `gen` verb writes them: content/.schemas/*.schema.json, the `yaml.schemas` mapping of .vscode/settings.json and the
/// field tables of content/README.md. A file is written only when its text changes; the tests
/// (tests/Portal.Tests/Schema/) only compare the committed files with the definition.
/// </summary>
public static class GeneratedFiles
{
    public const string VsCodeSettings = ".vscode/settings.json";

    /// <summary>A file `gen` wrote or deleted, relative to the repository, with '/' separators.</summary>
    public sealed record Change(string Path, bool Deleted = false);

    private static readonly JsonSerializerOptions SettingsFormat = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions SettingsReading = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// Writes every document's JSON Schema into content/.schemas/, deletes the *.schema.json files no document defines,
    /// and maps the YAML files' schemas in .vscode/settings.json (its other settings kept).
    /// </summary>
    /// <exception cref="JsonException">.vscode/settings.json is not JSON.</exception>
    public static IReadOnlyList<Change> WriteSchemas(string repository)
    {
        var changes = new List<Change>();
        var folder = Path.Combine(repository, "content", JsonSchemaWriter.Folder);
        Directory.CreateDirectory(folder);
        foreach (var (relative, text) in SchemaFiles.All())
        {
            if (WriteIfChanged(Path.Combine(repository, "content", relative), text)) changes.Add(new Change("content/" + relative));
        }
        var defined = ContentDocuments.All.Select(d => Path.GetFileName(JsonSchemaWriter.RelativePath(d))).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.GetFiles(folder, "*.schema.json").Where(f => !defined.Contains(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            File.Delete(stale);
            changes.Add(new Change($"content/{JsonSchemaWriter.Folder}/{Path.GetFileName(stale)}", Deleted: true));
        }
        // theme.yml's keys, for whoever rewords the theme in VS Code.
        var themeSchema = Path.Combine("theme", ThemeSchemaWriter.FileName);
        Directory.CreateDirectory(Path.Combine(repository, "theme"));
        if (WriteIfChanged(Path.Combine(repository, themeSchema), ThemeSchemaWriter.Write())) changes.Add(new Change(themeSchema.Replace('\\', '/')));
        var settings = Path.Combine(repository, VsCodeSettings);
        var current = File.Exists(settings) ? File.ReadAllText(settings) : null;
        var updated = WithSchemaMapping(current);
        if (current?.Replace("\r\n", "\n") != updated)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(settings)!);
            File.WriteAllText(settings, updated);
            changes.Add(new Change(VsCodeSettings));
        }
        return changes;
    }

    /// <summary>
    /// Rewrites the field tables of content/README.md (between &lt;!-- fields:… --&gt; markers) and its table of the browser
    /// editor's words for each code (&lt;!-- errors:form --&gt;). Documents whose markers
    /// are missing are listed in <paramref name="missing"/> and nothing is written then. The guide's error examples are
    /// not written here: they come from the bad-input corpus, which is test code (see GuideErrorExamplesTests).
    /// </summary>
    /// <exception cref="FileNotFoundException">The repository has no content/README.md.</exception>
    public static IReadOnlyList<Change> WriteGuide(string repository, out IReadOnlyList<ContentDocument> missing)
    {
        var path = Path.Combine(repository, "content", ContentGuide.FileName);
        var guide = File.ReadAllText(path).Replace("\r\n", "\n");
        var generated = ContentGuide.WithFieldTables(guide, out missing);
        // The browser editor's words for each code come from the theme (theme.yml formWords).
        if (Loading.ThemeTextReader.Read(Path.Combine(repository, "theme"), new Diagnostics.DiagnosticBag()) is { } theme)
            generated = ContentGuide.WithFormWordsTable(generated, theme);
        if (missing.Count > 0 || generated == guide) return [];
        File.WriteAllText(path, generated);
        return [new Change("content/" + ContentGuide.FileName)];
    }

    /// <summary>.vscode/settings.json (<paramref name="current"/>, or a new file when null) with `yaml.schemas` mapping each YAML file to its schema.</summary>
    public static string WithSchemaMapping(string? current)
    {
        var settings = current is null ? new JsonObject() : JsonNode.Parse(current, documentOptions: SettingsReading)?.AsObject() ?? new JsonObject();
        var mapping = new JsonObject();
        foreach (var document in ContentDocuments.All.Where(d => d.Format == ContentFormat.YamlFile))
            mapping["./content/" + JsonSchemaWriter.RelativePath(document)] = "content/" + document.Path;
        mapping["./theme/" + ThemeSchemaWriter.FileName] = "theme/" + Loading.ThemeTextReader.FileName;
        settings["yaml.schemas"] = mapping;
        return settings.ToJsonString(SettingsFormat) + "\n";
    }

    private static bool WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == text) return false;
        File.WriteAllText(path, text);
        return true;
    }
}
