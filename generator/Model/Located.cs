namespace Portal.Model;

/// <summary>A value read from a content file together with where it was written, for precise error messages.</summary>
public readonly record struct Located<T>(T Value, int Line, int Column)
{
    public override string ToString() => Value?.ToString() ?? "";
}
