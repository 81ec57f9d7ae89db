using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Model.ContentSchema;
using YamlDotNet.RepresentationModel;

namespace Portal.Authoring;

/// <summary>A field's examples, written as YAML in the definition, as the JSON values a schema lists.</summary>
public static class ExampleJson
{
    public static IReadOnlyList<JsonNode?> Of(ContentField field) => field.Kind switch
    {
        FieldKind.Object => ComposedExample(field) is { } composed ? [composed] : [],
        FieldKind.ObjectList => [],
        _ => field.Examples.Select(e => Parse(e, field.Kind)).ToList(),
    };

    /// <summary>Items of a list, for the schema of one item.</summary>
    public static IReadOnlyList<JsonNode?> OfItems(ContentField field)
    {
        var items = field.ItemExamples.Count > 0 ? field.ItemExamples : field.ChoicesFrom?.Examples ?? [];
        var kind = field.Kind == FieldKind.IntegerList ? FieldKind.Integer : FieldKind.Text;
        return items.Select(e => Parse(e, kind)).ToList();
    }

    /// <summary>An object (or one item of an object list) filled with the first example of each sub-field that has one.</summary>
    public static JsonObject? ComposedExample(ContentField field)
    {
        var example = new JsonObject();
        foreach (var sub in field.Fields)
        {
            var value = sub.Kind switch
            {
                FieldKind.Object => ComposedExample(sub),
                FieldKind.ObjectList => ComposedExample(sub) is { } item ? new JsonArray(item) : null,
                _ => Of(sub) is [var first, ..] ? first : null,
            };
            if (value is not null) example[sub.Key] = value;
        }
        return example.Count == 0 ? null : example;
    }

    /// <summary>Reads one example the way YAML would, typed by the field's kind; a malformed example is a definition bug.</summary>
    public static JsonNode? Parse(string yaml, FieldKind kind)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = stream.Documents[0].RootNode;
        return kind switch
        {
            FieldKind.TextList => new JsonArray(Items(node).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
            FieldKind.IntegerList => new JsonArray(Items(node).Select(i => (JsonNode?)JsonValue.Create(int.Parse(i, CultureInfo.InvariantCulture))).ToArray()),
            _ => Scalar(node, kind),
        };
    }

    private static JsonNode? Scalar(YamlNode node, FieldKind kind)
    {
        var text = node is YamlScalarNode { Value: { } value } ? value : throw new FormatException($"example \"{node}\" is not a single value");
        return kind switch
        {
            FieldKind.Integer => JsonValue.Create(int.Parse(text, CultureInfo.InvariantCulture)),
            FieldKind.Boolean => JsonValue.Create(ContentBoolean.TrueWords.Contains(text.ToLowerInvariant())),
            _ => JsonValue.Create(text),
        };
    }

    private static IEnumerable<string> Items(YamlNode node) => node is YamlSequenceNode sequence
        ? sequence.Children.Select(c => c is YamlScalarNode { Value: { } v } ? v : throw new FormatException($"list example item \"{c}\" is not a single value"))
        : throw new FormatException($"list example \"{node}\" is not a list");
}
