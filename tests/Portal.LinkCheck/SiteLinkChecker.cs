using System.Collections.Concurrent;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Portal.LinkCheck;

/// <summary>
/// Finds every link and asset reference in a built site (HTML, feed, sitemap) and reports those that do
/// not resolve to a file in the output folder, including #fragments that name no element.
/// </summary>
public sealed class SiteLinkChecker(string outputDir, Uri baseUrl)
{
    private static readonly (string Selector, string Attribute)[] References =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("script[src]", "src"), ("img[src]", "src"),
        ("source[src]", "src"), ("track[src]", "src"), ("video[poster]", "poster"), ("form[action]", "action"),
    ];

    private readonly ConcurrentDictionary<string, HashSet<string>> idsByFile = new();
    private readonly HtmlParser parser = new();

    public int LinksChecked { get; private set; }

    public IReadOnlyList<string> FindBroken()
    {
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var pageUrl = UrlOf(file);
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var (selector, attribute) in References)
            {
                foreach (var element in document.QuerySelectorAll(selector))
                {
                    var value = element.GetAttribute(attribute)!;
                    // A hyperlink may lead to another site (a news outlet's original, the ICP register) when the reader
                    // follows it, without telling it where the reader came from; anything else from another host
                    // would be a request the page itself makes.
                    var navigation = selector == "a[href]" && (element.GetAttribute("rel") ?? "").Split(' ').Contains("noopener")
                        && (element.GetAttribute("rel") ?? "").Split(' ').Contains("noreferrer");
                    var problem = Check(pageUrl, value, navigation);
                    if (problem is not null) broken.Add($"{Path.GetRelativePath(outputDir, file)}: {value} ({problem})");
                }
            }
        }
        foreach (var xml in new[] { "feed.xml", "sitemap.xml" })
        {
            var document = XDocument.Load(Path.Combine(outputDir, xml));
            var urls = document.Descendants().Where(e => e.Name.LocalName is "loc" or "id" && e.Value.StartsWith("http"))
                .Select(e => e.Value)
                .Concat(document.Descendants().Where(e => e.Name.LocalName == "link").Select(e => (string?)e.Attribute("href")).OfType<string>());
            foreach (var url in urls)
            {
                var problem = url.StartsWith(baseUrl.AbsoluteUri, StringComparison.Ordinal) ? Check(baseUrl, url) : "not under the base URL";
                if (problem is not null) broken.Add($"{xml}: {url} ({problem})");
            }
        }
        return broken;
    }

    private Uri UrlOf(string file)
    {
        var relative = Path.GetRelativePath(outputDir, file).Replace('\\', '/');
        if (relative.EndsWith("index.html", StringComparison.Ordinal)) relative = relative[..^"index.html".Length];
        return new Uri(baseUrl, string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)));
    }

    private string? Check(Uri pageUrl, string value, bool navigation = false)
    {
        LinksChecked++;
        if (value.StartsWith("mailto:", StringComparison.Ordinal) || value.StartsWith("tel:", StringComparison.Ordinal)) return null;
        if (!Uri.TryCreate(pageUrl, value, out var target)) return "malformed";
        if (target.Host != baseUrl.Host || target.Scheme != baseUrl.Scheme)
        {
            return navigation && target.Scheme is "https" or "http" ? null : "external request from the site (or a link to another site without rel=\"noopener noreferrer\")";
        }
        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (!path.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal)) return "outside the base path";
        var sitePath = path[baseUrl.AbsolutePath.Length..];
        var file = Path.Combine(outputDir, sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath);
        if (!File.Exists(file)) return "missing file";
        if (target.Fragment.Length > 1 && file.EndsWith(".html", StringComparison.Ordinal))
        {
            var id = Uri.UnescapeDataString(target.Fragment[1..]);
            var ids = idsByFile.GetOrAdd(file, f =>
                parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal));
            if (!ids.Contains(id)) return "missing anchor";
        }
        return null;
    }
}
