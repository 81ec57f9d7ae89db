using Portal.Model;

namespace Portal.Site;

/// <summary>The URL map of docs/design.md. URLs are a public interface: people bookmark and share them.</summary>
public static class Routes
{
    public const int StoriesPerPage = 20;

    public const string Home = "";
    public const string Notice = "notice/";
    public const string Mechanism = "mechanism/";
    public const string Tasks = "tasks/";
    public const string TaskLedgerCsv = "tasks/ledger.csv";
    public const string TaskProgress = "tasks/progress/";
    public const string TaskProgressCsv = "tasks/progress.csv";
    public const string Departments = "departments/";
    public const string Stories = "stories/";
    public const string Types = "types/";
    public const string Cases = "cases/";
    public const string Coverage = "coverage/";
    public const string Tags = "tags/";
    public const string Search = "search/";
    public const string SiteMap = "sitemap/";
    public const string Feed = "feed.xml";
    public const string SitemapXml = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string NotFound = "404.html";

    /// <summary>
    /// The files the outputs write beside the pages (the link check knows them), with the theme.yml section that links
    /// them, if any. A new output file adds its path here.
    /// </summary>
    public static readonly IReadOnlyList<(string? Section, string Path)> OutputFiles =
    [
        (null, TaskLedgerCsv), (null, TaskProgressCsv), ("feed", Feed), (null, SitemapXml), (null, Robots),
    ];

    /// <summary>Each page with a share QR code has it beside its index.html.</summary>
    public const string QrCodeFile = "qr.svg";

    /// <summary>The same code as a PNG beside each story: the 公众号 copy ends with it (WeChat takes no SVG).</summary>
    public const string QrCodePngFile = "qr.png";

    /// <summary>Where `serve` keeps its search index: a fixed folder, so an update rewrites only the files that changed.</summary>
    public const string SearchIndexPreview = "search/index-preview/";

    /// <summary>Raise when the index files change format: the folder name then changes with it, and readers' caches too.</summary>
    public const int SearchIndexFormat = 2;

    /// <summary>The published search index, in a folder named after what it indexes (readers may cache it for good).</summary>
    public static string SearchIndex(ulong fingerprint) => $"search/index-{fingerprint:x16}"[..25] + "/";

    public static string Task(int number) => $"tasks/{number}/";

    public static string Department(Department department) => $"departments/{department.Slug}/";

    public static string Story(Story story) => $"stories/{story.FileStem[..4]}/{story.FileStem}/";

    public static string StoryYear(int year) => $"stories/{year}/";

    public static string Type(StoryType type) => $"types/{type.Slug}/";

    public static string Tag(string tag) => $"tags/{tag}/";

    /// <summary>/cases/positive/ (正面典型) and /cases/negative/ (反面典型警示).</summary>
    public static string CaseKind(string kind) => kind == Model.CaseKinds.Positive ? "cases/positive/" : "cases/negative/";

    public static string Page(StaticPage page) => $"{page.Slug}/";

    public static string Media(string contentRelativePath) => contentRelativePath;

    /// <summary>Page N of a paginated list: the first page is the list itself, then list/page/N/.</summary>
    public static string Paged(string listPath, int page) => page <= 1 ? listPath : $"{listPath}page/{page}/";
}
