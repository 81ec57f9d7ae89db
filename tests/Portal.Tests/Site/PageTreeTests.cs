using System.Reflection;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Site;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>The page tree as the outputs read it: pages, their links, their views and the words from theme/theme.yml.</summary>
public sealed class PageTreeTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string content;

    public PageTreeTests() => content = FixtureContent.Create(folder.Combine("content"));

    public void Dispose() => folder.Dispose();

    private PageTree Tree(Action<string>? edit = null)
    {
        edit?.Invoke(content);
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions { ContentDir = content, Today = new DateOnly(2026, 11, 26) };
        var site = SiteBuild.LoadAndValidate(options, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        var theme = LoadedTheme.Load(RepositoryPaths.Theme, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        return PageTreeBuilder.Build(site, theme.Text, theme.Assets, previewSearchIndex: false);
    }

    [Fact]
    public void Every_page_has_its_own_path_and_every_breadcrumb_leads_to_a_page_of_the_tree()
    {
        var tree = Tree();
        Assert.Equal(tree.Pages.Count, tree.Pages.Select(p => p.Path).Distinct().Count());
        var urls = tree.Pages.Select(p => p.Url).ToHashSet();
        var crumbs = tree.Pages.SelectMany(p => p.Breadcrumbs).Select(c => c.Url).Distinct().ToList();
        Assert.NotEmpty(crumbs);
        Assert.All(crumbs, url => Assert.Contains(url, urls));
        Assert.All(tree.Chrome.Navigation, link => Assert.Contains(link.Url, urls));
    }

    [Fact]
    public void The_search_page_names_the_index_folder_and_the_folder_moves_only_with_the_documents()
    {
        var first = Tree();
        var search = first.Pages.Single(p => p.Kind == "search");
        Assert.EndsWith(first.SearchIndexPath, ((SearchPageView)search.Model).IndexUrl);
        Assert.Equal(first.SearchIndexPath, Tree().SearchIndexPath);
        var story = Directory.GetFiles(Path.Combine(content, "stories"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var edited = Tree(_ => File.AppendAllText(story, "\n新增的一句话。\n"));
        Assert.NotEqual(first.SearchIndexPath, edited.SearchIndexPath);
    }

    [Fact]
    public void Navigation_and_site_map_labels_come_from_theme_yml_one_definition_per_section()
    {
        var tree = Tree();
        Assert.Equal(["首页", "通知原文", "工作机制", "重点任务", "部门单位", "工作动态"], tree.Chrome.Navigation.Select(n => n.Text));
        var siteMap = (SiteMapView)tree.Pages.Single(p => p.Kind == "sitemap").Model;
        Assert.Contains(siteMap.Sections, s => s.Text == "专项工作机制");
        Assert.Equal("订阅", tree.Chrome.FooterLinks[^1].Text);
        Assert.StartsWith("default-src 'self'", tree.Chrome.ContentSecurityPolicy);
    }

    [Fact]
    public void Paged_titles_labels_and_descriptions_are_filled_from_theme_yml()
    {
        var tree = Tree();
        Assert.Contains(tree.Pages, p => p.Kind == "stories" && p.Title == "工作动态（第2页）");
        Assert.Contains(tree.Pages, p => p.Kind == "task" && p.Title.StartsWith("重点任务1：", StringComparison.Ordinal));
        Assert.Contains(tree.Pages, p => p.Kind == "story" && p.Breadcrumbs[^1].Text == "2025年");
        Assert.DoesNotContain(tree.Pages, p => p.Description.Contains('{') || p.Title.Contains('{') || p.FullTitle.Contains('{'));
    }

    [Fact]
    public void Only_forwarded_pages_get_a_qr_code_and_only_the_404_page_is_kept_out_of_search_engines()
    {
        var tree = Tree();
        Assert.All(tree.Pages.Where(p => p.QrUrl is not null), p => Assert.Contains(p.Kind, PageSources.All.Where(s => s.Shared).Select(s => s.Kind)));
        Assert.DoesNotContain(tree.Pages, p => p.QrUrl is not null && p.Pagination is { Current: > 1 });
        Assert.Equal(["not-found"], tree.Pages.Where(p => p.NoIndex).Select(p => p.Kind));
        Assert.Equal(tree.Pages.Count - 1, tree.Indexed.Count());
    }

    [Fact]
    public void Feed_and_ledger_come_from_the_tree_newest_first_and_in_task_order()
    {
        var tree = Tree();
        Assert.Equal(20, tree.Feed.Entries.Count);
        Assert.Equal(tree.Feed.Entries.Select(e => e.Date).OrderDescending(), tree.Feed.Entries.Select(e => e.Date));
        Assert.Equal(Enumerable.Range(1, 9), tree.Ledger.Select(r => r.Number));
    }

    /// <summary>Templates see view models only: no type from the loading stage or the content model is reachable from a page.</summary>
    [Fact]
    public void Templates_reach_no_loading_or_content_model_type()
    {
        var tree = Tree();
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(tree.Pages.Select(p => p.Model.GetType()).Append(typeof(Page)).Append(typeof(SiteChrome)).Distinct());
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type)) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var shown = property.PropertyType;
                var types = shown.IsGenericType ? shown.GetGenericArguments().Append(shown) : [shown];
                foreach (var t in types.Select(t => Nullable.GetUnderlyingType(t) ?? t))
                {
                    Assert.False(t.Namespace is "Portal.Model" or "Portal.Loading", $"{type.Name}.{property.Name} shows {t.FullName} to templates");
                    if (t.Namespace == "Portal.Site") pending.Push(t);
                }
            }
        }
        Assert.Contains(typeof(StoryCard), seen);
    }
}
