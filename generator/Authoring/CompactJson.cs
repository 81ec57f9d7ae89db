using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Authoring;

/// <summary>
/// JSON laid out as people write schemas by hand: two-space indent, arrays of plain values on one line,
/// Chinese left readable. Used for files that are committed, so that diffs stay small.
/// </summary>
public static class CompactJson
{
    private static readonly JsonSerializerOptions Scalars = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(JsonNode node)
    {
        var text = new StringBuilder();
        Write(node, text, "");
        return text.Append('\n').ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text, string indent)
    {
        switch (node)
        {
            case JsonObject { Count: 0 }:
                text.Append("{}");
                break;
            case JsonObject obj:
                text.Append("{\n");
                var first = true;
                foreach (var (key, value) in obj)
                {
                    if (!first) text.Append(",\n");
                    first = false;
                    text.Append(indent).Append("  ").Append(JsonSerializer.Serialize(key, Scalars)).Append(": ");
                    Write(value, text, indent + "  ");
                }
                text.Append('\n').Append(indent).Append('}');
                break;
            case JsonArray array when array.All(IsInline):
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Write(array[i], text, indent);
                }
                text.Append(']');
                break;
            case JsonArray array:
                text.Append("[\n");
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(",\n");
                    text.Append(indent).Append("  ");
                    Write(array[i], text, indent + "  ");
                }
                text.Append('\n').Append(indent).Append(']');
                break;
            case null:
                text.Append("null");
                break;
            default:
                text.Append(node.ToJsonString(Scalars));
                break;
        }
    }

    /// <summary>Plain values, and arrays of plain values, fit on the line of their key.</summary>
    private static bool IsInline(JsonNode? node) => node switch
    {
        null or JsonValue => true,
        JsonArray inner => inner.All(n => n is null or JsonValue),
        _ => false,
    };
}
