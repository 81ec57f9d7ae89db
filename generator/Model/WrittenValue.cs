using Portal.Model.ContentSchema;

namespace Portal.Model;

/// <summary>
/// What an editor wrote for a defined field with rules of its own, and where: the loader records it while reading, the
/// field rules (Validation.FieldRules) check it against its definition. <paramref name="Text"/> is null for a required field left
/// out, placed at the mapping that lacks it; a list gives one value per item.
/// </summary>
public sealed record WrittenValue(ContentField Field, string File, string? Text, int Line, int Column);

/// <summary>A record as a reader made it (null when it could not), with every value written for it.</summary>
public sealed record Loaded<T>(T? Value, IReadOnlyList<WrittenValue> Written) where T : class;
