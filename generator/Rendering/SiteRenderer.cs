using Portal.Output;
using Portal.Search;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>Stage 4: renders every page and machine-readable file of the site into an output folder.</summary>
public sealed class SiteRenderer(SiteModel site, TemplateEngine templates, AssetManifest assets)
{
    /// <summary>Page kinds that get a share QR code: the pages people forward, not list pages.</summary>
    private static readonly HashSet<string> SharedKinds = ["story", "task", "notice", "mechanism", "page", "department"];

    /// <summary>
    /// Fingerprint of everything outside the stories that pages show: theme, non-story content, options. A page
    /// whose own fingerprint and this one are unchanged is not rendered again (see <see cref="OutputFolder.IsPublished"/>).
    /// </summary>
    public ulong SiteInputs { get; init; }

    /// <summary>Keeps the search index between the builds of `serve`; a full build makes a fresh one.</summary>
    public SearchIndex SearchIndex { get; init; } = new();

    /// <summary>HTML pages rendered by the last <see cref="Render"/> (the others were already published as they are).</summary>
    public int PagesRendered => pagesRendered;

    /// <summary>Receives the rendering steps and the count of pages done.</summary>
    public Diagnostics.IBuildProgress? Progress { get; init; }

    private int pagesRendered;
    private int pagesDone;
    private int pageCount;

    public void Render(OutputFolder output)
    {
        var markdown = new MarkdownRenderer(site.Urls);
        var siteView = CreateSiteView();
        var catalog = new PageCatalog(site, markdown);
        var pages = catalog.All().ToArray();
        var indexed = pages.Where(p => !p.NoIndex).Select(p => (p.Path, p.DateIso)).ToList();
        Diagnostics.StageTimer.Mark("page catalog");

        pagesRendered = 0;
        pagesDone = 0;
        pageCount = pages.Length + 1;
        Parallel.For(0, pages.Length, i =>
        {
            RenderPage(pages[i], siteView, output);
            pages[i] = null!; // a rendered page's view holds its body HTML: let it go (50,000 of them do not fit in memory)
        });
        Diagnostics.StageTimer.Mark("render pages");
        // After the pages: rendering released the stories' syntax trees, so the index is built without them in memory.
        var searchPage = catalog.SearchPage(site.Urls.Href(WriteSearchIndex(output)));
        RenderPage(searchPage, siteView, output);
        indexed.Add((searchPage.Path, searchPage.DateIso));
        Progress?.Report("写入订阅、站点地图和附件");

        output.WriteBytes(Routes.Feed, AtomFeed.Write(site));
        output.WriteBytes(Routes.SitemapXml, SitemapXml.Write(site.Urls, indexed));
        output.WriteBytes(Routes.TaskLedgerCsv, LedgerCsv.Write(site.Tasks));
        output.WriteText(Routes.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(Routes.SitemapXml)}\n");
        // GitHub Pages would otherwise run Jekyll, which hides folders starting with "_".
        output.WriteText(".nojekyll", "");
        foreach (var (source, sitePath) in assets.Files) output.Copy(source, sitePath);
        foreach (var media in site.MediaFiles) output.Copy(Path.Combine(ContentRoot, media), media);
        Diagnostics.StageTimer.Mark("feeds, assets, media");
    }

    /// <summary>Builds (or updates) the search index and writes it; returns its folder.</summary>
    private string WriteSearchIndex(OutputFolder output)
    {
        Progress?.Report("生成搜索索引");
        var documents = SearchDocumentSource.Collect(site);
        Diagnostics.StageTimer.Mark("search documents");
        var facets = new SearchFacets(
            Model.StoryType.All.Select(t => t.Name).ToArray(),
            site.Tasks.Select(t => new SearchFacets.TaskFacet(t.Number, t.Title, t.Url)).ToArray(),
            site.Departments.Select(d => new SearchFacets.DepartmentFacet(d.Slug, d.Name)).ToArray());
        var index = SearchIndex.Update(documents, facets);
        Diagnostics.StageTimer.Mark($"search index ({SearchIndex.DocumentsWeighed} weighed)");
        Parallel.ForEach(index.Files, file => output.WriteBytes(file.Path, file.Bytes, file.Hash));
        Diagnostics.StageTimer.Mark("search index write");
        return index.FolderPath;
    }

    /// <summary>Where media files are copied from; set by the build from the loaded content.</summary>
    public required string ContentRoot { get; init; }

    private void RenderPage(PageView page, SiteView siteView, OutputFolder output)
    {
        Progress?.Report("生成页面", Interlocked.Increment(ref pagesDone), pageCount);
        page.Url = site.Urls.Href(page.Path);
        page.CanonicalUrl = site.Urls.Absolute(page.Path);
        page.FullTitle = page.Path == Routes.Home ? page.Title : $"{page.Title} - {site.Config.ShortTitle}";
        if (SharedKinds.Contains(page.Kind) && page.Pagination is not { Current: > 1 })
        {
            // A QR code depends on the page's address only: an edited story keeps its code.
            var qrPath = page.Path + "qr.svg";
            var qrInputs = new PageInputs().Add(SiteInputs).Add(page.CanonicalUrl).Value;
            if (!output.IsPublished(qrPath, qrInputs)) output.WriteText(qrPath, QrCodeSvg.For(page.CanonicalUrl), qrInputs);
            page.QrUrl = site.Urls.Href(qrPath);
        }
        var fingerprint = Fingerprint(page);
        if (output.IsPublished(page.Path, fingerprint)) return;
        var values = new Dictionary<string, object?> { ["site"] = siteView, ["page"] = page, ["model"] = page.Model };
        var content = templates.Render(page.Template, values);
        values["content"] = content;
        output.WriteText(page.Path, templates.Render("layout", values), fingerprint);
        Interlocked.Increment(ref pagesRendered);
        // Only a story's own page shows its body: let the syntax tree go (it is most of a build's memory; it is
        // parsed again if the page is rendered again).
        if (page.Model is StoryView story) story.Story.Source.Body.ReleaseDocument();
    }

    /// <summary>Everything the page shows: its own fields, the stories it shows (<see cref="PageView.Inputs"/>) and the site-wide inputs.</summary>
    private ulong Fingerprint(PageView page)
    {
        var inputs = new PageInputs().Add(SiteInputs).Add(page.Inputs)
            .Add(page.Template).Add(page.Kind).Add(page.Path).Add(page.Title).Add(page.Description).Add(page.Section)
            .Add(page.DateLabel).Add(page.DateText).Add(page.DateIso).Add(page.OpenGraphType).Add(page.NoIndex ? 1 : 0)
            .Add(page.Pagination?.Current ?? 0).Add(page.Pagination?.Total ?? 0);
        foreach (var crumb in page.Breadcrumbs) inputs = inputs.Add(crumb.Text).Add(crumb.Url);
        return inputs.Value;
    }

    private SiteView CreateSiteView()
    {
        var u = site.Urls;
        var config = site.Config;
        var contactPage = site.Pages.FirstOrDefault(p => p.Source.Slug == "contact");
        return new SiteView
        {
            Title = config.Title,
            ShortTitle = config.ShortTitle,
            Description = config.Description,
            HomeUrl = u.Href(Routes.Home),
            SearchUrl = u.Href(Routes.Search),
            FeedUrl = u.Href(Routes.Feed),
            StylesheetUrl = u.Href(assets.SitePath("css/site.css")),
            PreferencesScriptUrl = u.Href(assets.SitePath("js/preferences.js")),
            SearchScriptUrl = u.Href(assets.SitePath("js/search.js")),
            SearchWorkerUrl = u.Href(assets.SitePath("js/search-worker.js")),
            IconUrl = u.Href(assets.SitePath("icons/favicon.svg")),
            Navigation =
            [
                new NavLink("home", "首页", u.Href(Routes.Home)),
                new NavLink("notice", "通知原文", u.Href(Routes.Notice)),
                new NavLink("mechanism", "工作机制", u.Href(Routes.Mechanism)),
                new NavLink("tasks", "重点任务", u.Href(Routes.Tasks)),
                new NavLink("departments", "部门单位", u.Href(Routes.Departments)),
                new NavLink("stories", "工作动态", u.Href(Routes.Stories)),
            ],
            FooterLinks = site.Pages.Select(p => new Link(p.Title, p.Url))
                .Append(new Link("网站地图", u.Href(Routes.SiteMap)))
                .Append(new Link("订阅", u.Href(Routes.Feed)))
                .ToList(),
            Organizer = config.Organizer,
            Operator = config.Operator,
            ContactAddress = config.Contact.Address,
            ContactPhone = config.Contact.Phone,
            ContactEmail = config.Contact.Email,
            ContactUrl = contactPage?.Url ?? "",
            Icp = config.Icp,
            PublicSecurityFiling = config.PublicSecurityFiling,
            SiteCode = config.SiteCode,
            ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; " +
                "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
        };
    }
}
