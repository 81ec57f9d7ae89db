using System.Diagnostics;
using System.Xml.Linq;
using Portal.LinkCheck;

// usage: dotnet run --project tests/Portal.LinkCheck -c Release -- SITE_FOLDER [BASE_URL]
// Checks every link, asset and #fragment of a built site (HTML, feed, sitemap); exits 1 when one is broken, 2 on a
// usage error. Without BASE_URL, the address the site was built for is read from its sitemap (its home page is the
// shortest address there).
Console.OutputEncoding = System.Text.Encoding.UTF8;
if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Portal.LinkCheck SITE_FOLDER [BASE_URL]   (SITE_FOLDER: a built site such as _site)");
    return 2;
}
var site = args[0];
Uri? baseUrl;
if (args.Length == 2)
{
    if (!Uri.TryCreate(args[1].EndsWith('/') ? args[1] : args[1] + "/", UriKind.Absolute, out baseUrl))
    {
        Console.Error.WriteLine($"not an absolute address: {args[1]}");
        return 2;
    }
}
else if ((baseUrl = BaseUrlOf(site)) is null)
{
    Console.Error.WriteLine($"{Path.Combine(site, "sitemap.xml")} is missing or empty: pass the base address the site was built for");
    return 2;
}

var clock = Stopwatch.StartNew();
var checker = new SiteLinkChecker(site, baseUrl);
var broken = checker.FindBroken();
var github = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
foreach (var problem in broken)
{
    Console.WriteLine(github ? $"::error title=链接失效::{problem}" : $"链接失效：{problem}");
}
Console.WriteLine(broken.Count == 0
    ? $"链接检查通过：{checker.LinksChecked} 个链接和资源都有效（{baseUrl}，{clock.Elapsed.TotalSeconds:0.0} 秒）。"
    : $"链接检查失败：{broken.Count} 个链接或资源失效（共检查 {checker.LinksChecked} 个）。");
return broken.Count == 0 ? 0 : 1;

static Uri? BaseUrlOf(string site)
{
    var sitemap = Path.Combine(site, "sitemap.xml");
    if (!File.Exists(sitemap)) return null;
    var home = XDocument.Load(sitemap).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value.Trim())
        .OrderBy(url => url.Length).ThenBy(url => url, StringComparer.Ordinal).FirstOrDefault();
    return home is not null && Uri.TryCreate(home, UriKind.Absolute, out var uri) ? uri : null;
}
