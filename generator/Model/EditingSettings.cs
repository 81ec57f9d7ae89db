namespace Portal.Model;

/// <summary>
/// site.yml's `editing`: where the published browser editor (/admin/) saves stories and whether each goes through review
/// as a pull request. Null backend: editing only in the local preview (`serve`).
/// </summary>
public sealed record EditingSettings
{
    /// <summary>One of <see cref="EditingBackends"/>, or null when not configured.</summary>
    public string? Backend { get; init; }
    public string Repo { get; init; } = "";
    public string Branch { get; init; } = "main";
    /// <summary>github: the OAuth relay; forgejo: the server.</summary>
    public string Server { get; init; } = "";
    /// <summary>forgejo: the public OAuth2 client's id (PKCE, no secret).</summary>
    public string AppId { get; init; } = "";
    /// <summary>Every story becomes a pull request that an approver merges (the CMS's editorial workflow).</summary>
    public bool Review { get; init; } = true;
    /// <summary>Where the backend was written, for messages.</summary>
    public int Line { get; init; }
    public int Column { get; init; }
}

/// <summary>The remote backends the editor supports with review (both have the CMS's editorial workflow).</summary>
public static class EditingBackends
{
    public const string GitHub = "github";
    public const string Forgejo = "forgejo";
}
