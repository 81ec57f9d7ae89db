namespace Portal.Model.ContentSchema;

public enum ContentFormat
{
    /// <summary>Markdown whose YAML front matter holds the fields.</summary>
    MarkdownFrontMatter,
    /// <summary>A .yml file that is all fields.</summary>
    YamlFile,
}
