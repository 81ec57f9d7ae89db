namespace Portal.Model;

/// <summary>Which link targets can run code in a reader's browser.</summary>
public static class LinkSafety
{
    public static bool IsExecutable(string url)
    {
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so must we.
        if (url.StartsWith('/')) return false; // a path on this host: the common case, and never a scheme
        var compact = string.Concat(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal) || compact.StartsWith("data:", StringComparison.Ordinal)
            || compact.StartsWith("file:", StringComparison.Ordinal);
    }

    public static bool IsExternal(string url) => IsWebAddress(url) || url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>A full http(s) address, as site.yml's addresses and a media source's must be.</summary>
    public static bool IsWebAddress(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
