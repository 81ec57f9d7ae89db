using Portal.Site;

namespace Portal.Rendering;

/// <summary>Lists every HTML page of the site with its view; rendering each is then independent.</summary>
public sealed class PageCatalog(SiteModel site, MarkdownRenderer markdown)
{
    private static readonly Link[] None = [];

    /// <summary>Every page but the search page (see <see cref="SearchPage"/>), in a fixed order.</summary>
    public IEnumerable<PageView> All()
    {
        var u = site.Urls;
        // Every content page shows a date: inspections count an undated item as never updated.
        var noticeDate = site.Notice.PublishDate ?? site.Notice.IssueDate ?? site.LastUpdated;
        var noticeDateText = ChineseDate.Format(noticeDate);
        var noticeDateIso = noticeDate.ToString("yyyy-MM-dd");
        var updatedText = ChineseDate.Format(site.LastUpdated);
        var updatedIso = site.LastUpdated.ToString("yyyy-MM-dd");
        Link Home() => new("首页", u.Href(Routes.Home));
        Link Crumb(string text, string path) => new(text, u.Href(path));
        var everyStory = EveryStory;

        yield return new PageView
        {
            Template = "home", Kind = "home", Title = site.Config.Title, Path = Routes.Home, Section = "home",
            Description = site.Config.Description, Inputs = everyStory,
            Model = new HomeView(site.Tasks, site.Stories.Take(8).ToList(),
                site.Types.First(t => t.Name == Model.StoryType.CaseTypeName).Stories.Take(4).ToList(), site.Mechanism, site.Notice,
                u.Href(Routes.Notice), u.Href(Routes.Tasks), u.Href(Routes.Stories), u.Href(Routes.Mechanism),
                ChineseDate.Format(site.LastUpdated), site.LastUpdated.ToString("yyyy-MM-dd")),
        };

        var notice = NoticeView.Create(site.Notice, markdown, u);
        yield return new PageView
        {
            Template = "notice", Kind = "notice", Title = site.Notice.Title, Path = Routes.Notice, Section = "notice",
            Description = $"{site.Notice.DocumentNumber}，{site.Notice.Title}全文。",
            Breadcrumbs = [Home()], DateLabel = "发布日期",
            DateText = site.Notice.PublishDate is { } pd ? ChineseDate.Format(pd) : null,
            DateIso = site.Notice.PublishDate?.ToString("yyyy-MM-dd"), OpenGraphType = "article",
            Model = notice,
        };

        yield return new PageView
        {
            Template = "mechanism", Kind = "mechanism", Title = site.Mechanism.Source.Title, Path = Routes.Mechanism,
            Section = "mechanism", Description = "专项工作机制的组成和工作职责，依据甘交办〔2025〕2号附件。",
            Breadcrumbs = [Home()], DateLabel = "发布日期", DateText = noticeDateText, DateIso = noticeDateIso,
            Model = new MechanismPageView(site.Mechanism, u.Href(Routes.Notice + "#attachment")),
        };

        yield return new PageView
        {
            Template = "tasks", Kind = "tasks", Title = "重点任务", Path = Routes.Tasks, Section = "tasks",
            Description = "2025年重点推动的九项任务、牵头部门和工作进展台账。", Breadcrumbs = [Home()],
            DateLabel = "更新日期", DateText = ChineseDate.Format(site.LastUpdated), DateIso = site.LastUpdated.ToString("yyyy-MM-dd"),
            Model = new TasksView(site.Tasks, u.Href(Routes.TaskLedgerCsv)), Inputs = everyStory,
        };

        foreach (var task in site.Tasks)
        {
            foreach (var (pagination, stories) in Paginate(task.Path, task.Stories))
            {
                yield return new PageView
                {
                    Template = "task", Kind = "task", Title = PagedTitle($"重点任务{task.Number}：{task.Title}", pagination),
                    Path = Routes.Paged(task.Path, pagination.Current), Section = "tasks",
                    Description = task.Summary, Breadcrumbs = [Home(), Crumb("重点任务", Routes.Tasks)],
                    DateLabel = task.Latest is null ? "发布日期" : "最近进展", DateText = task.Latest?.DateText ?? noticeDateText,
                    DateIso = task.Latest?.DateIso ?? noticeDateIso, Pagination = pagination, OpenGraphType = "article",
                    Model = new TaskView(task, new(() => markdown.ToHtml(task.Source.Body)), stories, pagination.Current == 1),
                    Inputs = new PageInputs().Add(task.Stories.Count).Listing(task.Latest).Listings(stories).Value,
                };
            }
        }

        yield return new PageView
        {
            Template = "departments", Kind = "departments", Title = "部门单位", Path = Routes.Departments, Section = "departments",
            Description = "参与深化“三抓三促”行动的厅机关部门、厅属单位和派驻机构。", Breadcrumbs = [Home()],
            DateLabel = "更新日期", DateText = updatedText, DateIso = updatedIso,
            Model = Model.DepartmentKinds.All
                .Select(k => new DepartmentGroupView(k.Label, site.Departments.Where(d => d.Source.Kind == k.Kind).ToList()))
                .Where(g => g.Departments.Count > 0).ToList(),
            Inputs = everyStory,
        };
        foreach (var department in site.Departments)
        {
            foreach (var (pagination, stories) in Paginate(department.Path, department.Stories))
            {
                yield return new PageView
                {
                    Template = "department", Kind = "department", Title = PagedTitle(department.Name, pagination),
                    Path = Routes.Paged(department.Path, pagination.Current), Section = "departments",
                    Description = $"{department.FullName}牵头的重点任务和相关工作动态。",
                    Breadcrumbs = [Home(), Crumb("部门单位", Routes.Departments)],
                    DateLabel = department.Stories.Count > 0 ? "最近动态" : "发布日期",
                    DateText = department.Stories.FirstOrDefault()?.DateText ?? noticeDateText,
                    DateIso = department.Stories.FirstOrDefault()?.DateIso ?? noticeDateIso, Pagination = pagination,
                    Model = new DepartmentView(department, stories),
                    Inputs = new PageInputs().Add(department.Stories.Count).Listings(stories).Value,
                };
            }
        }

        foreach (var view in StoryLists("工作动态", Routes.Stories, site.Stories, "深化“三抓三促”行动的即时报道、综述评论、专题访谈、宣传短片和典型案例。", [Home()]))
            yield return view;
        foreach (var year in site.Years)
        {
            foreach (var view in StoryLists($"{year.Name}工作动态", year.Path, year.Stories, $"{year.Name}发布的全部稿件。", [Home(), Crumb("工作动态", Routes.Stories)]))
                yield return view;
        }
        yield return new PageView
        {
            Template = "terms", Kind = "types", Title = "稿件类型", Path = Routes.Types, Section = "stories",
            Description = "按宣传形式浏览稿件。", Breadcrumbs = [Home(), Crumb("工作动态", Routes.Stories)],
            DateLabel = "更新日期", DateText = updatedText, DateIso = updatedIso,
            Model = new TermsView(site.Types, false), Inputs = everyStory,
        };
        foreach (var type in site.Types)
        {
            foreach (var view in StoryLists(type.Name, type.Path, type.Stories, type.Description, [Home(), Crumb("稿件类型", Routes.Types)]))
                yield return view;
        }
        yield return new PageView
        {
            Template = "terms", Kind = "tags", Title = "标签", Path = Routes.Tags, Section = "stories",
            Description = "按标签浏览稿件。", Breadcrumbs = [Home(), Crumb("工作动态", Routes.Stories)],
            DateLabel = "更新日期", DateText = updatedText, DateIso = updatedIso,
            Model = new TermsView(site.Tags, true), Inputs = everyStory,
        };
        foreach (var tag in site.Tags)
        {
            foreach (var view in StoryLists($"标签：{tag.Name}", tag.Path, tag.Stories, $"标注为“{tag.Name}”的稿件。", [Home(), Crumb("标签", Routes.Tags)]))
                yield return view;
        }

        foreach (var story in site.Stories)
        {
            yield return new PageView
            {
                Template = "story", Kind = "story", Title = story.Title, Path = story.Path, Section = "stories",
                Description = story.Summary.Length > 0 ? story.Summary : story.Title,
                Breadcrumbs = [Home(), Crumb("工作动态", Routes.Stories), Crumb(story.Year + "年", Routes.StoryYear(story.Year))],
                DateLabel = "发布日期", DateText = story.DateText, DateIso = story.DateIso, OpenGraphType = "article",
                Model = new StoryView(story, new(() => markdown.ToHtml(story.Source.Body))),
                Inputs = new PageInputs().StoryPage(story).Value,
            };
        }

        foreach (var page in site.Pages)
        {
            yield return new PageView
            {
                Template = "page", Kind = "page", Title = page.Title, Path = page.Path, Section = page.Source.Slug,
                Description = page.Summary, Breadcrumbs = [Home()],
                DateLabel = page.UpdatedText is null ? null : "更新日期", DateText = page.UpdatedText, DateIso = page.UpdatedIso,
                Model = new StaticPageView(page, new(() => markdown.ToHtml(page.Source.Body))),
            };
        }

        yield return new PageView
        {
            Template = "sitemap", Kind = "sitemap", Title = "网站地图", Path = Routes.SiteMap, Section = "sitemap",
            Description = "本站全部栏目和页面的索引。", Breadcrumbs = [Home()],
            DateLabel = "更新日期", DateText = ChineseDate.Format(site.LastUpdated), DateIso = site.LastUpdated.ToString("yyyy-MM-dd"),
            Model = new SiteMapView(site, u), Inputs = everyStory,
        };
        yield return new PageView
        {
            Template = "404", Kind = "not-found", Title = "页面未找到", Path = Routes.NotFound, NoIndex = true,
            Description = "您访问的页面不存在或已移动。", Breadcrumbs = None,
            Model = new NotFoundView(site.Tasks),
        };
    }

    /// <summary>The search page, which is rendered last: it names the search index folder, known only once the index is built.</summary>
    /// <param name="searchIndexUrl">Folder of the search index built for this site.</param>
    public PageView SearchPage(string searchIndexUrl)
    {
        var u = site.Urls;
        return new PageView
        {
            Template = "search", Kind = "search", Title = "站内搜索", Path = Routes.Search, Section = "search",
            Description = "搜索通知原文、专项工作机制、重点任务、部门单位和工作动态。", Breadcrumbs = [new("首页", u.Href(Routes.Home))],
            Model = new SearchPageView(site.Tasks, site.Types, site.Years, site.Departments, u.Href(Routes.SiteMap), searchIndexUrl),
            Inputs = new PageInputs().Add(EveryStory).Add(searchIndexUrl).Value,
        };
    }

    private IEnumerable<PageView> StoryLists(string title, string path, IReadOnlyList<StoryEntry> stories, string description, IReadOnlyList<Link> breadcrumbs)
    {
        termCounts ??= TermCounts();
        foreach (var (pagination, page) in Paginate(path, stories))
        {
            yield return new PageView
            {
                Template = "stories", Kind = "stories", Title = PagedTitle(title, pagination), Path = Routes.Paged(path, pagination.Current),
                Section = "stories", Description = description, Breadcrumbs = breadcrumbs, Pagination = pagination,
                DateLabel = "更新日期", DateText = stories.FirstOrDefault()?.DateText ?? ChineseDate.Format(site.LastUpdated),
                DateIso = stories.FirstOrDefault()?.DateIso ?? site.LastUpdated.ToString("yyyy-MM-dd"),
                Model = new StoryListView(title, description, page, site.Years, site.Types),
                Inputs = new PageInputs().Add(termCounts.Value).Listings(page).Value,
            };
        }
    }

    private ulong? termCounts;
    private ulong? everyStory;

    /// <summary>Overview pages (home, indexes, site map, search) show counts and latest stories: they depend on every story's listing.</summary>
    private ulong EveryStory => everyStory ??= new PageInputs().Listings(site.Stories).Value;

    /// <summary>Every story list shows the years and types with their counts.</summary>
    private ulong TermCounts()
    {
        var inputs = new PageInputs();
        foreach (var term in site.Years.Concat(site.Types)) inputs = inputs.Add(term.Name).Add(term.Count);
        return inputs.Value;
    }

    private IEnumerable<(Pagination, IReadOnlyList<StoryEntry>)> Paginate(string path, IReadOnlyList<StoryEntry> stories)
    {
        var count = Pagination.PageCount(stories.Count);
        for (var p = 1; p <= count; p++)
        {
            var first = (p - 1) * Routes.StoriesPerPage;
            var slice = new StoryEntry[Math.Min(Routes.StoriesPerPage, stories.Count - first)];
            for (var i = 0; i < slice.Length; i++) slice[i] = stories[first + i];
            yield return (Pagination.For(path, p, stories.Count, site.Urls), slice);
        }
    }

    private static string PagedTitle(string title, Pagination pagination) =>
        pagination.Current > 1 ? $"{title}（第{pagination.Current}页）" : title;
}
