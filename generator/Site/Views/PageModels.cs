namespace Portal.Site;

// The model of each page kind, handed to its template as page.model. Each holds only what its template shows,
// as cards, links and values: no loading types, no entities with back references (see ViewFingerprint).

public sealed record HomeView
{
    public required MediaView? Banner { get; init; }
    public required IReadOnlyList<TaskCard> Tasks { get; init; }
    public required IReadOnlyList<StoryCard> Latest { get; init; }
    public required IReadOnlyList<StoryCard> Cases { get; init; }
    public required string CasesUrl { get; init; }
    public required IReadOnlyList<FigureView> Figures { get; init; }
    public required StoryCard? LatestVideo { get; init; }
    public required VideoView? LatestVideoPlayer { get; init; }
    public required string NoticeTitle { get; init; }
    public required string NoticeNumber { get; init; }
    public required string NoticeUrl { get; init; }
    public required string TasksUrl { get; init; }
    public required string StoriesUrl { get; init; }
    public required string MechanismUrl { get; init; }
    public required PersonView Chief { get; init; }
    public required IReadOnlyList<PersonView> Conveners { get; init; }
    public required string OfficeLocatedIn { get; init; }
    public required string UpdatedText { get; init; }
    public required string UpdatedIso { get; init; }
}

public sealed record NoticePageView
{
    public required string IssuerMark { get; init; }
    public required string DocumentNumber { get; init; }
    public required string Title { get; init; }
    public required string Recipients { get; init; }
    public required string Disclosure { get; init; }
    public required string IssuingOffice { get; init; }
    public required MarkdownBody Body { get; init; }
    public required string AttachmentLabel { get; init; }
    public required string AttachmentTitle { get; init; }
    public required MarkdownBody? Attachment { get; init; }
    public required IReadOnlyList<Link> Contents { get; init; }
    public required IReadOnlyList<MetadataRow> Metadata { get; init; }
    public required string IssueDateText { get; init; }
    public required string CarbonCopyText { get; init; }
    public required IReadOnlyList<DownloadView> Downloads { get; init; }
}

public sealed record MetadataRow
{
    public required string Label { get; init; }
    public required string Value { get; init; }
}

/// <summary>A download of the original document: link text, address, format and size as readers see them ("PDF，1.2 MB").</summary>
public sealed record DownloadView
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string FormatName { get; init; }
    public required string SizeText { get; init; }
}

public sealed record MechanismPageView
{
    public required string AttachmentUrl { get; init; }
    public required PersonView Chief { get; init; }
    public required IReadOnlyList<PersonView> Conveners { get; init; }
    public required Link? OfficeHost { get; init; }
    public required string OfficeLocatedIn { get; init; }
    public required string Director { get; init; }
    public required IReadOnlyList<DeputyView> Deputies { get; init; }
    public required IReadOnlyList<Link> OfficeMembers { get; init; }
    public required IReadOnlyList<Link> UnitMembers { get; init; }
    public required string Duties { get; init; }
    public required string OfficeDuties { get; init; }
}

/// <summary>副主任: a role in a department, linked when the department is in the registry.</summary>
public sealed record DeputyView
{
    public required string Name { get; init; }
    public required string? Url { get; init; }
    public required string Role { get; init; }
}

public sealed record TasksView
{
    public required IReadOnlyList<TaskCard> Tasks { get; init; }
    public required string LedgerCsvUrl { get; init; }
    public required string ProgressUrl { get; init; }
}

public sealed record TaskPageView
{
    public required TaskCard Task { get; init; }
    public required MarkdownBody Body { get; init; }
    public required IReadOnlyList<StoryCard> Stories { get; init; }
    public required bool IsFirstPage { get; init; }
    /// <summary>Its half-year reports (半年工作情况), newest period first.</summary>
    public required IReadOnlyList<PeriodReportsView> Reports { get; init; }
    public required string ProgressUrl { get; init; }
}

public sealed record PeriodReportsView
{
    public required string Period { get; init; }
    public required IReadOnlyList<StoryCard> Stories { get; init; }
}

/// <summary>
/// The progress board (工作进展), also written as /tasks/progress.csv: one row per key task and lead department in the
/// notice's order, one column per half year.
/// </summary>
public sealed record ProgressBoardView
{
    public required IReadOnlyList<string> Periods { get; init; }
    public required IReadOnlyList<ProgressRowView> Rows { get; init; }
    public required string CsvUrl { get; init; }
}

public sealed record ProgressRowView
{
    public required int TaskNumber { get; init; }
    public required string TaskTitle { get; init; }
    public required string TaskUrl { get; init; }
    /// <summary>On the first row of a task, how many rows the task spans (for rowspan); 0 on its other rows.</summary>
    public required int TaskRows { get; init; }
    public required string Lead { get; init; }
    public required string? LeadUrl { get; init; }
    public required IReadOnlyList<ProgressCellView> Cells { get; init; }
}

public sealed record ProgressCellView
{
    public required string Period { get; init; }
    /// <summary>reported or missing (the markup contract's data-state).</summary>
    public required string State { get; init; }
    public required IReadOnlyList<ReportLink> Reports { get; init; }
}

public sealed record ReportLink
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }
    public required string DateText { get; init; }
}

public sealed record DepartmentGroupView
{
    public required string Label { get; init; }
    public required IReadOnlyList<DepartmentCard> Departments { get; init; }
}

public sealed record DepartmentsView
{
    public required IReadOnlyList<DepartmentGroupView> Groups { get; init; }
}

public sealed record DepartmentPageView
{
    public required string Name { get; init; }
    /// <summary>Shown only when it differs from the name: where the notice gives no full name, the site shows none.</summary>
    public required string FullName { get; init; }
    public required string KindLabel { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public required bool IsMechanismMember { get; init; }
    public required bool IsOfficeHost { get; init; }
    public required string? DeputyRole { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<TaskLink> LedTasks { get; init; }
    public required IReadOnlyList<StoryCard> Stories { get; init; }
}

public sealed record TermsView
{
    public required IReadOnlyList<TermCard> Terms { get; init; }
    public required bool IsTagCloud { get; init; }
}

public sealed record StoryListView
{
    public required string Description { get; init; }
    public required IReadOnlyList<StoryCard> Stories { get; init; }
    public required IReadOnlyList<TermCard> Years { get; init; }
    public required IReadOnlyList<TermCard> Types { get; init; }
    /// <summary>Videos are shown as a gallery of posters.</summary>
    public bool IsGallery { get; init; } = false;
    /// <summary>On the typical-case lists: 全部, 正面典型, 反面典型警示 with their counts.</summary>
    public IReadOnlyList<TermCard>? CaseKinds { get; init; } = null;
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

public sealed record StaticPageView
{
    public required MarkdownBody Body { get; init; }
    /// <summary>The configured contact or feedback channels on 联系我们 and 咨询建言与社会监督; null elsewhere.</summary>
    public required ChannelList? Channels { get; init; }
}

/// <summary>A page's list of ways to reach the department; empty when site.yml configures none.</summary>
public sealed record ChannelList
{
    public required string Title { get; init; }
    public required IReadOnlyList<ChannelView> Items { get; init; }
}

public sealed record ChannelView
{
    public required string Label { get; init; }
    public required string Text { get; init; }
    /// <summary>A link (留言系统, tel:, mailto:), or null for text such as a postal address.</summary>
    public required string? Url { get; init; }
}

public sealed record SearchPageView
{
    public required IReadOnlyList<TaskLink> Tasks { get; init; }
    public required IReadOnlyList<TermCard> Types { get; init; }
    public required IReadOnlyList<TermCard> Years { get; init; }
    public required IReadOnlyList<DepartmentOption> Departments { get; init; }
    public required IReadOnlyList<string> CaseKinds { get; init; }
    public required string SitemapUrl { get; init; }
    public required string IndexUrl { get; init; }
}

public sealed record NotFoundView
{
    public required IReadOnlyList<TaskLink> Tasks { get; init; }
}

/// <summary>The HTML site map (网站地图): every section and every non-list page.</summary>
public sealed record SiteMapView
{
    public required IReadOnlyList<Link> Sections { get; init; }
    public required IReadOnlyList<TaskLink> Tasks { get; init; }
    public required IReadOnlyList<Link> Departments { get; init; }
    public required IReadOnlyList<TermCard> Years { get; init; }
    public required IReadOnlyList<TermCard> Types { get; init; }
    public required IReadOnlyList<Link> Pages { get; init; }
}
