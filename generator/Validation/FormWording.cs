using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>
/// A slip saved from the browser editor, told in the form's words (theme.yml formWords): the field by its form label,
/// what to change in the form, never a file, a line, YAML or a command. `check` keeps its file-and-line messages; the
/// editor's panel shows these. Also the note of a fix the save made itself ("「标题」已自动改为…").
/// </summary>
public static partial class FormWording
{
    /// <summary>
    /// Every code an editor can cause from the form (a story's, a page's or a task's): the rule codes of the fields the
    /// form writes, a missing required field, the slips of text pasted from Word, the story rules between fields, the body's
    /// pictures and links, and the file a story is filed under. Each has a formWords key in theme.yml.
    /// </summary>
    public static IReadOnlyList<string> Codes { get; } =
    [
        DiagnosticCodes.WrongValueType, DiagnosticCodes.FullWidthColon, DiagnosticCodes.CurlyQuotedValue, DiagnosticCodes.FullWidthSpace,
        DiagnosticCodes.RequiredFieldMissing, DiagnosticCodes.InvalidDate, DiagnosticCodes.FutureDate,
        DiagnosticCodes.UnknownTask, DiagnosticCodes.UnknownDepartment, DiagnosticCodes.UnknownStoryType, DiagnosticCodes.CaseOnNonCaseStory,
        DiagnosticCodes.CaseMissing, DiagnosticCodes.UnknownCaseKind, DiagnosticCodes.InvalidTag, DiagnosticCodes.ChineseListSeparator,
        DiagnosticCodes.InvalidPeriod, DiagnosticCodes.ReportNotByLead,
        DiagnosticCodes.DuplicateSlug, DiagnosticCodes.InvalidStoryFileName, DiagnosticCodes.DateDiffersFromFileName, DiagnosticCodes.DuplicateTitle,
        DiagnosticCodes.InvalidMedium, DiagnosticCodes.SlugDiffersFromFileName, DiagnosticCodes.HalfYearReportNotByOffice,
        DiagnosticCodes.HalfYearReportWithoutPeriod, DiagnosticCodes.ProgressPeriodAfterDate,
        DiagnosticCodes.MissingMedia, DiagnosticCodes.ImageWithoutAlt, DiagnosticCodes.BrokenInternalLink, DiagnosticCodes.VideoWithoutCaptions,
        DiagnosticCodes.UnsafeLink, DiagnosticCodes.ExternalImage, DiagnosticCodes.CaptionsNotWebVtt, DiagnosticCodes.UnparsedLink,
        DiagnosticCodes.InvalidInterpretation,
    ];

    public static string Key(string code) => "formWords." + code;

    [GeneratedRegex(@"\{@(?<path>[a-z]+(?:\.[a-z]+)*)\}")]
    private static partial Regex FieldReference();

    /// <summary>
    /// <paramref name="diagnostic"/> in the form's words, with the saved file's lines (<paramref name="savedLines"/> of its
    /// content-relative path; null when it cannot be read) for the field it concerns; null when it is not a slip of a file
    /// the form edits, or not one the form can cause.
    /// </summary>
    public static string? Tell(Diagnostic diagnostic, Func<string, IReadOnlyList<string>?> savedLines, ThemeText text)
    {
        if (!Codes.Contains(diagnostic.Code) || Path.IsPathRooted(diagnostic.File)) return null;
        if (FormFieldPlace.EditedDocument(diagnostic.File) is not { } document) return null;
        FormFieldPlace? place = null;
        if (diagnostic.Line > 0 && savedLines(diagnostic.File) is { } lines) place = FormFieldPlace.Locate(lines, diagnostic.Line, document);
        var field = place is null ? text.Word(ThemeKeys.FormWords.WholeStory)
            : place.InBody ? text.Word(ReferenceEquals(document, TaskFields.Document) ? ThemeKeys.Cms.TaskBody : ThemeKeys.Cms.Body)
            : place.Label;
        return Fill(text.Word(Key(diagnostic.Code), ("field", field), ("value", place is { InBody: false } ? place.Value : ""), ("message", diagnostic.Message)));
    }

    /// <summary>
    /// A code's form-words text as the guide lists it: its placeholders named, fields it names by their labels.
    /// </summary>
    public static string Template(string code, ThemeText text, string field, string value, string message) =>
        Fill(text.Word(Key(code), ("field", field), ("value", value), ("message", message)));

    /// <summary>The notes of fixes a save made itself, one per field changed; the heading first. Empty when it made none.</summary>
    public static IReadOnlyList<string> FixNotes(IReadOnlyList<string> savedLines, IReadOnlyList<FixChange> changes, ContentDocument document, ThemeText text)
    {
        var notes = new List<string>();
        foreach (var change in changes)
        {
            if (FormFieldPlace.Locate(savedLines, change.Line, document) is not { InBody: false } place) continue;
            var after = string.Concat(change.After.Split('\n').Select(l => "“" + FormFieldPlace.ValueOf(l) + "”"));
            notes.Add(text.Word(ThemeKeys.FormWords.Fixed, ("field", place.Label), ("after", after), ("before", place.Value)));
        }
        if (notes.Count > 0) notes.Insert(0, text.Word(ThemeKeys.FormWords.FixedHeading, ("count", notes.Count)));
        return notes;
    }

    /// <summary>{@cover.alt} → the story field's label (a sub-field by its own label).</summary>
    private static string Fill(string template) =>
        FieldReference().Replace(template, m => Field(m.Groups["path"].Value).Label);

    /// <summary>A story field by its key path ("video.captions").</summary>
    public static ContentField Field(string path)
    {
        IReadOnlyList<ContentField> fields = StoryFields.Document.Fields;
        ContentField? field = null;
        foreach (var key in path.Split('.'))
        {
            field = fields.FirstOrDefault(f => f.Key == key) ?? throw new KeyNotFoundException($"theme/theme.yml formWords: no story field {path}");
            fields = field.Fields;
        }
        return field!;
    }

    /// <summary>The {@…} field references of a text, for the test that every one names a story field.</summary>
    public static IEnumerable<string> FieldReferences(string template) => FieldReference().Matches(template).Select(m => m.Groups["path"].Value);
}
