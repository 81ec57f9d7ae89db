namespace Portal.Model.ContentSchema;

/// <summary>One kind of content file (stories, site.yml…) and the fields it may hold, in the order editors see them.</summary>
public sealed record ContentDocument
{
    /// <summary>Short English name: the schema is content/.schemas/{Id}.schema.json, the guide's table sits between &lt;!-- fields:{Id} --&gt; markers.</summary>
    public required string Id { get; init; }

    /// <summary>Under content/: a folder of Markdown files (stories) or one file (site.yml).</summary>
    public required string Path { get; init; }

    public required ContentFormat Format { get; init; }

    /// <summary>Chinese title naming the file and, for front matter, the part between the two "---" lines.</summary>
    public required string Title { get; init; }

    /// <summary>Chinese description of what the file is for; the required keys are added where it is shown.</summary>
    public required string Description { get; init; }

    public required IReadOnlyList<ContentField> Fields { get; init; }

    public bool IsFolder => Format == ContentFormat.MarkdownFrontMatter && !Path.EndsWith(".md", StringComparison.Ordinal);
}
