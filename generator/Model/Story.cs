
namespace Portal.Model;

/// <summary>content/stories/YYYY/YYYY-MM-DD-slug.md: a progress story.</summary>
public sealed record Story
{
    public required string SourceFile { get; init; }
    /// <summary>File name without .md; it is the last URL segment.</summary>
    public required string FileStem { get; init; }
    public required string Title { get; init; }
    public required Located<DateOnly> Date { get; init; }
    public IReadOnlyList<Located<int>> Tasks { get; init; } = [];
    public IReadOnlyList<Located<string>> Departments { get; init; } = [];
    public required Located<string> Type { get; init; }
    public Located<string>? Case { get; init; }
    public IReadOnlyList<Located<string>> Tags { get; init; } = [];
    public string Summary { get; init; } = "";
    public MediaImage? Cover { get; init; }
    public MediaVideo? Video { get; init; }
    public string Source { get; init; } = "";
    public bool Draft { get; init; }
    public required MarkdownSource Body { get; init; }
    public int TitleLine { get; init; }
    /// <summary>Fingerprint of the file name and front matter: everything a story list shows of this story comes from them.</summary>
    public ulong ListingHash { get; init; }
    /// <summary>Fingerprint of the Markdown body, which only the story's own page shows.</summary>
    public ulong BodyHash { get; init; }
    /// <summary>A required field was missing or malformed (already reported); never published.</summary>
    public bool Incomplete { get; init; }
}

public sealed record MediaImage(Located<string> Src, string Alt, string Caption);

public sealed record MediaVideo(Located<string> Src, Located<string>? Poster, Located<string>? Captions, string Title);
