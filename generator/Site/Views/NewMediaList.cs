namespace Portal.Site;

/// <summary>The department's 政务新媒体 accounts as the footer and 关于本站 list them; null where site.yml lists none.</summary>
public sealed record NewMediaList
{
    public required string Title { get; init; }
    public required IReadOnlyList<NewMediaAccountView> Accounts { get; init; }
}

public sealed record NewMediaAccountView
{
    public required string Platform { get; init; }
    public required string Name { get; init; }
    /// <summary>The account's page on its platform (a link to another host), or null.</summary>
    public required string? Url { get; init; }
    public required string QrUrl { get; init; }
    /// <summary>The QR code's alternative text, composed from the platform and the name (theme.yml newMedia.qrAlt).</summary>
    public required string QrAlt { get; init; }
}
