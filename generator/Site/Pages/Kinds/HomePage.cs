using Portal.Model;

namespace Portal.Site;

/// <summary>The home page (首页): key tasks, latest stories, typical cases, the figures and the latest video.</summary>
public sealed class HomePage : SinglePageSource
{
    private const int Latest = 8;
    private const int Cases = 4;

    public const string Name = "home";

    public override string Kind => Name;
    public override int Order => 10;
    public override string Template => "home";
    protected override string? LandingSection => "home";
    public override string? NotSearchedBecause => "it only gathers the titles and summaries of pages that are searchable themselves";
    protected override string Path => Routes.Home;

    protected override Page Build(PageContext context)
    {
        var (site, urls, text) = (context.Site, context.Urls, context.Text);
        var video = site.Stories.FirstOrDefault(s => s.Video is not null);
        var mechanism = site.Mechanism.Source;
        return context.Page(this, Path, site.Config.Title) with
        {
            Description = site.Config.Description,
            Model = new HomeView
            {
                Banner = site.Config.Banner is { } banner ? new MediaView { Url = urls.Media(banner.Src.Value), Alt = banner.Alt, Caption = "" } : null,
                Tasks = site.Tasks.Select(context.TaskCardOf).ToList(),
                Latest = site.Stories.Take(Latest).Select(context.CardOf).ToList(),
                Cases = site.Cases.Take(Cases).Select(context.CardOf).ToList(),
                CasesUrl = site.Cases.Count > 0 ? urls.Href(Routes.Cases) : "",
                Figures = Figures(context),
                LatestVideo = video is null ? null : context.CardOf(video),
                LatestVideoPlayer = video?.Video,
                NoticeTitle = site.Notice.Title,
                NoticeNumber = site.Notice.DocumentNumber,
                NoticeUrl = urls.Href(Routes.Notice),
                TasksUrl = urls.Href(Routes.Tasks),
                StoriesUrl = urls.Href(Routes.Stories),
                MechanismUrl = urls.Href(Routes.Mechanism),
                Chief = PageContext.Person(mechanism.ChiefConvener),
                Conveners = mechanism.Conveners.Select(PageContext.Person).ToList(),
                OfficeLocatedIn = mechanism.Office.LocatedIn.Value,
                UpdatedText = context.DateText(site.Newest),
                UpdatedIso = PageContext.Iso(site.Newest),
            },
        };
    }

    /// <summary>
    /// The figures, counted from content: stories of each form, reports of the latest half year, cases of each kind.
    /// A zero is plain text: its list is not built (an empty column), and a link to nothing tells the reader nothing.
    /// </summary>
    private static List<FigureView> Figures(PageContext context)
    {
        var site = context.Site;
        static FigureView Figure(string label, int count, string url) => new() { Label = label, Count = count, Url = count > 0 ? url : "" };
        return site.Types.Where(t => t.Name != StoryType.CaseTypeName)
            .Select(t => Figure(t.Name, t.Count, t.Url))
            .Append(Figure(context.Text.Label("latestReports", ("period", site.Progress.Periods[^1])), site.Progress.CurrentCount,
                context.Urls.Href(Routes.TaskProgress)))
            .Concat(site.CaseKinds.Select(k => Figure(CaseListPages.Title(context, k.Name), k.Count, k.Url)))
            .ToList();
    }
}

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
