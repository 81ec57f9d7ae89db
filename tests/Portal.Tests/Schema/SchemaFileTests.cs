using System.Text.Json.Nodes;
using Portal.Authoring;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Tests.Schema;

/// <summary>content/.schemas (what VS Code users see) is generated from the field definition, and .vscode maps it.</summary>
public sealed class SchemaFileTests
{
    public static TheoryData<string> DocumentIds => new(ContentDocuments.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void The_committed_schema_is_the_one_the_definition_generates(string id)
    {
        var document = ContentDocuments.Find(id);
        var relative = JsonSchemaWriter.RelativePath(document);
        GeneratedFile.Match(Path.Combine(RepositoryPaths.Content, relative), JsonSchemaWriter.Write(document), "content/" + relative, GeneratedFile.GenSchemas);
    }

    [Fact]
    public void Every_schema_file_belongs_to_a_defined_document()
    {
        var defined = ContentDocuments.All.Select(JsonSchemaWriter.RelativePath).ToHashSet();
        var stale = Directory.GetFiles(Path.Combine(RepositoryPaths.Content, JsonSchemaWriter.Folder))
            .Select(f => $"{JsonSchemaWriter.Folder}/{Path.GetFileName(f)}")
            .Where(f => !defined.Contains(f))
            .ToList();
        Assert.True(stale.Count == 0, $"schemas no document defines (`{GeneratedFile.GenSchemas}` deletes them, or define the document): " + string.Join(", ", stale));
    }

    [Fact]
    public void VS_Code_maps_every_yaml_file_to_its_schema()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".vscode", "settings.json")))!;
        var mapped = settings["yaml.schemas"]!.AsObject().Where(p => p.Key.StartsWith("./content/", StringComparison.Ordinal)) // theme.yml's: ThemeSchemaTests
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var expected = ContentDocuments.All
            .Where(d => d.Format == ContentFormat.YamlFile)
            .ToDictionary(d => "./content/" + JsonSchemaWriter.RelativePath(d), d => "content/" + d.Path);
        Assert.True(expected.OrderBy(p => p.Key).SequenceEqual(mapped.OrderBy(p => p.Key)),
            $".vscode/settings.json maps {string.Join(", ", mapped.Select(p => $"{p.Key} → {p.Value}"))}; the definition has "
            + $"{string.Join(", ", expected.Select(p => $"{p.Key} → {p.Value}"))}. Run `{GeneratedFile.GenSchemas}` and commit the file.");
    }

    [Fact]
    public void A_generated_schema_keeps_the_rules_vs_code_checks()
    {
        // Guards the writer, not the files: the meaning VS Code users rely on.
        var story = JsonSchemaWriter.Schema(StoryFields.Document);
        var properties = story["properties"]!;
        Assert.Equal("[\"title\",\"date\",\"type\"]", story["required"]!.ToJsonString());
        Assert.False(story["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("[\"string\",\"null\"]", properties["summary"]!["type"]!.ToJsonString());
        Assert.Equal("[\"array\",\"integer\",\"null\"]", properties["tasks"]!["type"]!.ToJsonString());
        Assert.Equal(99, properties["tasks"]!["items"]!["maximum"]!.GetValue<int>());
        Assert.Equal(StoryType.All.Count, properties["type"]!["enum"]!.AsArray().Count);
        Assert.Equal("[\"src\",\"alt\"]", properties["cover"]!["required"]!.ToJsonString());
        Assert.Equal(ContentDate.Pattern.Regex, properties["date"]!["pattern"]!.GetValue<string>());
        var condition = story["allOf"]![0]!;
        Assert.Equal(StoryType.CaseTypeName, condition["if"]!["properties"]!["type"]!["const"]!.GetValue<string>());
        Assert.Equal("[\"case\"]", condition["then"]!["required"]!.ToJsonString());
    }
}
