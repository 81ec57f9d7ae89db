namespace Portal.Model;

/// <summary>Dates the content itself carries, known as soon as it is loaded.</summary>
public static class ContentDates
{
    /// <summary>
    /// The newest of the notice's issue date, the newest published story's date (drafts too with
    /// <paramref name="includeDrafts"/>) and the static pages' <c>updated</c>: the dates the site model's LastUpdated
    /// is the newest of (Site/SiteModelBuilder). Null when the content carries none of them.
    /// </summary>
    public static DateOnly? Newest(ContentSet content, bool includeDrafts)
    {
        DateOnly? newest = content.Notice?.IssueDate;
        foreach (var story in content.Stories)
            if (!story.Incomplete && (includeDrafts || !story.Draft)) newest = Max(newest, story.Date.Value);
        foreach (var page in content.Pages) newest = Max(newest, page.Updated);
        return newest;
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
