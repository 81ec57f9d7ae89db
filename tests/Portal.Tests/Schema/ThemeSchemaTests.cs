using System.Text.Json.Nodes;
using Portal.Authoring;
using Portal.Loading;
using Portal.Model;

namespace Portal.Tests.Schema;

/// <summary>theme/theme.schema.json is generated from the declared theme keys (ThemeKeys), and .vscode maps theme.yml to it.</summary>
public sealed class ThemeSchemaTests
{
    [Fact]
    public void The_committed_theme_schema_is_the_one_the_declared_keys_generate() =>
        GeneratedFile.Match(Path.Combine(RepositoryPaths.Theme, ThemeSchemaWriter.FileName), ThemeSchemaWriter.Write(), "theme/" + ThemeSchemaWriter.FileName, "gen schemas");

    [Fact]
    public void VS_Code_maps_theme_yml_to_its_schema()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".vscode", "settings.json")))!;
        Assert.Equal("theme/" + ThemeTextReader.FileName, settings["yaml.schemas"]!["./theme/" + ThemeSchemaWriter.FileName]!.GetValue<string>());
    }

    [Fact]
    public void The_schema_requires_every_declared_key_and_refuses_others()
    {
        var schema = ThemeSchemaWriter.Schema();
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        var search = schema["properties"]!["search"]!;
        Assert.False(search["additionalProperties"]!.GetValue<bool>());
        Assert.Contains("caseValue", search["required"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Equal("string", schema["properties"]!["pages"]!["properties"]!["task"]!["properties"]!["title"]!["type"]!.GetValue<string>());
        Assert.Equal("array", schema["properties"]!["navigation"]!["type"]!.GetValue<string>());
        Assert.Equal(ThemeKeys.All.Count(k => !k.Contains('.')) + ThemeKeys.All.Where(k => k.Contains('.')).Select(k => k.Split('.')[0]).Distinct().Count(),
            schema["required"]!.AsArray().Count);
    }
}
