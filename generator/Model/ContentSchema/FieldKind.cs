namespace Portal.Model.ContentSchema;

/// <summary>
/// The shape of a field's value as an editor writes it in YAML. Each kind has exactly one reading accessor
/// (Loading.YamlMap). A fixed choice ("enum") is <see cref="Text"/> with <see cref="ContentField.Choices"/>.
/// </summary>
public enum FieldKind
{
    /// <summary>One line of text: <c>title: 标题</c>.</summary>
    Text,
    /// <summary>Arabic digits: <c>number: 4</c>.</summary>
    Integer,
    /// <summary>A calendar date in one of <see cref="ContentDate.Formats"/>.</summary>
    Date,
    /// <summary>true or false, or one of the other <see cref="ContentBoolean"/> words.</summary>
    Boolean,
    /// <summary><c>[甲, 乙]</c>; a single text is read as a one-item list.</summary>
    TextList,
    /// <summary><c>[1, 3]</c>; a single number is read as a one-item list.</summary>
    IntegerList,
    /// <summary>Indented sub-fields, listed in <see cref="ContentField.Fields"/>.</summary>
    Object,
    /// <summary>Items starting with "- ", each with the sub-fields in <see cref="ContentField.Fields"/>.</summary>
    ObjectList,
}
