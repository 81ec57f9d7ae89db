namespace Portal.Model.ContentSchema;

/// <summary>The words a yes/no field accepts (compared in lower case), true and false first; pairs share an index.</summary>
public static class ContentBoolean
{
    public static readonly IReadOnlyList<string> TrueWords = ["true", "yes", "是"];

    public static readonly IReadOnlyList<string> FalseWords = ["false", "no", "否"];
}
