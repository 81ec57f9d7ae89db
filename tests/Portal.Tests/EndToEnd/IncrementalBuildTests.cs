using Portal.Build;
using Portal.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// `serve` rebuilds only what an edit affects. These tests hold it to the one thing that matters: after any
/// edit, the incrementally updated site is byte for byte the site a full build of the same content makes.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // full builds after every edit, a 1,000-story site
public sealed class IncrementalBuildTests
{

    [Fact]
    public void After_every_kind_of_edit_the_updated_site_equals_a_full_build()
    {
        using var temp = new TempFolder();
        var (content, options, live) = Serve(temp);
        var story = Path.Combine(content, "stories", "2025", "2025-03-06-fixture-01.md");

        void Expect(string edit, bool incremental, Func<BuildResult, bool>? extra = null)
        {
            var result = live.Build();
            Assert.True(result.Success, $"{edit}: {string.Join("; ", result.Diagnostics.Select(d => d.Message))}");
            Assert.Equal(incremental, result.Incremental);
            if (extra is not null) Assert.True(extra(result), $"{edit}: {result.PagesRendered} pages rendered");
            AssertSameAsFullBuild(temp, options, edit);
        }

        File.AppendAllText(story, "\n新增一段正文：会议要求持续抓好落实。\n");
        Expect("body edit", true, r => r.PagesRendered == 1);

        Edit(story, "title: 第2期", "title: 改过标题的第2期");
        Expect("title edit", true, r => r.PagesRendered is > 1 and < 40);

        Edit(story, "tags: [", "tags: [新标签, ");
        Expect("new tag", true);

        Edit(story, "date: 2025-03-06", "date: 2025-12-30");
        Expect("date moves the story to the top", true);

        File.WriteAllText(Path.Combine(content, "stories", "2025", "2025-12-31-year-end.md"),
            ContentCase.Story(title: "年终总结", date: "2025-12-31"));
        Expect("new story", true);

        File.Delete(Path.Combine(content, "stories", "2025", "2025-03-11-fixture-02.md"));
        Expect("deleted story", true);

        Edit(Path.Combine(content, "tasks", "01-reform.md"), "title: ", "title: 修订后的");
        // Tasks show on many pages; their views carry what they show, so the update stays in place.
        Edit(Path.Combine(content, "tasks", "01-reform.md"), "title: 修订后的", "title: 再次修订的");
        Expect("task edit (shown on many pages)", true, r => r.PagesRendered > 1);

        Edit(Path.Combine(content, "site.yml"), "organizer: ", "organizer: 新");
        Expect("site.yml edit (shown on every page)", true);
    }

    [Fact]
    public void A_broken_edit_changes_nothing_and_the_next_good_edit_catches_up()
    {
        using var temp = new TempFolder();
        var (content, options, live) = Serve(temp);
        var before = Snapshot(options.OutputDir);
        var story = Path.Combine(content, "stories", "2025", "2025-03-06-fixture-01.md");

        var good = File.ReadAllText(story);
        File.WriteAllText(story, good.Replace("type: ", "type: 不存在的类型"));
        var broken = live.Build();
        Assert.False(broken.Success);
        Assert.Equal(before, Snapshot(options.OutputDir));

        File.WriteAllText(story, good.Replace("## 主要做法", "## 主要做法和成效"));
        Assert.True(live.Build().Success);
        AssertSameAsFullBuild(temp, options, "fix after a broken edit");
    }

    [Fact]
    public void A_one_story_edit_on_a_1000_story_site_renders_a_bounded_set_of_pages()
    {
        using var temp = new TempFolder();
        var (content, _, live) = Serve(temp, stories: 1000);
        var story = Directory.GetFiles(Path.Combine(content, "stories"), "*fixture-0500.md", SearchOption.AllDirectories).Single();

        File.AppendAllText(story, "\n正文修改。\n");
        var body = live.Build();
        Assert.True(body.Incremental);
        Assert.Equal(1, body.PagesRendered);

        Edit(story, "title: ", "title: 新");
        var title = live.Build();
        Assert.True(title.Incremental);
        // Its page, its neighbours, stories listing it as related, the lists it is on, and the overview pages.
        Assert.InRange(title.PagesRendered, 2, 45);
    }

    [Fact]
    public void With_the_watchers_list_listed_files_are_read_again_and_a_moved_folder_is_forgotten()
    {
        using var temp = new TempFolder();
        var (content, options, live) = Serve(temp);
        var folder = Path.Combine(content, "stories", "2025");
        var story = Path.Combine(folder, "2025-03-06-fixture-01.md");

        File.AppendAllText(story, "\n补充一段正文。\n");
        var listed = live.Build([story]);
        Assert.True(listed.Incremental);
        Assert.Equal(1, listed.PagesRendered);

        // A story added, then deleted, reported by the watcher: the remembered folder listing is made again.
        var added = Path.Combine(folder, "2025-12-31-watched.md");
        var addedPage = Path.Combine(options.OutputDir, "stories", "2025", "2025-12-31-watched", "index.html");
        File.WriteAllText(added, ContentCase.Story(title: "监视到的新稿件", date: "2025-12-31"));
        Assert.True(live.Build([added]).Success);
        Assert.True(File.Exists(addedPage));
        File.Delete(added);
        Assert.True(live.Build([added]).Success);
        Assert.False(File.Exists(addedPage));
        AssertSameAsFullBuild(temp, options, "story added and deleted, watcher's list");

        // A folder moved away, edited there and moved back: the watcher reports only the folder's own paths.
        var moved = folder + "-moved";
        Directory.Move(folder, moved);
        Assert.False(live.Build([folder, moved]).Success); // stories/2025-moved/ is not a year folder
        File.AppendAllText(Path.Combine(moved, "2025-03-06-fixture-01.md"), "\n移走后补充的一段。\n");
        Directory.Move(moved, folder);
        Assert.True(live.Build([moved, folder]).Success);
        Assert.Contains("移走后补充的一段", File.ReadAllText(Path.Combine(options.OutputDir, "stories", "2025", "2025-03-06-fixture-01", "index.html")));
        AssertSameAsFullBuild(temp, options, "folder moved away, edited and moved back");
    }

    [Fact]
    public void A_known_story_replaced_by_a_link_out_of_content_is_refused_on_the_watchers_list()
    {
        using var temp = new TempFolder();
        var (content, _, live) = Serve(temp);
        var story = Path.Combine(content, "stories", "2025", "2025-03-06-fixture-01.md");
        var outside = Path.Combine(temp.Path, "secret.md");
        File.WriteAllText(outside, ContentCase.Story(title: "不该发布的文件", date: "2025-03-06"));
        File.Delete(story);
        File.CreateSymbolicLink(story, outside);

        var result = live.Build([story]);
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.LinkOutsideContent);
    }

    [Fact]
    public void A_build_into_the_served_folder_makes_the_next_update_a_full_one()
    {
        using var temp = new TempFolder();
        var (content, options, live) = Serve(temp);
        Assert.True(SiteBuild.Build(options with { BaseUrl = new Uri("https://example.gov.cn/") }).Success);
        File.AppendAllText(Path.Combine(content, "stories", "2025", "2025-03-06-fixture-01.md"), "\n补充一段正文。\n");
        var next = live.Build();
        Assert.True(next.Success);
        Assert.False(next.Incremental);
        Assert.DoesNotContain("https://example.gov.cn/", File.ReadAllText(Path.Combine(options.OutputDir, "index.html")));
    }

    private static (string Content, BuildOptions Options, BuildSession Live) Serve(TempFolder temp, int stories = FixtureContent.GeneratedStories) =>
        LiveSite.Serve(temp, stories);

    private static BuildOptions Options(string content, string output) => LiveSite.Options(content, output);

    private static void Edit(string file, string find, string replace)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(find, text);
        File.WriteAllText(file, text.Replace(find, replace));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) => LiveSite.Snapshot(folder);

    private static void AssertSameAsFullBuild(TempFolder temp, BuildOptions options, string edit) => LiveSite.AssertSameAsFullBuild(temp, options, edit);
}
