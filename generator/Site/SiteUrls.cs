namespace Portal.Site;

/// <summary>
/// Turns site paths ("stories/2025/x/") into links. Every link in the site comes from here, so the whole
/// site works under a sub-path such as GitHub Pages' /portal/.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(Uri baseUrl)
    {
        BaseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        BasePath = BaseUrl.AbsolutePath;
        baseText = BaseUrl.AbsoluteUri;
    }

    private readonly string baseText;

    public Uri BaseUrl { get; }

    /// <summary>Path prefix of the site on its host: "/" or "/portal/".</summary>
    public string BasePath { get; }

    /// <summary>A root-relative link including the base path, percent-encoded.</summary>
    public string Href(string sitePath) => BasePath + Encode(sitePath);

    /// <summary>The link of a media file as content writes it ("media/2025/a.jpg", "/media/…").</summary>
    public string Media(string src) => Href(Portal.Model.MediaPath.Normalize(src) ?? src);

    /// <summary>An absolute URL for feeds, sitemaps, canonical links and QR codes.</summary>
    public string Absolute(string sitePath) => baseText + Encode(sitePath);

    /// <summary>Encodes each segment (Chinese tag names become %E5…) and keeps separators and fragments readable.</summary>
    public static string Encode(string sitePath)
    {
        // Most paths (stories, tasks, assets) are plain ASCII and need no work: this runs for every link of every page.
        if (!sitePath.AsSpan().ContainsAnyExcept(PlainPathCharacters)) return sitePath;
        var hash = sitePath.IndexOf('#');
        var path = hash >= 0 ? sitePath[..hash] : sitePath;
        var fragment = hash >= 0 ? "#" + Uri.EscapeDataString(sitePath[(hash + 1)..]) : "";
        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + fragment;
    }

    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");
}
