namespace Portal.Site;

// Cards: how one story, task, department or term appears on pages other than its own. Each is made once per
// build and shared by every page that lists it; its fingerprint is computed once (see SharedView).

/// <summary>A story in a list: everything the list templates show of it.</summary>
public sealed record StoryCard : SharedView
{
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string DateIso { get; init; }
    public required string DateText { get; init; }
    public required string TypeName { get; init; }
    public required string TypeUrl { get; init; }
    public required string? CaseKind { get; init; }
    public required bool Draft { get; init; }
    public required string Summary { get; init; }
    /// <summary>A video's poster, shown beside the card (decorative: the title says what it is).</summary>
    public required string? ThumbnailUrl { get; init; }
}

/// <summary>A key task where it is linked by number and title only.</summary>
public sealed record TaskLink : SharedView
{
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
}

/// <summary>A key task with its lead departments and latest progress, for the home page and the ledger.</summary>
public sealed record TaskCard : SharedView
{
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string Summary { get; init; }
    public required string LeadText { get; init; }
    /// <summary>The leads as the notice writes them: a department's link, or a collective's words with no address.</summary>
    public required IReadOnlyList<Link> Leads { get; init; }
    public required int StoryCount { get; init; }
    public required StoryCard? Latest { get; init; }
}

/// <summary>A department in the index, with how many key tasks it leads.</summary>
public sealed record DepartmentCard : SharedView
{
    public required string Name { get; init; }
    public required string Url { get; init; }
    public required int LedTaskCount { get; init; }
}

/// <summary>A department as a search filter option: the slug is what the query string carries.</summary>
public sealed record DepartmentOption : SharedView
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    /// <summary>Its full name and aliases (<see cref="DepartmentEntry.SearchNames"/> but the name): the search page recognises a query naming it by any.</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];
}

/// <summary>A year, type or tag with its story count.</summary>
public sealed record TermCard : SharedView
{
    public required string Name { get; init; }
    public required string Url { get; init; }
    public required int Count { get; init; }
    public required string Description { get; init; }
}

/// <summary>A figure on the home page: how many stories a column holds, linking to it.</summary>
public sealed record FigureView
{
    public required string Label { get; init; }
    public required int Count { get; init; }
    public required string Url { get; init; }
}

/// <summary>A plain link; breadcrumbs, tags, navigation. Shared by the pages that show it (a department's, a tag's).</summary>
public sealed record Link : SharedView
{
    public required string Text { get; init; }
    public required string Url { get; init; }
}

public sealed record MediaView
{
    public required string Url { get; init; }
    public required string Alt { get; init; }
    public required string Caption { get; init; }
}

public sealed record VideoView
{
    public required string Url { get; init; }
    public required string? PosterUrl { get; init; }
    public required string? CaptionsUrl { get; init; }
    public required string Title { get; init; }
}

public sealed record PersonView
{
    public required string Name { get; init; }
    public required string Position { get; init; }
}
