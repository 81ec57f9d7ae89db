namespace Portal.Site;

/// <summary>
/// The names of the page kinds: the body class of each page, the key tests use to find a page of a kind, and which
/// source (<see cref="PageSources"/>) makes it. A new kind gets its constant here and its source in Kinds/.
/// </summary>
public static class PageKinds
{
    public const string Home = "home";
    public const string Notice = "notice";
    public const string Mechanism = "mechanism";
    public const string Tasks = "tasks";
    public const string Task = "task";
    public const string Progress = "progress";
    public const string Departments = "departments";
    public const string Department = "department";
    /// <summary>Story lists: all stories, a year, a type, a tag.</summary>
    public const string Stories = "stories";
    public const string Types = "types";
    public const string Cases = "cases";
    public const string Coverage = "coverage";
    public const string Tags = "tags";
    public const string Story = "story";
    /// <summary>Static pages from content/pages/ (关于本站, 联系我们…).</summary>
    public const string StaticPage = "page";
    public const string SiteMap = "sitemap";
    public const string NotFound = "not-found";
    public const string Search = "search";
}
