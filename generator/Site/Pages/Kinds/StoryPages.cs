using Portal.Model;

namespace Portal.Site;

/// <summary>A story's own page: its facts, body, neighbours and related stories.</summary>
public sealed class StoryPages : PageSource<StoryEntry>
{
    public const string Name = "story";

    public override string Kind => Name;
    public override int Order => 150;
    public override string Template => "story";
    public override string Section => "stories";
    public override bool Shared => true;

    protected override IEnumerable<(string Path, StoryEntry Route)> Addresses(SiteModel site) => site.Stories.Select(s => (s.Path, s));

    /// <summary>The page of one story, without the others' (`serve`'s quick story edit).</summary>
    public Page PageOf(PageContext context, StoryEntry story) => Build(context, story.Path, story);

    protected override Page Build(PageContext context, string path, StoryEntry story) => PageContext.AsArticle(
        context.Page(this, path, story.Title) with
        {
            Description = story.Summary.Length > 0 ? story.Summary : story.Title,
            Breadcrumbs = [context.Crumb("home"), context.Crumb("stories"), context.YearCrumb(story.Year)],
            DateLabel = context.Text.Label("published"), DateText = context.DateText(story.Date), DateIso = story.DateIso, OpenGraphType = "article",
            Picture = SharePicture.At(context.Urls, story.FirstPicturePath), Poster = true,
            Model = new StoryPageView
            {
                Title = story.Title, DateIso = story.DateIso, DateText = context.DateText(story.Date), TypeName = story.Type.Name, TypeUrl = story.TypeUrl,
                CaseKind = story.CaseKind,
                Source = story.Source.Source is { } source
                    ? new SourceView
                    {
                        Name = source.Name, Medium = source.Medium?.Value, Url = source.Url?.Value,
                        DateText = source.Date is { } d ? context.DateText(d) : null,
                    }
                    : null,
                Tasks = story.Tasks.Select(context.TaskLinkOf).ToList(),
                Departments = story.Departments.Select(context.DepartmentLinkOf).ToList(),
                Summary = story.Summary, Cover = story.Cover, Video = story.Video, Tags = story.Tags,
                Newer = story.Newer is null ? null : context.CardOf(story.Newer),
                Older = story.Older is null ? null : context.CardOf(story.Older),
                Related = story.Related.Select(context.CardOf).ToList(),
                Editor = story.Source.Editor,
                Interprets = story.Source.Interprets is not null && story.Type.Name == StoryType.CommentaryTypeName ? context.NoticeLink() : null,
                Body = new MarkdownBody(story.Source.Body, context.Urls),
            },
        },
        story.Title, story.Source.Source?.Name ?? context.Publisher, story.Tags.Select(t => t.Text), story.Source.Editor);

    public override IEnumerable<SearchDocument> SearchDocuments(PageContext context) =>
        context.Site.Stories.Select(story => new SearchDocument
        {
            Url = story.Url,
            Title = story.Title,
            Kind = story.Type.Name,
            Date = story.DateIso,
            Headings = story.Source.Body.Headings,
            Lead = story.Summary,
            Body = story.Source.Body.PlainText,
            // Its departments by every name (short, full, alias), each its own token: a query naming a department finds its stories.
            Meta = string.Join("\n", story.Tags.Select(t => t.Text).Concat(story.Departments.SelectMany(d => d.SearchNames))),
            Summary = story.Summary,
            StoryType = IndexOf(story.Type),
            Tasks = story.Tasks.Select(t => t.Number).ToList(),
            Departments = story.Departments.Select(context.DepartmentIndexOf).ToList(),
            Year = story.Year,
            CaseKind = story.CaseKind is { } kind ? CaseKinds.IndexOf(kind) : null,
            Medium = context.CoverageFacetsOf(story).Medium,
            Outlet = context.CoverageFacetsOf(story).Outlet,
        });

    private static int IndexOf(StoryType type)
    {
        for (var i = 0; i < StoryType.All.Count; i++) if (StoryType.All[i] == type) return i;
        return -1;
    }
}

/// <summary>A story's own page: its facts, body, neighbours and related stories.</summary>
public sealed record StoryPageView
{
    public required string Title { get; init; }
    public required string DateIso { get; init; }
    public required string DateText { get; init; }
    public required string TypeName { get; init; }
    public required string TypeUrl { get; init; }
    public required string? CaseKind { get; init; }
    public required SourceView? Source { get; init; }
    public required IReadOnlyList<TaskLink> Tasks { get; init; }
    public required IReadOnlyList<Link> Departments { get; init; }
    public required string Summary { get; init; }
    public required MediaView? Cover { get; init; }
    public required VideoView? Video { get; init; }
    public required IReadOnlyList<Link> Tags { get; init; }
    public required StoryCard? Newer { get; init; }
    public required StoryCard? Older { get; init; }
    public required IReadOnlyList<StoryCard> Related { get; init; }
    public required string Editor { get; init; }
    /// <summary>The notice, when this story is its 政策解读; null otherwise.</summary>
    public required Link? Interprets { get; init; }
    public required MarkdownBody Body { get; init; }
}

/// <summary>来源: the outlet, and for media coverage its medium, date and the original's address.</summary>
public sealed record SourceView
{
    public required string Name { get; init; }
    public required string? Medium { get; init; }
    public required string? Url { get; init; }
    public required string? DateText { get; init; }
}
