using Portal.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Validation;

/// <summary>One test per mistake an editor can make in a story: code, file, line, column and the Chinese message.</summary>
public sealed class StoryValidationTests
{
    private const string File = "stories/2025/2025-03-14-test.md";

    /// <summary>A story's own mistakes need a valid site around it, not the shipped one: the inline mini site.</summary>
    private static ContentCase Site(MiniSite? site = null) => new(site ?? new MiniSite());

    private static Diagnostic CheckStory(string story, string code, MiniSite? site = null)
    {
        using var content = Site(site).Write(File, story);
        var result = content.Check();
        var diagnostic = ContentCase.Single(result, code);
        Assert.Equal(File, diagnostic.File);
        return diagnostic;
    }

    /// <summary>
    /// Problems other than the warnings about the whole site (the shipped content is older than the tests' "today", and
    /// has one story, so most columns are empty; its identity fields wait for the department's numbers, so the
    /// inspection self-check lists them).
    /// </summary>
    public static IEnumerable<Diagnostic> NotSiteWideWarnings(Portal.Build.BuildResult result) =>
        result.Diagnostics.Where(d => d.Code is not DiagnosticCodes.SiteNotUpdated and not DiagnosticCodes.TaskNotUpdated and not DiagnosticCodes.ReportsMissing and not DiagnosticCodes.EmptyColumn
            and not DiagnosticCodes.InspectionSelfCheck);

    [Fact]
    public void The_shipped_content_has_no_errors_and_only_freshness_warnings()
    {
        using var content = new ContentCase();
        var result = content.Check();
        Assert.True(result.Success);
        Assert.Empty(NotSiteWideWarnings(result));
    }

    [Fact]
    public void Stale_site_and_stale_tasks_are_warned_about()
    {
        using var content = new ContentCase().Write("stories/2026/2026-11-20-recent.md", ContentCase.Story(date: "2026-11-20", tasks: "[4]"));
        var result = content.Check();
        Assert.True(result.Success);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SiteNotUpdated);
        // One summary about the tasks, not one line per task, and not against any story.
        var stale = ContentCase.Single(result, DiagnosticCodes.TaskNotUpdated);
        Assert.Equal("tasks", stale.File);
        Assert.Equal("重点任务工作进展需要关注：半年以上没有进展报道的重点任务：任务1、任务2、任务3、任务5、任务6、任务7、任务8、任务9。", stale.Message);
        Assert.Equal(9, stale.Table!.Count); // the header and the eight tasks

        // One line about the site, said of the stories folder, not of the newest story (which is not at fault).
        using var old = new ContentCase();
        var site = ContentCase.Single(old.Check(), DiagnosticCodes.SiteNotUpdated);
        Assert.Equal("stories", site.File);
        Assert.Equal(0, site.Line);
        Assert.Equal("网站最新一篇稿件发布于 2025-02-25，已超过 14 天没有更新。", site.Message);
        Assert.Equal(Severity.Warning, site.Severity);
    }

    [Fact]
    public void Unknown_task_number()
    {
        var d = CheckStory(ContentCase.Story(tasks: "[4, 12]"), DiagnosticCodes.UnknownTask);
        Assert.Equal((4, 12), (d.Line, d.Column));
        Assert.Equal("没有序号为 12 的重点任务。", d.Message);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void Task_written_in_Chinese_numerals()
    {
        var d = CheckStory(ContentCase.Story(tasks: "[十]"), DiagnosticCodes.WrongValueType);
        Assert.Equal(4, d.Line);
        Assert.Contains("阿拉伯数字", d.Message);
    }

    [Fact]
    public void Unknown_department_gets_a_suggestion()
    {
        var registry = new MiniSite().With("""
            -- content/departments.yml --
            departments:
              - name: 公路管理处
                slug: highway-administration
                kind: 厅机关
              - name: 政策法规处
                slug: policy-regulation
                kind: 厅机关
            """);
        var d = CheckStory(ContentCase.Story(departments: "[政策法规科]"), DiagnosticCodes.UnknownDepartment, registry);
        Assert.Equal((5, 15), (d.Line, d.Column));
        Assert.Equal("未知的部门“政策法规科”，是否为“政策法规处”？", d.Message);
    }

    [Fact]
    public void Chinese_commas_in_a_list_are_explained()
    {
        var d = CheckStory(ContentCase.Story(departments: "[公路管理处，乡村振兴办]"), DiagnosticCodes.ChineseListSeparator);
        Assert.Equal((5, 15), (d.Line, d.Column));
        Assert.Contains("英文逗号", d.Fix);
    }

    [Fact]
    public void Department_aliases_resolve()
    {
        using var content = new ContentCase().Write(File, ContentCase.Story(departments: "[省公路发展中心, 厅科技处, 省交通文化宣教中心]"));
        Assert.Empty(NotSiteWideWarnings(content.Check()));
    }

    [Fact]
    public void Missing_title()
    {
        var story = ContentCase.Story().Replace("title: 测试稿件\n", "");
        var d = CheckStory(story, DiagnosticCodes.RequiredFieldMissing);
        Assert.Contains("标题（title）", d.Message);
    }

    [Fact]
    public void Malformed_date()
    {
        var d = CheckStory(ContentCase.Story(date: "2025-13-45"), DiagnosticCodes.InvalidDate);
        Assert.Equal((3, 7), (d.Line, d.Column));
        Assert.Equal("日期“2025-13-45”不是有效的日期。", d.Message);
    }

    [Fact]
    public void Future_date_is_a_warning_only()
    {
        using var content = Site().Write("stories/2027/2027-01-01-test.md", ContentCase.Story(date: "2027-01-01"));
        var result = content.Check();
        var d = ContentCase.Single(result, DiagnosticCodes.FutureDate);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.True(result.Success);
        Assert.False(Portal.Build.SiteBuild.Check(content.Options() with { Strict = true }).Success);
        Assert.DoesNotContain(result.Diagnostics, x => x.Severity == Severity.Error);
    }

    [Fact]
    public void Unknown_type_gets_a_suggestion()
    {
        var d = CheckStory(ContentCase.Story(type: "即时报导"), DiagnosticCodes.UnknownStoryType);
        Assert.Equal((6, 7), (d.Line, d.Column));
        Assert.Equal("未知的稿件类型“即时报导”，是否为“即时报道”？", d.Message);
    }

    [Fact]
    public void Case_on_a_story_that_is_not_a_typical_case()
    {
        var d = CheckStory(ContentCase.Story(extra: "case: 正面"), DiagnosticCodes.CaseOnNonCaseStory);
        Assert.Equal(7, d.Line);
        Assert.Contains("只有“典型案例”类稿件才能填写 case", d.Message);
    }

    [Fact]
    public void Typical_case_without_case_kind()
    {
        var d = CheckStory(ContentCase.Story(type: "典型案例"), DiagnosticCodes.CaseMissing);
        Assert.Equal(6, d.Line);
    }

    [Fact]
    public void Missing_cover_image_and_missing_alt()
    {
        using var content = Site().Write(File, ContentCase.Story(extra: "cover: { src: media/2025/none.jpg }"));
        var result = content.Check();
        var missing = ContentCase.Single(result, DiagnosticCodes.MissingMedia);
        var alt = ContentCase.Single(result, DiagnosticCodes.ImageWithoutAlt);
        Assert.Equal(7, missing.Line);
        Assert.Equal("找不到封面图片文件“media/2025/none.jpg”。", missing.Message);
        Assert.Equal(7, alt.Line);
    }

    [Fact]
    public void Image_from_another_host_is_refused_because_the_site_would_not_show_it()
    {
        using var content = Site().Write(File, ContentCase.Story(body: "第一段。\n\n![通车现场](https://example.com/a.jpg)"));
        var d = ContentCase.Single(content.Check(), DiagnosticCodes.ExternalImage);
        Assert.Equal(13, d.Line);
        Assert.Equal("图片“https://example.com/a.jpg”在其他网站上，本站不显示其他网站的图片。", d.Message);
        Assert.Contains("content/media/", d.Fix);
    }

    [Fact]
    public void Captions_must_be_webvtt_or_srt_by_content()
    {
        using var content = Site()
            .WriteBytes("media/2025/film.mp4", [0, 0, 0, 24])
            .WriteBytes("media/2025/film.srt", [49, 10])
            .Write(File, ContentCase.Story(type: "宣传短片", extra: "video: { src: media/2025/film.mp4, captions: media/2025/film.srt, title: 短片 }"));
        var d = ContentCase.Single(content.Check(), DiagnosticCodes.CaptionsNotWebVtt);
        Assert.Equal(7, d.Line);
        Assert.Equal("字幕文件“media/2025/film.srt”不是有效的 SRT 字幕，无法转换为网页字幕。", d.Message);
    }

    [Fact]
    public void Image_in_the_body_without_alt()
    {
        using var content = Site()
            .WriteBytes("media/2025/a.png", [137, 80, 78, 71])
            .Write(File, ContentCase.Story(body: "第一段。\n\n![](media/2025/a.png)"));
        var d = ContentCase.Single(content.Check(), DiagnosticCodes.ImageWithoutAlt);
        Assert.Equal(13, d.Line);
        Assert.Equal("图片缺少文字说明（alt）。", d.Message);
    }

    [Fact]
    public void Video_without_captions()
    {
        using var content = Site()
            .WriteBytes("media/2025/f.mp4", [0, 0, 0, 24])
            .Write(File, ContentCase.Story(type: "宣传短片", extra: "video: { src: media/2025/f.mp4 }"));
        var d = ContentCase.Single(content.Check(), DiagnosticCodes.VideoWithoutCaptions);
        Assert.Equal(7, d.Line);
    }

    [Fact]
    public void Broken_internal_link_in_markdown()
    {
        var d = CheckStory(ContentCase.Story(body: "见[任务](/tasks/4/)和[机制](/mechanizm/)。"), DiagnosticCodes.BrokenInternalLink);
        Assert.Equal(11, d.Line);
        Assert.Equal("站内链接“/mechanizm/”指向的页面不存在。", d.Message);
        Assert.Contains("是否为“/mechanism/”？", d.Fix);
    }

    [Fact]
    public void Script_links_are_refused()
    {
        var d = CheckStory(ContentCase.Story(body: "[点我](javascript:alert(1))"), DiagnosticCodes.UnsafeLink);
        Assert.Equal(11, d.Line);
    }

    [Fact]
    public void Malformed_yaml_reports_the_parser_position()
    {
        var d = CheckStory("---\ntitle: 测试\ndate: 2025-03-14\ntags: [甲, 乙\ntype: 即时报道\n---\n正文\n", DiagnosticCodes.YamlSyntax);
        Assert.True(d.Line >= 4, $"line {d.Line}");
        Assert.StartsWith("YAML 格式错误", d.Message);
    }

    [Fact]
    public void Tab_indentation_in_yaml()
    {
        var d = CheckStory("---\ntitle: 测试\ncover:\n\tsrc: media/a.png\n---\n正文\n", DiagnosticCodes.TabIndentation);
        Assert.Equal((4, 1), (d.Line, d.Column));
    }

    [Fact]
    public void Full_width_colon_after_a_key()
    {
        var d = CheckStory(ContentCase.Story().Replace("title: 测试稿件", "title：测试稿件"), DiagnosticCodes.FullWidthColon);
        Assert.Equal(2, d.Line);
        Assert.Equal("字段“title”后面用了中文全角冒号“：”。", d.Message);
        Assert.Contains("title: …", d.Fix);
    }

    [Fact]
    public void Front_matter_not_closed()
    {
        // Reported where the front matter should have ended (the body's first line), not at 1:1.
        var d = CheckStory("---\ntitle: 测试\ndate: 2025-03-14\n\n正文\n", DiagnosticCodes.FrontMatterUnclosed);
        Assert.Equal((5, 1), (d.Line, d.Column));
    }

    [Fact]
    public void Gbk_file_is_named_as_such()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding("GB18030").GetBytes(ContentCase.Story());
        using var content = Site().WriteBytes(File, bytes);
        var d = ContentCase.Single(content.Check(), DiagnosticCodes.NotUtf8);
        Assert.Contains("GBK/GB18030", d.Message);
        Assert.Contains("UTF-8", d.Fix);
    }

    [Fact]
    public void Bom_and_crlf_are_accepted()
    {
        var text = ContentCase.Story(body: "第一段。\n\n第二段。").Replace("\n", "\r\n");
        using var content = Site().WriteBytes(File, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);
        Assert.Empty(NotSiteWideWarnings(content.Check()));
    }

    [Fact]
    public void File_name_with_chinese_characters()
    {
        using var content = Site().Write("stories/2025/2025-03-14-农村公路.md", ContentCase.Story());
        var d = ContentCase.Single(content.Check(), DiagnosticCodes.InvalidStoryFileName);
        Assert.Equal("stories/2025/2025-03-14-农村公路.md", d.File);
    }

    [Fact]
    public void Unknown_field_is_a_warning_with_suggestion()
    {
        using var content = Site().Write(File, ContentCase.Story(extra: "summery: 错拼"));
        var d = ContentCase.Single(content.Check(), DiagnosticCodes.UnknownField);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("是否为“summary”？", d.Fix);
    }
}
