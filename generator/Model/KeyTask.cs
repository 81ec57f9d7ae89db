
namespace Portal.Model;

/// <summary>content/tasks/NN-slug.md: one of the nine 2025 key tasks (重点任务).</summary>
public sealed record KeyTask
{
    public required string SourceFile { get; init; }
    public required Located<int> Number { get; init; }
    public required string Title { get; init; }
    /// <summary>牵头部门 exactly as printed; names, aliases or groups.</summary>
    public IReadOnlyList<Located<string>> Lead { get; init; } = [];
    public string Summary { get; init; } = "";
    public required MarkdownSource Body { get; init; }
}
