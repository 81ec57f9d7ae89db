using Portal.Build;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Site;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

public sealed class SiteModelTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SiteModel site;

    public SiteModelTests()
    {
        var content = FixtureContent.Create(folder.Combine("content"));
        File.WriteAllText(Path.Combine(content, "stories", "2025", "2025-12-01-draft.md"),
            ContentCase.Story(title: "草稿稿件", date: "2025-12-01", extra: "draft: true"));
        var diagnostics = new DiagnosticBag();
        site = SiteBuild.LoadAndValidate(new BuildOptions { ContentDir = content, Today = new DateOnly(2026, 11, 26) }, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    }

    [Fact]
    public void Stories_are_newest_first_with_prev_next_links()
    {
        var dates = site.Stories.Select(s => s.Date).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        for (var i = 1; i < site.Stories.Count; i++)
        {
            Assert.Same(site.Stories[i - 1], site.Stories[i].Newer);
            Assert.Same(site.Stories[i], site.Stories[i - 1].Older);
        }
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        Assert.DoesNotContain(site.Stories, s => s.Title == "草稿稿件");
        Assert.Equal(FixtureContent.GeneratedStories + 1, site.Stories.Count);
    }

    [Fact]
    public void Story_urls_follow_the_public_url_map()
    {
        var story = site.Stories.Single(s => s.Source.FileStem == "2025-02-25-notice-issued");
        Assert.Equal("stories/2025/2025-02-25-notice-issued/", story.Path);
        Assert.Equal("https://gansu-transport.github.io/portal/stories/2025/2025-02-25-notice-issued/", story.AbsoluteUrl);
        Assert.Equal("/portal/stories/2025/2025-02-25-notice-issued/", story.Url);
    }

    [Fact]
    public void A_collective_name_in_the_mechanism_roster_stands_for_every_department_of_its_kind()
    {
        using var temp = new TempFolder();
        var content = FixtureContent.Create(temp.Combine("content"));
        var mechanism = Path.Combine(content, "mechanism.yml");
        var text = File.ReadAllText(mechanism);
        var units = text[text.IndexOf("省公路发展中心", StringComparison.Ordinal)..text.IndexOf("省交通文化宣教中心]", StringComparison.Ordinal)] + "省交通文化宣教中心";
        File.WriteAllText(mechanism, text.Replace(units, "厅属各单位"));
        var diagnostics = new DiagnosticBag();
        var model = SiteBuild.LoadAndValidate(new BuildOptions { ContentDir = content, Today = new DateOnly(2026, 11, 26) }, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));

        var expected = model.Departments.Where(d => d.Source.Kind == DepartmentKind.Unit).Select(d => d.Name).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, model.Mechanism.UnitMembers.Select(d => d.Name).Order().ToList());
        Assert.All(model.Departments.Where(d => d.Source.Kind == DepartmentKind.Unit), d => Assert.True(d.IsMechanismMember, d.Name));
    }

    [Fact]
    public void Aliases_resolve_to_one_canonical_department()
    {
        var center = site.Departments.Single(d => d.Slug == "highway-development-center");
        Assert.Equal("省公路事业发展中心", center.Name);
        Assert.True(center.IsMechanismMember); // the roster writes 省公路发展中心
        Assert.Contains(site.Stories, s => s.Departments.Contains(center)); // fixtures write 省公路发展中心
    }

    [Fact]
    public void Task_9_is_led_by_every_office_department()
    {
        var task9 = site.Tasks.Single(t => t.Number == 9);
        var offices = site.Departments.Where(d => d.Source.Kind == DepartmentKind.Office).ToList();
        Assert.Equal(offices, task9.Leads);
        Assert.Equal("厅机关各部门", task9.LeadText);
        Assert.Equal(14, offices.Count);
    }

    [Fact]
    public void Related_stories_share_a_tag_or_task_and_are_bounded()
    {
        foreach (var story in site.Stories)
        {
            Assert.True(story.Related.Count <= 4);
            Assert.DoesNotContain(story, story.Related);
            foreach (var related in story.Related)
            {
                var shares = related.Tags.Select(t => t.Text).Intersect(story.Tags.Select(t => t.Text)).Any()
                    || related.Tasks.Intersect(story.Tasks).Any();
                Assert.True(shares, $"{related.Title} is not related to {story.Title}");
            }
        }
    }

    [Fact]
    public void Pagination_pages_are_known_paths()
    {
        Assert.Equal(2, Pagination.PageCount(site.Stories.Count));
        Assert.Contains("stories/page/2/", site.KnownPaths);
        Assert.DoesNotContain("stories/page/3/", site.KnownPaths);
        Assert.Equal(1, Pagination.PageCount(0));
    }

    [Fact]
    public void Chinese_dates_have_no_leading_zeros()
    {
        // theme.yml labels.date fills the numbers as they are: 3月6日, never 03月06日.
        var page = Infrastructure.FixturePageKinds.Tree.Pages.Single(p => p.Path == "stories/2025/2025-03-06-fixture-01/");
        Assert.Equal("2025年3月6日", page.DateText);
        Assert.Equal("2025-03-06", page.DateIso);
    }

    [Fact]
    public void Urls_are_encoded_per_segment_and_keep_the_base_path()
    {
        var urls = new SiteUrls(new Uri("https://example.github.io/portal"));
        Assert.Equal("/portal/tags/%E5%9B%9B%E5%A5%BD/", urls.Href("tags/四好/"));
        Assert.Equal("https://example.github.io/portal/", urls.Absolute(""));
        Assert.Equal("tags/x/index.html", Portal.Output.OutputFolder.FileOf("tags/x/"));
    }

    public void Dispose() => folder.Dispose();
}
