using Portal.Model;
using Portal.Site;

namespace Portal.Rendering;

// Page-specific models handed to templates as page.model. Each holds only what its template shows.

public sealed record HomeView(
    IReadOnlyList<TaskEntry> Tasks,
    IReadOnlyList<StoryEntry> Latest,
    IReadOnlyList<StoryEntry> Cases,
    MechanismView Mechanism,
    Notice Notice,
    string NoticeUrl,
    string TasksUrl,
    string StoriesUrl,
    string MechanismUrl,
    string UpdatedText,
    string UpdatedIso);

public sealed record MechanismPageView(MechanismView Mechanism, string AttachmentUrl)
{
    public Person Chief => Mechanism.Source.ChiefConvener;
    public IReadOnlyList<Person> Conveners => Mechanism.Source.Conveners;
    public string Director => Mechanism.Source.Office.Director;
    public string Duties => Mechanism.Source.Duties;
    public string OfficeDuties => Mechanism.Source.OfficeDuties;
}

public sealed record TasksView(IReadOnlyList<TaskEntry> Tasks, string LedgerCsvUrl);

public sealed record TaskView(TaskEntry Task, Lazy<string> Body, IReadOnlyList<StoryEntry> Stories, bool IsFirstPage)
{
    public string BodyHtml => Body.Value;
}

public sealed record DepartmentGroupView(string Label, IReadOnlyList<DepartmentEntry> Departments);

public sealed record DepartmentView(DepartmentEntry Department, IReadOnlyList<StoryEntry> Stories);

public sealed record TermsView(IReadOnlyList<TermEntry> Terms, bool IsTagCloud);

public sealed record StoryListView(
    string Heading,
    string Description,
    IReadOnlyList<StoryEntry> Stories,
    IReadOnlyList<TermEntry> Years,
    IReadOnlyList<TermEntry> Types);

/// <remarks>The body is rendered when the template asks for it, on the parallel render threads.</remarks>
public sealed record StoryView(StoryEntry Story, Lazy<string> Body)
{
    public string BodyHtml => Body.Value;
}

public sealed record StaticPageView(PageEntry Page, Lazy<string> Body)
{
    public string BodyHtml => Body.Value;
}

public sealed record SearchPageView(
    IReadOnlyList<TaskEntry> Tasks,
    IReadOnlyList<TermEntry> Types,
    IReadOnlyList<TermEntry> Years,
    IReadOnlyList<DepartmentEntry> Departments,
    string SitemapUrl,
    string IndexUrl);

public sealed record NotFoundView(IReadOnlyList<TaskEntry> Tasks);

/// <summary>The HTML site map (网站地图): every section and every non-list page.</summary>
public sealed class SiteMapView(SiteModel site, SiteUrls urls)
{
    public IReadOnlyList<Link> Sections { get; } =
    [
        new("首页", urls.Href(Routes.Home)),
        new("通知原文", urls.Href(Routes.Notice)),
        new("专项工作机制", urls.Href(Routes.Mechanism)),
        new("重点任务", urls.Href(Routes.Tasks)),
        new("部门单位", urls.Href(Routes.Departments)),
        new("工作动态", urls.Href(Routes.Stories)),
        new("稿件类型", urls.Href(Routes.Types)),
        new("标签", urls.Href(Routes.Tags)),
        new("站内搜索", urls.Href(Routes.Search)),
        new("订阅（Atom）", urls.Href(Routes.Feed)),
    ];

    public IReadOnlyList<TaskEntry> Tasks => site.Tasks;
    public IReadOnlyList<DepartmentEntry> Departments => site.Departments;
    public IReadOnlyList<TermEntry> Years => site.Years;
    public IReadOnlyList<TermEntry> Types => site.Types;
    public IReadOnlyList<PageEntry> Pages => site.Pages;
}
