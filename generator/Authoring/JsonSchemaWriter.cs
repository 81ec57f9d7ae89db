using System.Text.Json.Nodes;
using Portal.Model.ContentSchema;

namespace Portal.Authoring;

/// <summary>
/// Writes the JSON Schema (draft-07, with the VS Code YAML extension's enumDescriptions, markdownDescription and
/// errorMessage) of a content document from its definition. The schemas in content/.schemas are its output.
/// </summary>
public static class JsonSchemaWriter
{
    /// <summary>Under content/.</summary>
    public const string Folder = ".schemas";

    public static string RelativePath(ContentDocument document) => $"{Folder}/{document.Id}.schema.json";

    public static string Write(ContentDocument document) => CompactJson.Format(Schema(document));

    public static JsonObject Schema(ContentDocument document)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = document.Title,
            ["description"] = document.Description + RequiredNote(document.Fields),
            ["$comment"] = Comment(document),
            ["type"] = "object",
        };
        AddFields(schema, document.Fields);
        return schema;
    }

    private static string Comment(ContentDocument document)
    {
        var comment = "Generated from the field definition in generator/Model/ContentSchema by generator/Authoring/JsonSchemaWriter.cs: "
            + "do not edit by hand. Change the definition, then rewrite this file with `dotnet run --project generator -- gen schemas`.";
        return document.Format == ContentFormat.MarkdownFrontMatter
            ? comment + " VS Code's YAML extension does not validate front matter inside .md files, so the generator's own check covers it; this schema documents the contract for people and tools."
            : comment;
    }

    private static string RequiredNote(IReadOnlyList<ContentField> fields)
    {
        var required = fields.Where(f => f.IsRequired).Select(f => f.Key).ToList();
        return required.Count == 0 ? "" : $"必填字段：{string.Join("、", required)}。";
    }

    /// <summary>The keys, required keys and conditions of an object (the document itself, an object field, an item of an object list).</summary>
    private static void AddFields(JsonObject schema, IReadOnlyList<ContentField> fields)
    {
        var required = fields.Where(f => f.IsRequired && f.OnlyWhen is null).Select(f => f.Key).ToList();
        if (required.Count > 0) schema["required"] = Array(required);
        schema["additionalProperties"] = false;
        var properties = new JsonObject();
        foreach (var field in fields) properties[field.Key] = Property(field);
        schema["properties"] = properties;
        var conditions = fields.Where(f => f.OnlyWhen is not null).Select(Condition).ToList();
        if (conditions.Count > 0) schema["allOf"] = new JsonArray([.. conditions]);
    }

    private static JsonObject Property(ContentField field)
    {
        var property = field.Kind switch
        {
            FieldKind.Text when field.Choices.Count > 0 => Choice(field),
            FieldKind.Text => Value(field, "string"),
            FieldKind.Date => Date(field),
            FieldKind.Integer => Value(field, "integer"),
            FieldKind.Boolean => Boolean(field),
            FieldKind.TextList => List(field, "string"),
            FieldKind.IntegerList => List(field, "integer"),
            FieldKind.Object => Object(field),
            FieldKind.ObjectList => ObjectList(field),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, null),
        };
        property["description"] = $"{FieldWording.LabelWithRequirement(field, sayOptional: true)}：{field.Hint}";
        if (field.Details is { } details)
        {
            // A code block must start on a line of its own.
            var separator = details.StartsWith("```", StringComparison.Ordinal) ? "\n\n" : "：";
            property["markdownDescription"] = $"**{FieldWording.LabelWithRequirement(field, sayOptional: true)}**{separator}{details}";
        }
        var examples = ExampleJson.Of(field);
        if (examples.Count > 0) property["examples"] = new JsonArray([.. examples.Select(e => e?.DeepClone())]);
        return property;
    }

    /// <summary>Optional values may be left empty ("key:" reads as null); YAML digits read as numbers where text allows them.</summary>
    private static JsonNode Type(ContentField field, string type)
    {
        List<string> types = [type];
        if (field.AllowsBareNumber) types.Add("number");
        if (!field.IsRequired) types.Add("null");
        return types.Count == 1 ? JsonValue.Create(type) : Array(types);
    }

    private static JsonObject Value(ContentField field, string type)
    {
        var value = new JsonObject { ["type"] = Type(field, type) };
        if (type == "string" && field.IsRequired) value["minLength"] = 1;
        AddRules(value, field);
        return value;
    }

    private static JsonObject Date(ContentField field) => new()
    {
        ["type"] = Type(field, "string"),
        ["pattern"] = ContentDate.Pattern.Regex,
        ["patternErrorMessage"] = ContentDate.Pattern.Message,
    };

    /// <summary>An empty choice is never one of the choices: no null even when optional.</summary>
    private static JsonObject Choice(ContentField field) => new()
    {
        ["type"] = "string",
        ["enum"] = Array(field.Choices.Select(c => c.Value)),
        ["enumDescriptions"] = Array(field.Choices.Select(c => c.Hint)),
        ["errorMessage"] = $"{field.Label}只能是：{string.Join("、", field.Choices.Select(c => c.Value))}。",
    };

    private static JsonObject Boolean(ContentField field)
    {
        var accepted = new JsonArray(false, true);
        foreach (var word in ContentBoolean.TrueWords.Concat(ContentBoolean.FalseWords)) accepted.Add(word);
        accepted.Add(null);
        return new JsonObject
        {
            ["type"] = Array(["boolean", "string", "null"]),
            ["enum"] = accepted,
            ["errorMessage"] = $"{field.Key} 请写 true 或 false。",
        };
    }

    /// <summary>The reader takes a single value as a one-item list, so the item's rules apply to the field too.</summary>
    private static JsonObject List(ContentField field, string itemType)
    {
        var item = field.Choices.Count > 0
            ? Choice(field)
            : new JsonObject { ["type"] = field.AllowsBareNumber ? Array([itemType, "number"]) : JsonValue.Create(itemType) };
        if (itemType == "string" && field.Choices.Count == 0) item["minLength"] = 1;
        AddRules(item, field);
        var itemHint = field.ItemHint ?? (field.ChoicesFrom is { } source ? source.Description + "。" : null);
        if (itemHint is not null) item["description"] = itemHint;
        var examples = ExampleJson.OfItems(field);
        if (examples.Count > 0) item["examples"] = new JsonArray([.. examples]);
        var list = new JsonObject { ["type"] = Array(["array", itemType, "null"]), ["items"] = item };
        AddRules(list, field);
        return list;
    }

    private static JsonObject Object(ContentField field)
    {
        var value = new JsonObject { ["type"] = field.IsRequired ? JsonValue.Create("object") : Array(["object", "null"]) };
        AddFields(value, field.Fields);
        if (field.Shorthand is not { } shorthand) return value;
        // One text stands for the shorthand sub-field: either form validates.
        var text = new JsonObject { ["type"] = "string", ["description"] = $"只写{shorthand.Label}时可写成一行。" };
        return new JsonObject { ["oneOf"] = new JsonArray(text, value) };
    }

    private static JsonObject ObjectList(ContentField field)
    {
        var item = new JsonObject { ["type"] = "object", ["description"] = field.ItemHint + RequiredNote(field.Fields) };
        AddFields(item, field.Fields);
        if (ExampleJson.ComposedExample(field) is { } example) item["examples"] = new JsonArray(example);
        return new JsonObject { ["type"] = Array(["array", "null"]), ["items"] = item };
    }

    private static void AddRules(JsonObject schema, ContentField field)
    {
        if (field.Pattern is { } pattern)
        {
            schema["pattern"] = pattern.Regex;
            schema["patternErrorMessage"] = pattern.Message;
        }
        if (field.MaxLength is { } maxLength) schema["maxLength"] = maxLength;
        if (field.Minimum is { } minimum) schema["minimum"] = minimum;
        if (field.Maximum is { } maximum) schema["maximum"] = maximum;
    }

    /// <summary>Required when the other field has the value, forbidden otherwise.</summary>
    private static JsonObject Condition(ContentField field)
    {
        var condition = field.OnlyWhen!;
        return new JsonObject
        {
            ["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { [condition.Field.Key] = new JsonObject { ["const"] = condition.Value } },
                ["required"] = Array([condition.Field.Key]),
            },
            ["then"] = new JsonObject { ["required"] = Array([field.Key]) },
            ["else"] = new JsonObject
            {
                ["properties"] = new JsonObject { [field.Key] = false },
                ["errorMessage"] = $"只有 {condition.Field.Key} 为“{condition.Value}”时才能填写 {field.Key}。",
            },
        };
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
