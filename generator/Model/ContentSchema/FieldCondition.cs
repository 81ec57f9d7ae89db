namespace Portal.Model.ContentSchema;

/// <summary>
/// A field that may only be written when another field of the same document has a given value, and then must be
/// (case: only when type is 典型案例).
/// </summary>
public sealed record FieldCondition(ContentField Field, string Value);
