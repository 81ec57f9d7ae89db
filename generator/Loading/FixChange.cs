namespace Portal.Loading;

/// <summary>One change `check --fix` made: the file (relative to content/), its line, the text before and after.</summary>
public sealed record FixChange(string File, int Line, string Before, string After)
{
    public override string ToString() => $"{File}:{Line}: {Before} → {After}";
}
