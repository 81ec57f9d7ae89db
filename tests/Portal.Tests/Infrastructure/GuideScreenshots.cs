namespace Portal.Tests.Infrastructure;

/// <summary>
/// The pictures of the editors' guide (content/README.md), kept in docs/editor-guide/ and made by the tests that do what
/// they show: with PORTAL_ACCEPT_SCREENSHOTS=1 a run writes them there, otherwise into the temporary folder (the steps
/// still run and are checked). Schema/ContentGuideTests ties the guide's images to <see cref="All"/>.
/// </summary>
public static class GuideScreenshots
{
    public static bool Accept => Environment.GetEnvironmentVariable("PORTAL_ACCEPT_SCREENSHOTS") == "1";

    public static string Folder => Path.Combine(RepositoryPaths.Root, "docs", "editor-guide");

    /// <summary>
    /// The office's pictures, in the guide's order: the public progress page, then the draft report's first page as
    /// LibreOffice prints it. (The ledger is not shown: fitted to a landscape page its columns are too small to read in a picture.)
    /// </summary>
    public static readonly IReadOnlyList<string> Office = ["12-progress-board.png", "13-report-draft.png"];

    /// <summary>Every picture of the guide, in the order the guide shows them: the publishing steps (section 〇) and 提交审核 after local editing, then the office's and the share poster (section 三之二), then 复制公众号版 (三之三).</summary>
    public static IReadOnlyList<string> All => [.. Browser.CmsPublishingTests.GuideShots, .. Browser.CmsHandoffTests.GuideShots, .. Office, Browser.SharePosterTests.GuideShot, Browser.WeChatCopyTests.GuideShot];

    /// <summary>Where a picture of the guide is written in this run.</summary>
    public static string PathOf(string name)
    {
        Assert.Contains(name, All);
        var path = Accept ? Path.Combine(Folder, name) : Path.Combine(Path.GetTempPath(), "portal-guide-" + name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
