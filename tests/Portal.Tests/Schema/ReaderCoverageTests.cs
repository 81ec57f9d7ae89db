using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model.ContentSchema;
using Portal.Tests.Infrastructure;
using Portal.Validation;

namespace Portal.Tests.Schema;

/// <summary>
/// The readers and the definition agree: every defined field is read (a wrong value in it is reported where it is
/// written), no defined field is reported as unknown, and a reader cannot read a key the definition lacks.
/// </summary>
public sealed class ReaderCoverageTests
{
    public static TheoryData<string> DocumentIds => new(ContentDocuments.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void A_file_using_every_defined_field_reads_without_any_diagnostic(string id)
    {
        var document = ContentDocuments.Find(id);
        var diagnostics = ReadSample(document, SampleDocument.Write(document).Text);
        Assert.True(diagnostics.Length == 0, string.Join("\n", diagnostics.AsEnumerable()));
    }

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void Every_defined_field_is_read(string id)
    {
        var document = ContentDocuments.Find(id);
        var unread = new List<string>();
        foreach (var (path, field) in SampleDocument.Paths(document.Fields))
        {
            // A value of the wrong shape is reported at its line by every accessor, but only if the reader asks for it.
            var wrong = field.Kind is FieldKind.TextList or FieldKind.IntegerList or FieldKind.ObjectList ? "{ a: 1 }" : "[1, 2]";
            var (text, line) = SampleDocument.Write(document, path, wrong);
            var diagnostics = ReadSample(document, text);
            if (!diagnostics.Any(d => d.Line == line && d.Code is DiagnosticCodes.WrongValueType or DiagnosticCodes.InvalidDate))
                unread.Add($"{path} ({string.Join("; ", diagnostics.AsEnumerable())})");
        }
        Assert.True(unread.Count == 0, $"defined in {id} but never read by its reader: " + string.Join(", ", unread));
    }

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void An_undefined_key_is_reported_with_the_defined_keys(string id)
    {
        var document = ContentDocuments.Find(id);
        var (text, _) = SampleDocument.Write(document);
        var diagnostics = ReadSample(document, text.Replace($"\n{document.Fields[^1].Key}:", $"\nzzqq: 1\n{document.Fields[^1].Key}:"));
        var unknown = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownField);
        Assert.Equal($"可用字段：{string.Join("、", document.Fields.Select(f => f.Key))}。", unknown.Fix);
    }

    [Fact]
    public void Reading_a_key_the_mapping_does_not_define_is_refused()
    {
        var diagnostics = new DiagnosticBag();
        var task = YamlSource.ParseMapping("title: 标题\nnumber: 4\n", "tasks/04-a.md", 2, TaskFields.Document.Fields, diagnostics)!;
        Assert.Equal("标题", task.String(TaskFields.Title)?.Value);
        // Same key, but the story's field: its label and requirement would not be the task's.
        Assert.Throws<InvalidOperationException>(() => task.String(StoryFields.Title));
        Assert.Throws<InvalidOperationException>(() => task.String(StoryFields.Summary));
        // Defined, but read as another kind than the definition says.
        Assert.Throws<InvalidOperationException>(() => task.IntList(TaskFields.Lead));
    }

    private static Diagnostic[] ReadSample(ContentDocument document, string text)
    {
        using var folder = new TempFolder("portal-schema");
        var relative = SampleDocument.PathOf(document);
        Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(relative))!);
        File.WriteAllText(folder.Combine(relative), text);
        var diagnostics = new DiagnosticBag();
        // The readers and the definition's own rules, as the build runs them: the examples keep every rule.
        FieldRules.Check(SampleDocument.Read(document, new ContentFiles(folder.Path, diagnostics), diagnostics), diagnostics);
        return diagnostics.Snapshot();
    }
}
