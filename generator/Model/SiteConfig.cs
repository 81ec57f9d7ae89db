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
    /// <summary>党政机关标识: shown when both its verification address and its image are filled.</summary>
    public ConacMark Conac { get; init; } = new();
    /// <summary>我为政府网站找错: the error-report address; null when not written (the footer then uses the national platform's).</summary>
    public Located<string>? ErrorReport { get; init; }
    /// <summary>咨询建言与社会监督: the public's channels listed on /feedback/.</summary>
    public FeedbackChannels Feedback { get; init; } = new();
    /// <summary>政务新媒体: the department's accounts, in the order written; empty shows nothing.</summary>
    public IReadOnlyList<NewMediaAccount> NewMedia { get; init; } = [];
    /// <summary>浏览器编辑: the published editor's backend and review; the default edits only locally.</summary>
    public EditingSettings Editing { get; init; } = new();
    /// <summary>定期调度: how often the office dispatches (每月, 季度 or 半年; checked by validation).</summary>
    public Located<string>? DispatchEvery { get; init; }
    /// <summary>The cadence in force: the written one when valid, else 季度.</summary>
    public string DispatchCadence => DispatchEvery is { } e && DispatchCadences.All.Contains(e.Value) ? e.Value : DispatchCadences.Default;
}

/// <summary>The 党政机关标识 (conac.cn): the image under content/media and the address that verifies it.</summary>
public sealed record ConacMark
{
    public Located<string>? Url { get; init; }
    public Located<string>? Logo { get; init; }
    public bool IsFilled => Url is { Value.Length: > 0 } && Logo is { Value.Length: > 0 };
}

/// <summary>The department's own channels for questions, suggestions and supervision; no form posting to another host.</summary>
public sealed record FeedbackChannels
{
    /// <summary>The department's own message system (留言系统).</summary>
    public Located<string>? Url { get; init; }
    public string Phone { get; init; } = "";
    public string Email { get; init; } = "";
    public string Address { get; init; } = "";
    public bool IsEmpty => Url is not { Value.Length: > 0 } && Phone.Length == 0 && Email.Length == 0 && Address.Length == 0;
}

public sealed record ContactInfo
{
    public string Address { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Email { get; init; } = "";
}
