namespace Portal.Site;

/// <summary>What every page shows around its content (header, navigation, footer, assets); templates see it as `site`.</summary>
public sealed record SiteChrome
{
    public required string Title { get; init; }
    public required string ShortTitle { get; init; }
    public required string Description { get; init; }
    public required string HomeUrl { get; init; }
    public required string SearchUrl { get; init; }
    public required string FeedUrl { get; init; }
    public required string StylesheetUrl { get; init; }
    public required string PreferencesScriptUrl { get; init; }
    /// <summary>The reading tools' 朗读 (browser speech synthesis), loaded deferred on every page.</summary>
    public required string ReadAloudScriptUrl { get; init; }
    public required string SearchScriptUrl { get; init; }
    /// <summary>The 媒体聚焦 page's filter by medium and outlet.</summary>
    public required string CoverageScriptUrl { get; init; }
    public required string SearchWorkerUrl { get; init; }
    public required string IconUrl { get; init; }
    /// <summary>生成分享海报 (canvas, in the reader's browser), loaded deferred on the pages that have a poster.</summary>
    public required string PosterScriptUrl { get; init; }
    /// <summary>Absolute address of the theme's share picture: og:image of the pages without a picture of their own.</summary>
    public required string ShareImageUrl { get; init; }
    public required IReadOnlyList<NavLink> Navigation { get; init; }
    /// <summary>The campaign's columns (the publicity forms, typical cases, progress): only those with stories are linked.</summary>
    public required IReadOnlyList<NavLink> Columns { get; init; }
    public required IReadOnlyList<Link> FooterLinks { get; init; }
    public required string Organizer { get; init; }
    public required string Operator { get; init; }
    public required string ContactAddress { get; init; }
    public required string ContactPhone { get; init; }
    public required string ContactEmail { get; init; }
    public required string ContactUrl { get; init; }
    public required string Icp { get; init; }
    public required string PublicSecurityFiling { get; init; }
    public required string IcpUrl { get; init; }
    /// <summary>The national query page for the 公安机关备案号; "" when there is none.</summary>
    public required string PublicSecurityFilingUrl { get; init; }
    /// <summary>The self-hosted public-security filing badge (no request to another host).</summary>
    public required string PublicSecurityBadgeUrl { get; init; }
    public required string SiteCode { get; init; }
    /// <summary>The host of the site's address, for the SiteDomain page metadata.</summary>
    public required string SiteDomain { get; init; }
    /// <summary>党政机关标识: its verification address and image; both "" unless both are configured.</summary>
    public required string ConacUrl { get; init; }
    public required string ConacLogoUrl { get; init; }
    /// <summary>我为政府网站找错: the configured address, else the national platform's for the 网站标识码, else "".</summary>
    public required string ErrorReportUrl { get; init; }
    /// <summary>政务新媒体: the accounts with their QR codes; null when site.yml lists none (the footer shows nothing).</summary>
    public required NewMediaList? NewMedia { get; init; }
    public required string ContentSecurityPolicy { get; init; }
    /// <summary>The banner of a pull request's preview build (not to be indexed or shared); "" on the public site.</summary>
    public string PreviewBanner { get; init; } = "";
}

/// <summary>A top navigation entry; <see cref="Key"/> matches <see cref="Page.Section"/> for aria-current.</summary>
public sealed record NavLink
{
    public required string Key { get; init; }
    public required string Text { get; init; }
    public required string Url { get; init; }
}
