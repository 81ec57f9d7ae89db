using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>
/// The lean Hugo site build speed is compared with (hugo-site/ beside this file; its README says how it is built):
/// a private copy of the site, the corpus's stories alone in Hugo's format, and cold builds with a fresh, empty
/// output and cache folder each time. It also knows which pages the stories should give, to check Hugo's output.
/// </summary>
public sealed partial class HugoSite
{
    /// <summary>Stories per list page (hugo-site/hugo.toml <c>paginate</c>).</summary>
    private const int PerPage = 20;

    /// <summary>Items in the home page's feed (layouts/_default/rss.xml takes the first 20 stories).</summary>
    private const int FeedItems = 20;

    public static string Source => Path.Combine(RepositoryPaths.Root, "tests", "Portal.Benchmarks", "hugo-site");

    /// <summary>Hugo from apt (0.111.3 on Debian), or null when it is not installed.</summary>
    public static string? Binary => File.Exists("/usr/bin/hugo") ? "/usr/bin/hugo" : null;

    private readonly Dictionary<string, Dictionary<string, int>> terms = HugoStory.Taxonomies.ToDictionary(t => t, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private int stories;

    public HugoSite(string work)
    {
        Site = Path.Combine(work, "site");
        Corpus = Path.Combine(work, "corpus");
        Output = Path.Combine(work, "out");
        Cache = Path.Combine(work, "cache");
        if (Directory.Exists(work)) Directory.Delete(work, true);
        TempFolder.CopyDirectory(Source, Site); // a private copy: Hugo writes nothing into the repository
        Directory.CreateDirectory(Corpus);
    }

    public string Site { get; }

    public string Corpus { get; }

    public string Output { get; }

    public string Cache { get; }

    /// <summary>The site with the first <paramref name="count"/> stories of the corpus (the same seed as <see cref="StoryCorpus.Write"/>).</summary>
    public static HugoSite Prepare(string work, int count)
    {
        var site = new HugoSite(work);
        foreach (var story in new StoryCorpus().Stories(count)) site.Add(story);
        return site;
    }

    /// <summary>Writes one story as <c>stories/YYYY/&lt;slug&gt;.md</c> (our file name, so the links between stories agree).</summary>
    public void Add(StoryCorpus.Story story)
    {
        var text = HugoStory.FromPortal(story.Text);
        var target = Path.Combine(Corpus, story.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
        stories++;
        var (fields, _) = HugoStory.Split(text);
        foreach (var taxonomy in HugoStory.Taxonomies)
        {
            foreach (var term in HugoStory.Values(fields[taxonomy]).Distinct())
                terms[taxonomy][term] = terms[taxonomy].GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>One cold build as the README says: fresh, empty out/ and cache/, no build lock, quiet.</summary>
    public Measured Build(string hugo)
    {
        foreach (var folder in new[] { Output, Cache })
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
            Directory.CreateDirectory(folder);
        }
        return Measured.Run(hugo, ["--source", Site, "--contentDir", Corpus, "--destination", Output, "--cacheDir", Cache, "--noBuildLock", "--quiet"]);
    }

    [GeneratedRegex("<item>")]
    private static partial Regex FeedItem();

    [GeneratedRegex("<loc>")]
    private static partial Regex SitemapUrl();

    /// <summary>
    /// Hugo's output against the page set the stories should give: a page per story, the stories' list pages, each
    /// taxonomy's overview, terms and term list pages (20 stories a page), the feed and the sitemap. Returns one line
    /// per check and whether all agree. Hugo also writes a redirect at page/1/ of every list: counted, not checked.
    /// </summary>
    public (IReadOnlyList<string> Lines, bool Ok) Check()
    {
        var files = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Split(Path.DirectorySeparatorChar)).ToList();
        var lines = new List<string>();
        var ok = true;
        void Expect(string what, long actual, long expected)
        {
            var agrees = actual == expected;
            ok &= agrees;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: {actual:N0}{(agrees ? "" : $", expected {expected:N0} — MISMATCH")}"));
        }
        static bool IsPage(string[] p, int length) => p.Length == length && p[^1] == "index.html";
        static bool IsRedirect(string[] p) => p.Length >= 3 && p[^3] == "page" && p[^2] == "1" && p[^1] == "index.html";
        static int Pages(int count) => (count + PerPage - 1) / PerPage;

        Expect("story pages", files.Count(p => IsPage(p, 4) && p[0] == "stories" && p[1] != "page"), stories);
        Expect("story list pages", files.Count(p => p[0] == "stories" && (IsPage(p, 2) || (IsPage(p, 4) && p[1] == "page" && !IsRedirect(p)))), Pages(stories));
        foreach (var taxonomy in HugoStory.Taxonomies)
        {
            var inTaxonomy = files.Where(p => p[0] == taxonomy).ToList();
            Expect($"{taxonomy} overview", inTaxonomy.Count(p => IsPage(p, 2)), 1);
            Expect($"{taxonomy} terms", inTaxonomy.Where(p => IsPage(p, 3) && p[1] != "page").Select(p => p[1]).Distinct().Count(), terms[taxonomy].Count);
            Expect($"{taxonomy} term list pages",
                inTaxonomy.Count(p => (IsPage(p, 3) && p[1] != "page") || (IsPage(p, 5) && p[2] == "page" && !IsRedirect(p))),
                terms[taxonomy].Values.Sum(Pages));
        }
        Expect("feed items (index.xml)", File.Exists(Path.Combine(Output, "index.xml")) ? FeedItem().Count(File.ReadAllText(Path.Combine(Output, "index.xml"))) : -1, Math.Min(FeedItems, stories));
        // Home, the stories section, the taxonomies' overviews, every term and every story; list pages after the first are not in it.
        Expect("sitemap URLs", File.Exists(Path.Combine(Output, "sitemap.xml")) ? SitemapUrl().Count(File.ReadAllText(Path.Combine(Output, "sitemap.xml"))) : -1,
            2 + HugoStory.Taxonomies.Count + terms.Values.Sum(t => t.Count) + stories);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"page/1/ redirects (Hugo's aliases of each list's first page, counted in its HTML files): {files.Count(IsRedirect):N0}"));
        return (lines, ok);
    }
}
