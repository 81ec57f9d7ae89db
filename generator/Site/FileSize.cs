using System.Globalization;

namespace Portal.Site;

/// <summary>A download's size as Chinese government sites write it beside the link: KB below a megabyte, else MB.</summary>
public static class FileSize
{
    private const double Kilobyte = 1024;
    private const double Megabyte = 1024 * 1024;

    public static string Format(long bytes) => bytes < Megabyte
        ? Math.Max(1, Math.Ceiling(bytes / Kilobyte)).ToString("0", CultureInfo.InvariantCulture) + " KB"
        : (bytes / Megabyte).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
