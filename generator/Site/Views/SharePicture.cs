namespace Portal.Site;

/// <summary>A page's picture for sharing: its link (the poster draws it, from the same origin) and its absolute address (og:image).</summary>
public sealed record SharePicture
{
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }

    /// <summary>The picture at site path <paramref name="sitePath"/> (media/…), or null when there is none.</summary>
    public static SharePicture? At(SiteUrls urls, string? sitePath) =>
        sitePath is null ? null : new SharePicture { Url = urls.Href(sitePath), AbsoluteUrl = urls.Absolute(sitePath) };
}
