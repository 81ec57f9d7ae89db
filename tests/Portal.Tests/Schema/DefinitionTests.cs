using System.Text.RegularExpressions;
using Portal.Authoring;
using Portal.Loading;
using Portal.Model.ContentSchema;

namespace Portal.Tests.Schema;

/// <summary>The definition is complete and consistent with itself: what the schemas, guide and a later CMS configuration rely on.</summary>
public sealed class DefinitionTests
{
    private static IEnumerable<(ContentDocument Document, string Path, ContentField Field)> AllFields() =>
        ContentDocuments.All.SelectMany(d => SampleDocument.Paths(d.Fields).Select(p => (d, p.Path, p.Field)));

    private static bool HasChinese(string text) => text.Any(c => c >= '\u4E00' && c <= '\u9FFF');

    [Fact]
    public void Documents_have_unique_ids_and_chinese_titles()
    {
        Assert.Equal(ContentDocuments.All.Count, ContentDocuments.All.Select(d => d.Id).Distinct().Count());
        Assert.All(ContentDocuments.All, d => Assert.True(HasChinese(d.Title) && HasChinese(d.Description), d.Id));
    }

    [Fact]
    public void Keys_are_unique_within_each_mapping()
    {
        var mappings = ContentDocuments.All.Select(d => (d.Id, d.Fields))
            .Concat(AllFields().Where(f => f.Field.HasFields).Select(f => ($"{f.Document.Id}:{f.Path}", f.Field.Fields)));
        foreach (var (name, fields) in mappings)
            Assert.True(fields.Select(f => f.Key).Distinct().Count() == fields.Count, $"{name} defines a key twice");
    }

    [Fact]
    public void Every_field_has_a_chinese_label_and_hint_and_an_example()
    {
        var incomplete = AllFields()
            .Where(f => !HasChinese(f.Field.Label) || !HasChinese(f.Field.Hint)
                || (f.Field.HasFields ? f.Field.Fields.Count == 0 : f.Field.Examples.Count == 0)
                || (f.Field.Kind == FieldKind.ObjectList && f.Field.ItemHint is null))
            .Select(f => $"{f.Document.Id}:{f.Path}")
            .ToList();
        Assert.True(incomplete.Count == 0, "incomplete fields: " + string.Join(", ", incomplete));
    }

    [Fact]
    public void Examples_obey_the_fields_own_rules()
    {
        var broken = new List<string>();
        foreach (var (document, path, field) in AllFields().Where(f => !f.Field.HasFields))
        {
            foreach (var example in field.Examples)
            {
                var values = ExampleJson.Parse(example, field.Kind) is System.Text.Json.Nodes.JsonArray list
                    ? list.Select(v => v!.ToString()).ToList()
                    : [ExampleJson.Parse(example, field.Kind)!.ToString()];
                foreach (var value in values)
                {
                    var problem = Problem(field, value);
                    if (problem is not null) broken.Add($"{document.Id}:{path} example {example}: {problem}");
                }
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    private static string? Problem(ContentField field, string value)
    {
        if (field.Kind == FieldKind.Date && !Regex.IsMatch(value, ContentDate.Pattern.Regex)) return "not a date";
        if (field.Pattern is { } pattern && !Regex.IsMatch(value, pattern.Regex)) return $"does not match {pattern.Regex}";
        if (field.Choices.Count > 0 && field.Choices.All(c => c.Value != value)) return "not one of the choices";
        if (field.MaxLength is { } max && value.Length > max) return "too long";
        if (field.Kind is FieldKind.Integer or FieldKind.IntegerList
            && (int.Parse(value) < (field.Minimum ?? int.MinValue) || int.Parse(value) > (field.Maximum ?? int.MaxValue))) return "out of range";
        return null;
    }

    [Fact]
    public void Choices_and_limits_sit_on_fields_of_a_kind_that_can_have_them()
    {
        var misplaced = AllFields().Where(f =>
                ((f.Field.Choices.Count > 0 || f.Field.ChoicesFrom is not null || f.Field.Pattern is not null || f.Field.MaxLength is not null)
                    && f.Field.Kind is not (FieldKind.Text or FieldKind.TextList or FieldKind.IntegerList))
                || ((f.Field.Minimum ?? f.Field.Maximum) is not null && f.Field.Kind is not (FieldKind.Integer or FieldKind.IntegerList))
                || (f.Field.Choices.Count > 0 && f.Field.ChoicesFrom is not null)
                || (f.Field.HasFields != (f.Field.Fields.Count > 0)))
            .Select(f => $"{f.Document.Id}:{f.Path}")
            .ToList();
        Assert.True(misplaced.Count == 0, string.Join(", ", misplaced));
    }

    [Fact]
    public void Content_sources_name_defined_fields()
    {
        var sources = AllFields().Select(f => f.Field.ChoicesFrom).OfType<ContentSource>().Distinct().ToList();
        Assert.Contains(ContentSource.TaskNumbers, sources);
        Assert.Contains(ContentSource.DepartmentNames, sources);
        foreach (var source in sources)
        {
            var paths = SampleDocument.Paths(ContentDocuments.Find(source.Document).Fields).Select(p => p.Path).ToHashSet();
            Assert.All(source.ValuePaths, p => Assert.True(paths.Contains(p), $"{source.Document} defines no {p}"));
        }
    }

    [Fact]
    public void A_condition_refers_to_a_sibling_field_and_one_of_its_choices()
    {
        foreach (var (document, path, field) in AllFields().Where(f => f.Field.OnlyWhen is not null))
        {
            var siblings = path.Contains('.')
                ? AllFields().Single(f => f.Document == document && f.Path == path[..path.LastIndexOf('.')]).Field.Fields
                : document.Fields;
            var condition = field.OnlyWhen!;
            Assert.Contains(siblings, s => ReferenceEquals(s, condition.Field));
            Assert.Contains(condition.Field.Choices, c => c.Value == condition.Value);
        }
    }

    [Fact]
    public void Documents_are_where_the_readers_look()
    {
        Assert.Equal(StoryReader.Folder, StoryFields.Document.Path);
        Assert.Equal(TaskReader.Folder, TaskFields.Document.Path);
        Assert.Equal(PageReader.Folder, PageFields.Document.Path);
        Assert.Equal(NoticeReader.FileName, NoticeFields.Document.Path);
        Assert.Equal(SiteConfigReader.FileName, SiteFields.Document.Path);
        Assert.Equal(DepartmentsReader.FileName, DepartmentsFields.Document.Path);
        Assert.Equal(MechanismReader.FileName, MechanismFields.Document.Path);
    }
}
