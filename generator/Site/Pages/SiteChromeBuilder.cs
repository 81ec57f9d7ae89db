using Portal.Loading;
using Portal.Model;

namespace Portal.Site;

/// <summary>What every page shows around its content: header, navigation, the columns row, footer, assets.</summary>
internal static class SiteChromeBuilder
{
    public static SiteChrome Build(PageContext context, ThemeAssets assets, int? pullRequest)
    {
        var (site, text, urls) = (context.Site, context.Text, context.Urls);
        var config = site.Config;
        var contactPage = site.Pages.FirstOrDefault(p => p.Source.Slug == "contact");
        string Section(string key) => urls.Href(PageSources.SectionPath(key));
        return new SiteChrome
        {
            Title = config.Title,
            ShortTitle = config.ShortTitle,
            Description = config.Description,
            HomeUrl = urls.Href(Routes.Home),
            SearchUrl = urls.Href(Routes.Search),
            FeedUrl = urls.Href(Routes.Feed),
            StylesheetUrl = urls.Href(assets.SitePath("css/site.css")),
            PreferencesScriptUrl = urls.Href(assets.SitePath("js/preferences.js")),
            ReadAloudScriptUrl = urls.Href(assets.SitePath("js/read-aloud.js")),
            SearchScriptUrl = urls.Href(assets.SitePath("js/search.js")),
            CoverageScriptUrl = urls.Href(assets.SitePath("js/coverage-filter.js")),
            SearchWorkerUrl = urls.Href(assets.SitePath("js/search-worker.js")),
            IconUrl = urls.Href(assets.SitePath("icons/favicon.svg")),
            PosterScriptUrl = urls.Href(assets.SitePath("js/share-poster.js")),
            ShareImageUrl = urls.Absolute(assets.SitePath("images/share-default.png")),
            Navigation = text.Navigation.Where(context.HasPage).Select(k => new NavLink { Key = k, Text = text.Section(k).NavText, Url = Section(k) }).ToList(),
            Columns = Columns(context),
            FooterLinks = site.Pages.Select(p => new Link { Text = p.Title, Url = p.Url })
                .Concat(text.Footer.Where(context.HasPage).Select(k => new Link { Text = text.Section(k).FooterText, Url = Section(k) }))
                .ToList(),
            Organizer = config.Organizer,
            Operator = config.Operator,
            ContactAddress = config.Contact.Address,
            ContactPhone = config.Contact.Phone,
            ContactEmail = config.Contact.Email,
            ContactUrl = contactPage?.Url ?? "",
            Icp = config.Icp,
            IcpUrl = GovernmentPlatforms.IcpQuery,
            PublicSecurityFiling = config.PublicSecurityFiling,
            PublicSecurityFilingUrl = config.PublicSecurityFiling.Length > 0 ? GovernmentPlatforms.PublicSecurityQuery(config.PublicSecurityFiling) : "",
            PublicSecurityBadgeUrl = urls.Href(assets.SitePath("icons/public-security.svg")),
            SiteCode = config.SiteCode,
            SiteDomain = urls.BaseUrl.Host,
            ConacUrl = config.Conac.IsFilled ? config.Conac.Url!.Value.Value : "",
            ConacLogoUrl = config.Conac.IsFilled ? urls.Media(config.Conac.Logo!.Value.Value) : "",
            ErrorReportUrl = config.ErrorReport?.Value
                ?? (config.SiteCode.Length > 0 ? GovernmentPlatforms.ErrorReport(config.SiteCode) : ""),
            NewMedia = context.NewMedia,
            ContentSecurityPolicy = text.ContentSecurityPolicy,
            PreviewBanner = pullRequest is { } number ? text.Label("previewBanner", ("number", number)) : "",
        };
    }

    /// <summary>
    /// The columns row (theme.yml `columns`): a story type by its slug, or a section. A column without stories has no
    /// page, so it is not shown: inspections count an empty column against a site (`check` warns about it).
    /// </summary>
    private static List<NavLink> Columns(PageContext context)
    {
        var columns = new List<NavLink>();
        foreach (var key in context.Text.Columns)
        {
            // A section first: 典型案例 (`cases`) is both a section (/cases/, with its kinds) and a form's slug.
            var storyType = PageSources.Sections.Contains(key) ? null : StoryType.All.FirstOrDefault(t => t.Slug == key);
            var (label, path) = storyType is not null ? (storyType.Name, Routes.Type(storyType)) : (context.Title(key), PageSources.SectionPath(key));
            if (context.Site.KnownPaths.Contains(path)) columns.Add(new NavLink { Key = key, Text = label, Url = context.Urls.Href(path) });
        }
        return columns;
    }
}
