namespace Portal.Site;

// The model of each page kind, handed to its template as page.model. Each holds only what its template shows,
// as cards, links and values: no loading types, no entities with back references (see ViewFingerprint).

public sealed record HomeView(
    MediaView? Banner,
    IReadOnlyList<TaskCard> Tasks,
    IReadOnlyList<StoryCard> Latest,
    IReadOnlyList<StoryCard> Cases,
    string CasesUrl,
    IReadOnlyList<FigureView> Figures,
    StoryCard? LatestVideo,
    VideoView? LatestVideoPlayer,
    string NoticeTitle,
    string NoticeNumber,
    string NoticeUrl,
    string TasksUrl,
    string StoriesUrl,
    string MechanismUrl,
    PersonView Chief,
    IReadOnlyList<PersonView> Conveners,
    string OfficeLocatedIn,
    string UpdatedText,
    string UpdatedIso);

public sealed record NoticePageView(
    string IssuerMark,
    string DocumentNumber,
    string Title,
    string Recipients,
    string Disclosure,
    string IssuingOffice,
    MarkdownBody Body,
    string AttachmentLabel,
    string AttachmentTitle,
    MarkdownBody? Attachment,
    IReadOnlyList<Link> Contents,
    IReadOnlyList<MetadataRow> Metadata,
    string IssueDateText,
    string CarbonCopyText,
    IReadOnlyList<DownloadView> Downloads);

public sealed record MetadataRow(string Label, string Value);

/// <summary>A download of the original document: link text, address, format and size as readers see them ("PDF，1.2 MB").</summary>
public sealed record DownloadView(string Title, string Url, string FormatName, string SizeText);

public sealed record MechanismPageView(
    string AttachmentUrl,
    PersonView Chief,
    IReadOnlyList<PersonView> Conveners,
    Link? OfficeHost,
    string OfficeLocatedIn,
    string Director,
    IReadOnlyList<DeputyView> Deputies,
    IReadOnlyList<Link> OfficeMembers,
    IReadOnlyList<Link> UnitMembers,
    string Duties,
    string OfficeDuties);

/// <summary>副主任: a role in a department, linked when the department is in the registry.</summary>
public sealed record DeputyView(string Name, string? Url, string Role);

public sealed record TasksView(IReadOnlyList<TaskCard> Tasks, string LedgerCsvUrl, string ProgressUrl);

/// <param name="Reports">Its half-year reports (半年工作情况), newest period first.</param>
public sealed record TaskPageView(
    TaskCard Task, MarkdownBody Body, IReadOnlyList<StoryCard> Stories, bool IsFirstPage, IReadOnlyList<PeriodReportsView> Reports, string ProgressUrl);

public sealed record PeriodReportsView(string Period, IReadOnlyList<StoryCard> Stories);

/// <summary>
/// The progress board (工作进展), also written as /tasks/progress.csv: one row per key task and lead department in the
/// notice's order, one column per half year.
/// </summary>
public sealed record ProgressBoardView(IReadOnlyList<string> Periods, IReadOnlyList<ProgressRowView> Rows, string CsvUrl);

/// <param name="TaskRows">On the first row of a task, how many rows the task spans (for rowspan); 0 on its other rows.</param>
public sealed record ProgressRowView(
    int TaskNumber, string TaskTitle, string TaskUrl, int TaskRows, string Lead, string? LeadUrl, IReadOnlyList<ProgressCellView> Cells);

/// <param name="State">reported or missing (the markup contract's data-state).</param>
public sealed record ProgressCellView(string Period, string State, IReadOnlyList<ReportLink> Reports);

public sealed record ReportLink(string Title, string Url, string AbsoluteUrl, string DateText);

public sealed record DepartmentGroupView(string Label, IReadOnlyList<DepartmentCard> Departments);

public sealed record DepartmentsView(IReadOnlyList<DepartmentGroupView> Groups);

/// <param name="FullName">Shown only when it differs from the name: where the notice gives no full name, the site shows none.</param>
public sealed record DepartmentPageView(
    string Name,
    string FullName,
    string KindLabel,
    IReadOnlyList<string> Aliases,
    bool IsMechanismMember,
    bool IsOfficeHost,
    string? DeputyRole,
    string Description,
    IReadOnlyList<TaskLink> LedTasks,
    IReadOnlyList<StoryCard> Stories);

public sealed record TermsView(IReadOnlyList<TermCard> Terms, bool IsTagCloud);

/// <param name="IsGallery">Videos are shown as a gallery of posters.</param>
/// <param name="CaseKinds">On the typical-case lists: 全部, 正面典型, 反面典型警示 with their counts.</param>
public sealed record StoryListView(
    string Description,
    IReadOnlyList<StoryCard> Stories,
    IReadOnlyList<TermCard> Years,
    IReadOnlyList<TermCard> Types,
    bool IsGallery = false,
    IReadOnlyList<TermCard>? CaseKinds = null);

/// <summary>A story's own page: its facts, body, neighbours and related stories.</summary>
public sealed record StoryPageView(
    string Title,
    string DateIso,
    string DateText,
    string TypeName,
    string TypeUrl,
    string? CaseKind,
    SourceView? Source,
    IReadOnlyList<TaskLink> Tasks,
    IReadOnlyList<Link> Departments,
    string Summary,
    MediaView? Cover,
    VideoView? Video,
    IReadOnlyList<Link> Tags,
    StoryCard? Newer,
    StoryCard? Older,
    IReadOnlyList<StoryCard> Related,
    string Editor,
    MarkdownBody Body);

/// <summary>来源: the outlet, and for media coverage its medium, date and the original's address.</summary>
public sealed record SourceView(string Name, string? Medium, string? Url, string? DateText);

/// <param name="Channels">The configured contact or feedback channels on 联系我们 and 咨询建言与社会监督; null elsewhere.</param>
public sealed record StaticPageView(MarkdownBody Body, ChannelList? Channels);

/// <summary>A page's list of ways to reach the department; empty when site.yml configures none.</summary>
public sealed record ChannelList(string Title, IReadOnlyList<ChannelView> Items);

/// <param name="Url">A link (留言系统, tel:, mailto:), or null for text such as a postal address.</param>
public sealed record ChannelView(string Label, string Text, string? Url);

public sealed record SearchPageView(
    IReadOnlyList<TaskLink> Tasks,
    IReadOnlyList<TermCard> Types,
    IReadOnlyList<TermCard> Years,
    IReadOnlyList<DepartmentOption> Departments,
    IReadOnlyList<string> CaseKinds,
    string SitemapUrl,
    string IndexUrl);

public sealed record NotFoundView(IReadOnlyList<TaskLink> Tasks);

/// <summary>The HTML site map (网站地图): every section and every non-list page.</summary>
public sealed record SiteMapView(
    IReadOnlyList<Link> Sections,
    IReadOnlyList<TaskLink> Tasks,
    IReadOnlyList<Link> Departments,
    IReadOnlyList<TermCard> Years,
    IReadOnlyList<TermCard> Types,
    IReadOnlyList<Link> Pages);
