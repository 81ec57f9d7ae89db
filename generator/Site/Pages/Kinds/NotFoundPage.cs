namespace Portal.Site;

/// <summary>404.html: what the server answers for an unknown address, kept out of search engines.</summary>
public sealed class NotFoundPage : SinglePageSource
{
    public const string Name = "not-found";

    public override string Kind => Name;
    public override int Order => 170;
    public override string Template => "404";
    public override string? NotSearchedBecause => "not a page of its own: every unknown address shows it";
    protected override string Path => Routes.NotFound;

    protected override Page Build(PageContext context) =>
        context.Page(this, Path, context.Text.Page("notFound", "title")) with
        {
            Description = context.Text.Page("notFound", "description"), NoIndex = true,
            Model = new NotFoundView { Tasks = context.TaskLinks },
        };
}

public sealed record NotFoundView
{
    public required IReadOnlyList<TaskLink> Tasks { get; init; }
}
