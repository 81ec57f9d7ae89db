namespace Portal.Site;

// Cards: how one story, task, department or term appears on pages other than its own. Each is made once per
// build and shared by every page that lists it; its fingerprint is computed once (see SharedView).

/// <summary>A story in a list: everything the list templates show of it.</summary>
/// <param name="ThumbnailUrl">A video's poster, shown beside the card (decorative: the title says what it is).</param>
public sealed record StoryCard(
    string Url, string Title, string DateIso, string DateText, string TypeName, string TypeUrl, string? CaseKind, bool Draft,
    string Summary, string? ThumbnailUrl) : SharedView;

/// <summary>A key task where it is linked by number and title only.</summary>
public sealed record TaskLink(int Number, string Title, string Url) : SharedView;

/// <summary>A key task with its lead departments and latest progress, for the home page and the ledger.</summary>
public sealed record TaskCard(
    int Number, string Title, string Url, string Summary, string LeadText, IReadOnlyList<Link> Leads, int StoryCount,
    StoryCard? Latest) : SharedView;

/// <summary>A department in the index, with how many key tasks it leads.</summary>
public sealed record DepartmentCard(string Name, string Url, int LedTaskCount) : SharedView;

/// <summary>A department as a search filter option: the slug is what the query string carries.</summary>
public sealed record DepartmentOption(string Slug, string Name) : SharedView;

/// <summary>A year, type or tag with its story count.</summary>
public sealed record TermCard(string Name, string Url, int Count, string Description) : SharedView;

/// <summary>A figure on the home page: how many stories a column holds, linking to it.</summary>
public sealed record FigureView(string Label, int Count, string Url);

/// <summary>A plain link; breadcrumbs, tags, navigation. Shared by the pages that show it (a department's, a tag's).</summary>
public sealed record Link(string Text, string Url) : SharedView;

public sealed record MediaView(string Url, string Alt, string Caption);

public sealed record VideoView(string Url, string? PosterUrl, string? CaptionsUrl, string Title);

public sealed record PersonView(string Name, string Position);
