using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Model.ContentSchema;
using Portal.Tests.Infrastructure;
using Portal.Tests.Schema;
using Portal.Validation;

namespace Portal.Tests.Validation;

/// <summary>
/// The build, the JSON Schemas (content/.schemas/, also what the browser editor's form is written from) and the field
/// definition agree, field by field: for every defined field with a requirement, choices, a pattern, a length or a
/// range, a value the schema refuses is reported by the build with the field's code at its line, and the values the
/// schema offers (choices, examples) pass. The fields are taken from the definition, never listed here.
/// </summary>
public sealed class FieldRulesTests
{
    public static TheoryData<string, string> ConstrainedFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in ContentDocuments.All)
        {
            foreach (var (path, field) in SampleDocument.Paths(document.Fields))
            {
                if (IsConstrained(field)) data.Add(document.Id, path);
            }
        }
        return data;
    }

    private static bool IsConstrained(ContentField field) =>
        field.Requirement == Requirement.Required || field.Choices.Count > 0 || field.Pattern is not null
        || field.MaxLength is not null || field.Minimum is not null || field.Maximum is not null;

    [Fact]
    public void Every_kind_of_rule_is_among_the_fields_tested()
    {
        var fields = ConstrainedFields().Select(row => Field((string)row[0], (string)row[1])).ToList();
        Assert.Contains(fields, f => f.Requirement == Requirement.Required);
        Assert.Contains(fields, f => f.Choices.Count > 0);
        Assert.Contains(fields, f => f.Pattern is not null);
        Assert.Contains(fields, f => f.MaxLength is not null);
        Assert.Contains(fields, f => f.Minimum is not null && f.Maximum is not null);
    }

    [Theory]
    [MemberData(nameof(ConstrainedFields))]
    public void A_value_the_schema_refuses_is_reported_by_the_build(string id, string path)
    {
        var document = ContentDocuments.Find(id);
        var field = Field(id, path);
        var schema = SchemaOf(document, path, field);
        var code = field.RuleCode ?? DiagnosticCodes.WrongValueType;
        foreach (var (violating, rule) in Violating(field, schema))
        {
            var (text, line) = SampleDocument.Write(document, path, Yaml(violating));
            var diagnostics = Check(document, text);
            Assert.True(diagnostics.Any(d => d.Code == code && d.Line == line && d.Severity == Severity.Error),
                $"{id}.{path} = {violating} breaks the {rule} the schema has, but the build did not report {code} at line {line}: "
                + string.Join("; ", diagnostics.AsEnumerable()));
        }
        if (field.Requirement == Requirement.Required)
        {
            var (text, _) = SampleDocument.Write(document, path, "~");
            var diagnostics = Check(document, text);
            Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.RequiredFieldMissing && d.Message.Contains($"（{field.Key}）"));
            Assert.Contains(field.Key, Required(schema.Parent));
        }
    }

    [Theory]
    [MemberData(nameof(ConstrainedFields))]
    public void The_values_the_schema_offers_pass_the_build(string id, string path)
    {
        var document = ContentDocuments.Find(id);
        var field = Field(id, path);
        var schema = SchemaOf(document, path, field);
        var offered = field.Choices.Count > 0 ? field.Choices.Select(c => Yaml(c.Value))
            : field.IsList && field.ItemExamples.Count > 0 ? field.ItemExamples.Select(Yaml)
            : field.HasFields ? []
            : field.Examples;
        foreach (var value in offered)
        {
            var (text, _) = SampleDocument.Write(document, path, value);
            var diagnostics = Check(document, text);
            Assert.True(diagnostics.Length == 0, $"{id}.{path} = {value}: " + string.Join("; ", diagnostics.AsEnumerable()));
        }
        foreach (var choice in field.Choices) Assert.True(Accepts(schema.Value, choice.Value), $"the schema refuses the choice {choice.Value}");
        foreach (var item in field.IsList ? field.ItemExamples : []) Assert.True(Accepts(schema.Value, item), $"the schema refuses the example {item}");
    }

    /// <summary>Through the whole `check`: a rule of the definition and a rule between documents never report the same mistake twice.</summary>
    [Theory]
    [InlineData("[100]", null, DiagnosticCodes.UnknownTask, "重点任务 100 超出范围。")]
    [InlineData("[12]", null, DiagnosticCodes.UnknownTask, "没有序号为 12 的重点任务。")]
    [InlineData("[4]", "cover: { src: content/media/a.jpg, alt: 说明 }", DiagnosticCodes.MissingMedia, "图片路径“content/media/a.jpg”写法不对。")]
    [InlineData("[4]", "cover: { src: media/2025/none.jpg, alt: 说明 }", DiagnosticCodes.MissingMedia, "找不到封面图片文件“media/2025/none.jpg”。")]
    [InlineData("[4]", "period: 2025年度", DiagnosticCodes.InvalidPeriod, "半年报告期“2025年度”无法识别。")]
    public void A_mistake_is_reported_once_through_check(string tasks, string? extra, string code, string message)
    {
        using var content = new ContentCase(new MiniSite()).Write("stories/2025/2025-03-14-test.md", ContentCase.Story(tasks: tasks, extra: extra));
        var diagnostic = ContentCase.Single(content.Check(), code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void A_tag_of_31_characters_is_refused_as_the_schema_refuses_it_and_one_of_30_passes()
    {
        using var content = new ContentCase(new MiniSite());
        content.Write("stories/2025/2025-03-14-test.md", ContentCase.Story().Replace("tags: [农村公路]", $"tags: [{new string('路', 31)}]"));
        Assert.Equal(7, ContentCase.Single(content.Check(), DiagnosticCodes.InvalidTag).Line);
        content.Write("stories/2025/2025-03-14-test.md", ContentCase.Story().Replace("tags: [农村公路]", $"tags: [{new string('路', 30)}]"));
        Assert.DoesNotContain(content.Check().Diagnostics, d => d.Code == DiagnosticCodes.InvalidTag);
    }

    /// <summary>For each rule of the field, one value that breaks it and only it when possible, checked against the schema too.</summary>
    private static IEnumerable<(string Value, string Rule)> Violating(ContentField field, (JsonElement Value, JsonElement Parent) schema)
    {
        var node = schema.Value;
        if (field.Choices.Count > 0)
        {
            Assert.Equal(field.Choices.Select(c => c.Value), node.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
            yield return ("不在选项中", "enum");
        }
        if (field.Pattern is { } pattern)
        {
            Assert.Equal(pattern.Regex, node.GetProperty("pattern").GetString());
            string[] candidates = ["含 空格/?#\\", "x", "a b"];
            var value = candidates.First(c => !SchemaRegex(node).IsMatch(c));
            yield return (value, "pattern");
        }
        if (field.MaxLength is { } max)
        {
            Assert.Equal(max, node.GetProperty("maxLength").GetInt32());
            var value = new string('字', max + 1);
            Assert.False(Accepts(node, value));
            yield return (value, "maxLength");
        }
        if (field.Minimum is { } min)
        {
            Assert.Equal(min, node.GetProperty("minimum").GetInt32());
            if (min > 0) yield return ((min - 1).ToString(), "minimum");
        }
        if (field.Maximum is { } top)
        {
            Assert.Equal(top, node.GetProperty("maximum").GetInt32());
            yield return ((top + 1).ToString(), "maximum");
        }
    }

    /// <summary>The JSON Schema's own judgement of a text value: its enum, pattern and maxLength (the keywords the definition writes).</summary>
    private static bool Accepts(JsonElement node, string value)
    {
        if (node.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == value)) return false;
        if (node.TryGetProperty("pattern", out _) && !SchemaRegex(node).IsMatch(value)) return false;
        if (node.TryGetProperty("maxLength", out var max) && value.EnumerateRunes().Count() > max.GetInt32()) return false;
        return true;
    }

    private static Regex SchemaRegex(JsonElement node) => new(node.GetProperty("pattern").GetString()!, RegexOptions.ECMAScript);

    private static ContentField Field(string id, string path) =>
        SampleDocument.Paths(ContentDocuments.Find(id).Fields).Single(p => p.Path == path).Field;

    /// <summary>The committed schema's node for the field's value (an item's, for a list), and the object node holding it.</summary>
    private static (JsonElement Value, JsonElement Parent) SchemaOf(ContentDocument document, string path, ContentField field)
    {
        var file = Path.Combine(RepositoryPaths.Content, ".schemas", $"{document.Id}.schema.json");
        var node = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        var parent = node;
        foreach (var key in path.Split('.'))
        {
            if (node.TryGetProperty("items", out var items) && items.TryGetProperty("properties", out _)) node = items;
            // An object with a one-text shorthand (source: 甘肃日报) is a oneOf of the text and the object.
            if (node.TryGetProperty("oneOf", out var forms)) node = forms.EnumerateArray().Single(f => f.TryGetProperty("properties", out _));
            parent = node;
            node = node.GetProperty("properties").GetProperty(key);
        }
        if (field.IsList && !field.HasFields) node = node.GetProperty("items");
        return (node, parent);
    }

    private static IEnumerable<string> Required(JsonElement objectNode) =>
        objectNode.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [];

    /// <summary>A text as YAML reads it back unchanged: JSON's double-quoted strings are YAML's too.</summary>
    private static string Yaml(string value) => JsonSerializer.Serialize(value);

    /// <summary>Reads the sample as loading does and checks its values as the build does.</summary>
    private static Diagnostic[] Check(ContentDocument document, string text)
    {
        using var folder = new TempFolder("portal-rules");
        var relative = SampleDocument.PathOf(document);
        Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(relative))!);
        File.WriteAllText(folder.Combine(relative), text);
        var diagnostics = new DiagnosticBag();
        var written = SampleDocument.Read(document, new ContentFiles(folder.Path, diagnostics), diagnostics);
        FieldRules.Check(written, diagnostics);
        return diagnostics.Snapshot();
    }
}
