namespace Portal.Model;

/// <summary>Editors write media paths as media/2025/a.jpg or /media/2025/a.jpg; both mean content/media/2025/a.jpg.</summary>
public static class MediaPath
{
    public static bool IsMediaReference(string url) =>
        url.StartsWith("media/", StringComparison.Ordinal) || url.StartsWith("/media/", StringComparison.Ordinal);

    /// <summary>The path relative to content/, or null when it is not a media path or tries to leave the folder.</summary>
    public static string? Normalize(string url)
    {
        var path = url.TrimStart('/').Split('?', '#')[0];
        if (!path.StartsWith("media/", StringComparison.Ordinal)) return null;
        try
        {
            path = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
        return path.Split('/').Any(s => s is ".." or "." or "") || path.Contains('\\') ? null : path;
    }
}
