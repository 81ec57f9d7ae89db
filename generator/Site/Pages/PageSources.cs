namespace Portal.Site;

/// <summary>
/// Every page kind, in the order the site lists its pages (sitemap.xml) and its search documents. The page tree, the
/// link check's known paths, the section addresses of theme.yml and the tests' page-kind lists all come from here.
/// </summary>
public static class PageSources
{
    /// <summary>Every <see cref="IPageSource"/> of the generator, by <see cref="IPageSource.Order"/>: a new kind needs no list entry.</summary>
    public static IReadOnlyList<IPageSource> All { get; } = typeof(IPageSource).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPageSource).IsAssignableFrom(t))
        .Select(t => (IPageSource)Activator.CreateInstance(t)!)
        .OrderBy(s => s.Order)
        .ToList();


    private static readonly Dictionary<string, string> SectionPaths = All
        .Select(s => s.Landing).OfType<Landing>()
        .Select(l => (l.Section, l.Path))
        .Concat(Routes.OutputFiles.Where(f => f.Section is not null).Select(f => (Section: f.Section!, f.Path)))
        .ToDictionary(x => x.Section, x => x.Path, StringComparer.Ordinal);

    /// <summary>Every theme.yml section that has an address.</summary>
    public static IReadOnlyCollection<string> Sections => SectionPaths.Keys;

    /// <summary>The address of a section named in theme/theme.yml: the first page of the kind that lands there.</summary>
    public static string SectionPath(string section) =>
        SectionPaths.TryGetValue(section, out var path) ? path : throw new KeyNotFoundException($"theme/theme.yml names an unknown section “{section}”");

    /// <summary>Every site path the build publishes: the pages of every kind, the files beside them and the media.</summary>
    public static HashSet<string> KnownPaths(SiteModel site)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in All) known.UnionWith(source.Paths(site));
        foreach (var (_, path) in Routes.OutputFiles) known.Add(path);
        known.UnionWith(site.MediaFiles);
        return known;
    }
}
