
namespace Portal.Model.ContentSchema;

/// <summary>
/// One YAML key of the content contract. The readers read it, the JSON Schemas, the editors' guide tables and the
/// `new story` template are made from it, so its Chinese texts are written for editors.
/// </summary>
public sealed record ContentField
{
    public required string Key { get; init; }

    public required FieldKind Kind { get; init; }

    /// <summary>The field's Chinese name; diagnostics say it ("标题应为一段文字…"), so changing it changes messages.</summary>
    public required string Label { get; init; }

    /// <summary>One or two Chinese sentences telling an editor what to write (a form's hint, a template's comment).</summary>
    public required string Hint { get; init; }

    /// <summary>
    /// The hint as the browser editor's form shows it in the half year of the build's as-of date, for a field whose hint
    /// names half years (they move with the calendar); null: <see cref="Hint"/>. The schemas and the guide, written once
    /// and committed, keep <see cref="Hint"/>.
    /// </summary>
    public Func<ReportPeriod, string>? FormHint { get; init; }

    /// <summary>The hint the form shows in <paramref name="current"/>.</summary>
    public string HintIn(ReportPeriod current) => FormHint?.Invoke(current) ?? Hint;

    public Requirement Requirement { get; init; } = Requirement.Optional;

    /// <summary>When set, the field may only be written when that condition holds, and then it is required.</summary>
    public FieldCondition? OnlyWhen { get; init; }

    /// <summary>Typical values exactly as an editor writes them in YAML (<c>[4]</c>, <c>2025-03-14</c>); objects take their sub-fields' examples.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>A longer explanation in Markdown, for hovering in an editor; null when <see cref="Hint"/> says it all.</summary>
    public string? Details { get; init; }

    /// <summary>The only allowed values when they are fixed in code (story types, case kinds, department kinds); for lists, of each item.</summary>
    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    /// <summary>Where the allowed values are listed when they come from content (task numbers, department names).</summary>
    public ContentSource? ChoicesFrom { get; init; }

    /// <summary>A pattern every text value (every item of a list) must match.</summary>
    public TextPattern? Pattern { get; init; }

    /// <summary>The most characters a text value (every item of a list) may have.</summary>
    public int? MaxLength { get; init; }

    public int? Minimum { get; init; }

    public int? Maximum { get; init; }

    /// <summary>YAML reads <c>phone: 0931123</c> as a number; the reader takes it as text, so schemas must accept both.</summary>
    public bool AllowsBareNumber { get; init; }

    /// <summary>Sub-fields of an <see cref="FieldKind.Object"/> or of each item of an <see cref="FieldKind.ObjectList"/>, in reading order.</summary>
    public IReadOnlyList<ContentField> Fields { get; init; } = [];

    /// <summary>What one item of a list is, in Chinese; lists with <see cref="ChoicesFrom"/> take the source's description.</summary>
    public string? ItemHint { get; init; }

    /// <summary>Typical items of a list, as YAML; lists with <see cref="ChoicesFrom"/> take the source's examples.</summary>
    public IReadOnlyList<string> ItemExamples { get; init; } = [];

    /// <summary>
    /// An <see cref="FieldKind.Object"/> that may also be written as one text standing for this sub-field
    /// (<c>source: 甘肃日报</c> for <c>source: { name: 甘肃日报 }</c>).
    /// </summary>
    public ContentField? Shorthand { get; init; }

    /// <summary>
    /// The diagnostic code a written value gets when it breaks <see cref="Choices"/>, <see cref="Pattern"/>,
    /// <see cref="MaxLength"/> or the range (Validation.FieldRules); null: PORTAL0011, a value not of the field's form.
    /// </summary>
    public string? RuleCode { get; init; }

    /// <summary>A written value can break this field's own rules (choices, pattern, length, range), whatever else reads it.</summary>
    public bool HasValueRules => Choices.Count > 0 || Pattern is not null || MaxLength is not null || Minimum is not null || Maximum is not null;

    /// <summary>Required in the finished document, whoever reports it missing.</summary>
    public bool IsRequired => Requirement != Requirement.Optional;

    public bool IsList => Kind is FieldKind.TextList or FieldKind.IntegerList or FieldKind.ObjectList;

    public bool HasFields => Kind is FieldKind.Object or FieldKind.ObjectList;
}
