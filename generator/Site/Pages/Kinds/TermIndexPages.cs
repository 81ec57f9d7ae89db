namespace Portal.Site;

/// <summary>稿件类型: the publicity forms with their story counts.</summary>
public sealed class TypesPage : SinglePageSource
{
    public const string Name = "types";

    public override string Kind => Name;
    public override int Order => 100;
    public override string Template => "terms";
    protected override string? LandingSection => "types";
    public override string Section => "stories";
    public override string? NotSearchedBecause => "story types are a search filter";
    protected override string Path => Routes.Types;
    protected override bool HasContent(SiteModel site) => site.Stories.Count > 0;

    protected override Page Build(PageContext context) => TermIndex.Page(this, context, Path, "types", context.Types, isTagCloud: false, PageContext.NewestOf(context.Site.Stories));
}

/// <summary>标签: every tag with its story count, as a tag cloud.</summary>
public sealed class TagsPage : SinglePageSource
{
    public const string Name = "tags";

    public override string Kind => Name;
    public override int Order => 130;
    public override string Template => "terms";
    protected override string? LandingSection => "tags";
    public override string Section => "stories";
    public override string? NotSearchedBecause => "tags are searched as part of each story's metadata";
    protected override string Path => Routes.Tags;
    protected override bool HasContent(SiteModel site) => site.Tags.Count > 0;

    protected override Page Build(PageContext context) =>
        TermIndex.Page(this, context, Path, "tags", context.Site.Tags.Select(PageContext.Term).ToList(), isTagCloud: true,
            context.Site.Tags.Select(t => PageContext.NewestOf(t.Stories)).Max());
}

internal static class TermIndex
{
    /// <param name="newest">The newest story of the terms' lists.</param>
    public static Page Page(IPageSource source, PageContext context, string path, string section, IReadOnlyList<TermCard> terms, bool isTagCloud, DateOnly? newest) =>
        context.Dated(context.Page(source, path, context.Title(section)), newest) with
        {
            Description = context.Text.Page(section, "description"), Breadcrumbs = [context.Crumb("home"), context.Crumb("stories")],
            Model = new TermsView { Terms = terms, IsTagCloud = isTagCloud },
        };
}

public sealed record TermsView
{
    public required IReadOnlyList<TermCard> Terms { get; init; }
    public required bool IsTagCloud { get; init; }
}
