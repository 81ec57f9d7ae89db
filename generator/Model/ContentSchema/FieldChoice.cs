namespace Portal.Model.ContentSchema;

/// <summary>One of a field's fixed allowed values, with what it means to an editor.</summary>
public sealed record FieldChoice(string Value, string Hint);
