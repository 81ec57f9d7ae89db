namespace Portal.Model;

/// <summary>
/// One of the department's 政务新媒体 accounts (site.yml `newMedia`), shown with its QR code in every page's footer and
/// on 关于本站. The platform is one of the field's choices (checked by the field rules); the QR code's alternative text
/// is composed from the platform and the name, so it cannot be left out.
/// </summary>
public sealed record NewMediaAccount
{
    public required string Platform { get; init; }
    public required string Name { get; init; }
    /// <summary>The account's page on its platform; null when not written.</summary>
    public Located<string>? Url { get; init; }
    /// <summary>The QR code image under content/media/ (checked to exist by validation).</summary>
    public required Located<string> Qr { get; init; }
}
