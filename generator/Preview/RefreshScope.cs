using System.Text.Json;
using Portal.Site;

namespace Portal.Preview;

/// <summary>
/// Which open tabs an update concerns, as the "reload" event's data: "*" (every tab), or a JSON list of page addresses
/// ("/stories/2025/x/"). A tab whose page is not listed keeps its place: an edit to one story no longer reloads the
/// editor's other tabs, and a tab is never left showing a page the update changed.
/// </summary>
public static class RefreshScope
{
    public const string Everything = "*";

    /// <summary>Past this many pages, a list is longer than the reloads it saves.</summary>
    private const int MostPagesListed = 500;

    /// <param name="changed">Output files an update wrote or removed (<see cref="Build.BuildResult.Changed"/>); null: every file.</param>
    public static string Of(IReadOnlyList<string>? changed)
    {
        if (changed is null) return Everything;
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in changed)
        {
            if (PageOf(file) is not { } page) continue;
            if (page == Everything || pages.Count >= MostPagesListed) return Everything;
            pages.Add(page);
        }
        return JsonSerializer.Serialize(pages);
    }

    /// <summary>Pages, one after a quick story edit.</summary>
    public static string OfPages(params string[] sitePaths) => JsonSerializer.Serialize(sitePaths.Select(p => "/" + p));

    /// <summary>The page a changed file shows in, null for files no page shows, <see cref="Everything"/> for files many pages use.</summary>
    private static string? PageOf(string file)
    {
        if (file.EndsWith("/index.html", StringComparison.Ordinal)) return "/" + file[..^"index.html".Length];
        if (file == "index.html") return "/";
        // A page's QR codes are made from its address alone: they come and go with the page.
        foreach (var code in (string[])[Routes.QrCodeFile, Routes.QrCodePngFile])
            if (file.EndsWith("/" + code, StringComparison.Ordinal)) return "/" + file[..^code.Length];
        // The search page reads its index; the feed, the sitemap, robots.txt and the tables are read by no page.
        if (file.StartsWith(Routes.SearchIndexPreview, StringComparison.Ordinal)) return "/" + Routes.Search;
        if (file is Routes.Feed or Routes.SitemapXml or Routes.Robots || file.EndsWith(".csv", StringComparison.Ordinal)) return null;
        // Stylesheets, scripts, pictures, the 404 page, QR codes: whoever shows them reloads.
        return Everything;
    }
}
