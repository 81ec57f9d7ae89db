using System.Text.Json.Nodes;
using Portal.Model;

namespace Portal.Authoring;

/// <summary>
/// Writes theme/theme.schema.json, the JSON Schema of theme/theme.yml, from the declared keys (<see cref="ThemeKeys"/>):
/// VS Code then completes and checks the keys as the generator does when it loads the theme.
/// </summary>
public static class ThemeSchemaWriter
{
    /// <summary>Under theme/.</summary>
    public const string FileName = "theme.schema.json";

    private static readonly HashSet<string> Lists =
        [ThemeKeys.Root.Navigation, ThemeKeys.Root.Columns, ThemeKeys.Root.SiteMap, ThemeKeys.Root.Footer];

    public static string Write() => CompactJson.Format(Schema());

    public static JsonObject Schema()
    {
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "主题文字（theme/theme.yml）",
            ["description"] = "生成器写在页面和文件中的文字、栏目和导航、页面的安全策略。缺少或多出的键在生成网站时报错。",
            ["$comment"] = "Generated from generator/Model/ThemeKeys.cs by generator/Authoring/ThemeSchemaWriter.cs: do not edit by hand. "
                + "Declare a key there, then run `dotnet run --project generator -- gen schemas` to rewrite this file.",
        };
        var root = Block("", ThemeKeys.All);
        foreach (var key in root.Select(p => p.Key).ToList())
        {
            var value = root[key];
            root.Remove(key); // a node has one parent
            schema[key] = value;
        }
        return schema;
    }

    /// <summary>An object whose keys are the next part of <paramref name="keys"/> (all below <paramref name="prefix"/>).</summary>
    private static JsonObject Block(string prefix, IEnumerable<string> keys)
    {
        var children = keys.Select(k => k[prefix.Length..]).GroupBy(k => k.Split('.')[0]).ToList();
        var properties = new JsonObject();
        foreach (var child in children)
        {
            var path = prefix + child.Key;
            properties[child.Key] = child.Any(k => k.Contains('.'))
                ? Block(path + ".", child.Select(k => prefix + k))
                : Leaf(path);
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray([.. children.Select(c => (JsonNode)JsonValue.Create(c.Key))]),
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private static JsonObject Leaf(string key)
    {
        if (Lists.Contains(key)) return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } };
        if (key.StartsWith("sections.", StringComparison.Ordinal))
            return new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("title"),
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject
                {
                    ["title"] = new JsonObject { ["type"] = "string" },
                    ["nav"] = new JsonObject { ["type"] = "string" },
                    ["footer"] = new JsonObject { ["type"] = "string" },
                },
            };
        return new JsonObject { ["type"] = "string" };
    }
}
