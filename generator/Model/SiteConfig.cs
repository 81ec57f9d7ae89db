namespace Portal.Model;

/// <summary>content/site.yml: the site's identity and the government footer.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    public required string ShortTitle { get; init; }
    public string Description { get; init; } = "";
    public required Uri BaseUrl { get; init; }
    /// <summary>首页横幅: an optional banner image on the home page.</summary>
    public MediaImage? Banner { get; init; }
    /// <summary>主办单位</summary>
    public string Organizer { get; init; } = "";
    /// <summary>承办单位</summary>
    public string Operator { get; init; } = "";
    public ContactInfo Contact { get; init; } = new();
    /// <summary>ICP备案号</summary>
    public string Icp { get; init; } = "";
    /// <summary>公安备案号</summary>
    public string PublicSecurityFiling { get; init; } = "";
    /// <summary>网站标识码</summary>
    public string SiteCode { get; init; } = "";
}

public sealed record ContactInfo
{
    public string Address { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Email { get; init; } = "";
}
