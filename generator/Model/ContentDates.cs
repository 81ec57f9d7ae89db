namespace Portal.Model;

/// <summary>Dates the content itself carries, known as soon as it is loaded.</summary>
public static class ContentDates
{
    /// <summary>
    /// The newest date the content carries: <see cref="NewestShown"/> and the static pages' <c>updated</c>. A build
    /// without `--as-of` (or a commit) is dated by it. Null when the content carries none of them.
    /// </summary>
    public static DateOnly? Newest(ContentSet content, bool includeDrafts)
    {
        var newest = NewestShown(content, includeDrafts);
        foreach (var page in content.Pages) newest = Max(newest, page.Updated);
        return newest;
    }

    /// <summary>
    /// The newest of the notice's dates and the newest published story's date (drafts too with
    /// <paramref name="includeDrafts"/>): the site's 更新日期 (SiteModel.Newest).
    /// </summary>
    public static DateOnly? NewestShown(ContentSet content, bool includeDrafts)
    {
        var newest = Max(content.Notice?.IssueDate, content.Notice?.PublishDate);
        foreach (var story in content.Stories)
            if (!story.Incomplete && (includeDrafts || !story.Draft)) newest = Max(newest, story.Date.Value);
        return newest;
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
