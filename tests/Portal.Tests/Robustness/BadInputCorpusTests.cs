using System.Text;
using Portal.Diagnostics;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Infrastructure.ContentCase;

namespace Portal.Tests.Robustness;

/// <summary>
/// The bad-input corpus: broken files an editor, a Windows PC or a phone can produce, each with its exact
/// outcome (code and line, or accepted). None may crash the generator.
/// </summary>
public sealed class BadInputCorpusTests
{
    private const string S = "stories/2025/2025-03-14-case.md";

    /// <param name="Column">The expected column, when the case is about a position within a line.</param>
    /// <param name="After">The file as the message tells the editor to write it: it must not give <paramref name="Code"/>;
    /// the guide's error examples (content/README.md) are generated from these pairs.</param>
    public sealed record Case(string Name, string Path, byte[] Bytes, string? Code, int? Line, bool Fails, int? Column = null, string? After = null)
    {
        public override string ToString() => Name;
    }

    private static Case Text(string name, string path, string text, string? code, int? line = null, bool fails = true, int? column = null, string? after = null) =>
        new(name, path, Encoding.UTF8.GetBytes(text), code, line, fails, column, after);

    private static string Replace(string what, string with) => Story().Replace(what, with);

    public static IEnumerable<object[]> Cases()
    {
        var big = new StringBuilder(Story(body: ""));
        while (big.Length < 5_000_000) big.Append("推进农村公路提升行动，加强养护管理。\n\n");
        var table = new StringBuilder(Story(body: "| 序号 | 事项 |\n| --- | --- |\n"));
        for (var i = 0; i < 10_000; i++) table.Append($"| {i} | 事项{i} |\n");
        var nested = Story(body: string.Concat(Enumerable.Range(0, 2000).Select(i => new string('>', i % 200) + " - " + new string(' ', i % 50) + "* 层\n")));

        Case[] cases =
        [
            Text("empty file", S, "", DiagnosticCodes.FrontMatterMissing, 1),
            Text("whitespace only", S, "  \n\n\t\n", DiagnosticCodes.FrontMatterMissing, 1),
            Text("no front matter", S, "# 标题\n\n正文\n", DiagnosticCodes.FrontMatterMissing, 1),
            Text("front matter not closed", S, Story().Replace("summary: 摘要\n---\n", "summary: 摘要\n"), DiagnosticCodes.FrontMatterUnclosed, 10, column: 1, after: Story()),
            Text("em dash typed for the opening ---", S, "——" + Story()[3..], DiagnosticCodes.DashFence, 1, column: 1, after: Story()),
            Text("single em dash typed for the closing ---", S, Replace("summary: 摘要\n---", "summary: 摘要\n—"), DiagnosticCodes.DashFence, 9, column: 1, after: Story()),
            Text("full-width hyphens typed for ---", S, "－－－" + Story()[3..], DiagnosticCodes.DashFence, 1, column: 1, after: Story()),
            Text("curly quotes around a value with a colon", S, Replace("title: 测试稿件", "title: “专访: 测试稿件”"), DiagnosticCodes.CurlyQuotedValue, 2, column: 8,
                after: Replace("title: 测试稿件", "title: \"专访: 测试稿件\"")),
            Text("full-width space after the colon", S, Replace("type: 即时报道", "type:\u3000即时报道"), DiagnosticCodes.FullWidthSpace, 6, column: 6, after: Story()),
            Text("full-width space before the colon", S, Replace("type: 即时报道", "type\u3000: 即时报道"), DiagnosticCodes.FullWidthSpace, 6, column: 5, after: Story()),
            Text("full-width space at the start of a line", S, Replace("type: 即时报道", "\u3000type: 即时报道"), DiagnosticCodes.FullWidthSpace, 6, column: 1, after: Story()),
            Text("full-width colon inside a one-line mapping", S, Story(extra: "cover: { src：media/.gitkeep, alt: 说明 }"), DiagnosticCodes.FullWidthColon, 7, column: 13,
                after: Story(extra: "cover: { src: media/.gitkeep, alt: 说明 }")),
            Text("tab after the colon", S, Replace("type: 即时报道", "type:\t即时报道"), DiagnosticCodes.TabIndentation, 6, column: 6, after: Story()),
            Text("byte order mark in the middle of the file", S, Replace("tags:", "\uFEFFtags:"), DiagnosticCodes.ByteOrderMarkInside, 7, column: 1, after: Story()),
            Text("picture path with a space", S, Story(body: "![培训现场](media/2025/通车 现场.png)"), DiagnosticCodes.UnparsedLink, 11, column: 1,
                after: Story(body: "![培训现场](<media/2025/通车 现场.png>)")),
            Text("link in Chinese brackets", S, Story(body: "详见[通知全文]（/notice/）。"), DiagnosticCodes.UnparsedLink, 11, column: 3,
                after: Story(body: "详见[通知全文](/notice/)。")),
            Text("bracketed year in Chinese brackets is text", S, Story(body: "依据甘交发[2025]（第3号）文件。"), null, fails: false),
            Text("link to a missing attachment", S, Story(body: "[下载附件](media/2025/none.pdf)"), DiagnosticCodes.MissingMedia, 11, column: 1),
            Text("Chinese comma in a list", S, Replace("tags: [农村公路]", "tags: [农村公路，四好农村路]"), DiagnosticCodes.ChineseListSeparator, 7, column: 8,
                after: Replace("tags: [农村公路]", "tags: [农村公路, 四好农村路]")),
            Text("only front matter", S, Story(body: "").TrimEnd() , null, fails: false),
            Text("title as a list", S, Replace("title: 测试稿件", "title: [甲, 乙]"), DiagnosticCodes.WrongValueType, 2, after: Story()),
            Text("title missing", S, Replace("title: 测试稿件\n", ""), DiagnosticCodes.RequiredFieldMissing, 2, after: Story()),
            Text("date 2025-13-45", S, Story(date: "2025-13-45"), DiagnosticCodes.InvalidDate, 3, after: Story()),
            Text("date in words", S, Story(date: "昨天"), DiagnosticCodes.InvalidDate, 3),
            Text("task in Chinese numerals", S, Story(tasks: "[十]"), DiagnosticCodes.WrongValueType, 4, after: Story()),
            Text("task as a mapping", S, Story(tasks: "{ a: 1 }"), DiagnosticCodes.WrongValueType, 4),
            Text("task 0", S, Story(tasks: "[0]"), DiagnosticCodes.UnknownTask, 4, after: Story()),
            Text("unknown department", S, Story(departments: "[交通局]"), DiagnosticCodes.UnknownDepartment, 5, after: Story()),
            Text("unknown type", S, Story(type: "新闻"), DiagnosticCodes.UnknownStoryType, 6, after: Story()),
            Text("case on a news story", S, Story(extra: "case: 正面"), DiagnosticCodes.CaseOnNonCaseStory, 7, after: Story()),
            Text("typical case without case", S, Story(type: "典型案例"), DiagnosticCodes.CaseMissing, 6, after: Story(type: "典型案例", extra: "case: 正面")),
            Text("unknown case kind", S, Story(type: "典型案例", extra: "case: 中性"), DiagnosticCodes.UnknownCaseKind, 7, after: Story(type: "典型案例", extra: "case: 正面")),
            Text("half-year report with an unknown period spelling", S, Story(extra: "period: 2025年度"), DiagnosticCodes.InvalidPeriod, 7, after: Story(extra: "period: 2025上半年")),
            Text("half-year report for a task the department does not lead", S, Story(tasks: "[2]", extra: "period: 2025上半年"), DiagnosticCodes.ReportNotByLead, 5, after: Story(tasks: "[2]", departments: "[科技处]", extra: "period: 2025上半年")),
            Text("half-year report without a task", S, Story(tasks: "[]", extra: "period: 2025下半年"), DiagnosticCodes.ReportNotByLead, 7),
            Text("half-year report in the long spelling", S, Story(extra: "period: 2025年上半年"), null, fails: false),
            Text("media coverage in a magazine", S, Story(extra: "source: { name: 某刊, medium: 杂志 }"), DiagnosticCodes.InvalidMedium, 7, after: Story(extra: "source: { name: 某刊, medium: 新媒体 }")),
            Text("source address not a web address", S, Story(extra: "source: { name: 某报, medium: 报纸, url: www.example.com }"), DiagnosticCodes.UnsafeLink, 7, after: Story(extra: "source: { name: 某报, medium: 报纸, url: https://www.example.com/ }")),
            Text("tag with a slash", S, Replace("tags: [农村公路]", "tags: [农村/公路]"), DiagnosticCodes.InvalidTag, 7, after: Story()),
            Text("tab indentation", S, "---\ntitle: 测试\ncover:\n\tsrc: media/a.jpg\n---\n正文\n", DiagnosticCodes.TabIndentation, 4, column: 1),
            Text("full-width colon", S, Replace("type: 即时报道", "type：即时报道"), DiagnosticCodes.FullWidthColon, 6, column: 5, after: Story()),
            Text("unterminated quote", S, Replace("title: 测试稿件", "title: \"测试稿件"), DiagnosticCodes.YamlSyntax),
            Text("unterminated list", S, "---\ntitle: 测试\ntags: [甲, 乙\n---\n正文\n", DiagnosticCodes.YamlSyntax),
            Text("duplicate key", S, Replace("type: 即时报道", "type: 即时报道\ntype: 综述评论"), DiagnosticCodes.YamlSyntax, 7, after: Story()),
            Text("bad indentation", S, "---\ntitle: 测试\n  date: 2025-03-14\n---\n正文\n", DiagnosticCodes.YamlSyntax),
            new("binary junk named .md", S, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], DiagnosticCodes.BinaryFile, null, true),
            new("GBK file", S, Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(Story()), DiagnosticCodes.NotUtf8, null, true),
            Text("Chinese file name", "stories/2025/2025-03-14-农村公路.md", Story(), DiagnosticCodes.InvalidStoryFileName),
            Text("file name with spaces", "stories/2025/2025-03-14-rural roads.md", Story(), DiagnosticCodes.InvalidStoryFileName),
            Text("Windows reserved name", "stories/2025/CON.md", Story(), DiagnosticCodes.InvalidStoryFileName),
            Text("upper-case slug", "stories/2025/2025-03-14-Rural.md", Story(), DiagnosticCodes.InvalidStoryFileName),
            Text("wrong year folder", "stories/2024/2025-03-14-case.md", Story(), DiagnosticCodes.InvalidStoryFileName),
            Text("impossible date in file name", "stories/2025/2025-02-30-case.md", Story(date: "2025-02-28"), DiagnosticCodes.InvalidStoryFileName),
            Text("page named like a section", "pages/search.md", "---\ntitle: 搜索\n---\n正文\n", DiagnosticCodes.InvalidPageFileName),
            Text("page name with a space", "pages/about us.md", "---\ntitle: 页面\n---\n正文\n", DiagnosticCodes.InvalidPageFileName),
            Text("hidden file is ignored", "pages/..evil.md", "---\ntitle: [\n---\n", null, fails: false),
            Text("missing cover image", S, Story(extra: "cover: { src: media/2025/none.jpg, alt: 说明 }"), DiagnosticCodes.MissingMedia, 7),
            Text("cover escaping the media folder", S, Story(extra: "cover: { src: media/../site.yml, alt: 说明 }"), DiagnosticCodes.MissingMedia, 7),
            Text("cover without alt", S, Story(extra: "cover: { src: media/.gitkeep }"), DiagnosticCodes.ImageWithoutAlt, 7, after: Story(extra: "cover: { src: media/.gitkeep, alt: 说明 }")),
            Text("video without captions", S, Story(type: "宣传短片", extra: "video: { src: media/.gitkeep }"), DiagnosticCodes.VideoWithoutCaptions, 7),
            Text("broken internal link", S, Story(body: "见[任务](/tasks/42/)。"), DiagnosticCodes.BrokenInternalLink, 11, after: Story(body: "见[任务](/tasks/4/)。")),
            Text("script link", S, Story(body: "[点我](javascript:alert(1))"), DiagnosticCodes.UnsafeLink, 11, after: Story(body: "[中国政府网](https://www.gov.cn/)")),
            Text("5 MB story", S, big.ToString(), null, fails: false),
            Text("10,000-line table", S, table.ToString(), null, fails: false),
            Text("deeply nested lists and quotes", S, nested, DiagnosticCodes.TooDeeplyNested, 10),
            Text("unknown field is a warning", S, Story(extra: "auther: 张三"), DiagnosticCodes.UnknownField, 7, fails: false, after: Story()),
            Text("future date is a warning", "stories/2030/2030-01-01-case.md", Story(date: "2030-01-01"), DiagnosticCodes.FutureDate, 3, fails: false),
            Text("date differs from the file name", S, Story(date: "2025-03-15"), DiagnosticCodes.DateDiffersFromFileName, 3, fails: false),
            Text("department slug taken twice", "departments.yml",
                File.ReadAllText(Path.Combine(RepositoryPaths.Content, "departments.yml")).Replace("slug: planning", "slug: office"), DiagnosticCodes.DuplicateSlug),
            Text("unknown department kind", "departments.yml",
                File.ReadAllText(Path.Combine(RepositoryPaths.Content, "departments.yml")).Replace("kind: 派驻机构", "kind: 外单位"), DiagnosticCodes.InvalidDepartmentKind),
            Text("invalid base URL", "site.yml",
                File.ReadAllText(Path.Combine(RepositoryPaths.Content, "site.yml")).Replace("baseUrl: https://gansu-transport.github.io/portal/", "baseUrl: 网站地址"), DiagnosticCodes.InvalidBaseUrl, 6),
            Text("two tasks with one number", "tasks/10-copy.md", File.ReadAllText(Path.Combine(RepositoryPaths.Content, "tasks", "05-debt-risk.md")), DiagnosticCodes.DuplicateTaskNumber, 2),
        ];
        return cases.Select(c => new object[] { c });
    }

    static BadInputCorpusTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_broken_input_has_its_exact_outcome(Case c)
    {
        using var content = new ContentCase().WriteBytes(c.Path, c.Bytes);
        var result = content.Check();
        Assert.Equal(!c.Fails, result.Success);
        if (c.Code is null)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
            return;
        }
        var matches = result.Diagnostics.Where(d => d.Code == c.Code).ToList();
        Assert.True(matches.Count > 0, $"{c.Name}: expected {c.Code}, got {string.Join("; ", result.Diagnostics)}");
        Assert.All(matches, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        Assert.Contains(matches, d => d.File.Replace('\\', '/') == c.Path || d.File.EndsWith(Path.GetFileName(c.Path)));
        if (c.Line is { } line) Assert.Contains(matches, d => d.Line == line);
        if (c.Column is { } column) Assert.Contains(matches, d => d.Line == c.Line && d.Column == column);
        if (c.After is null) return;
        using var fixedContent = new ContentCase().Write(c.Path, c.After);
        var fixedResult = fixedContent.Check();
        Assert.DoesNotContain(fixedResult.Diagnostics, d => d.Code == c.Code && d.File == c.Path);
    }

    [Fact]
    public void A_symlink_out_of_the_content_folder_is_refused()
    {
        using var outside = new TempFolder();
        File.WriteAllText(outside.Combine("secret.md"), Story());
        using var content = new ContentCase();
        File.CreateSymbolicLink(Path.Combine(content.ContentDir, "stories", "2025", "2025-03-14-link.md"), outside.Combine("secret.md"));
        var d = Single(content.Check(), DiagnosticCodes.LinkOutsideContent);
        Assert.Equal("stories/2025/2025-03-14-link.md", d.File);
    }

    [Fact]
    public void The_real_program_never_prints_a_stack_trace_for_broken_input()
    {
        using var content = new ContentCase()
            .WriteBytes(S, [0, 1, 2, 3, 255, 254])
            .Write("stories/2025/2025-03-15-b.md", "---\ntitle: [\n---\n")
            .Write("departments.yml", "departments: {");
        var (code, output) = CommandLine.Run(RepositoryPaths.Root, "check", "--content", content.ContentDir);
        Assert.Equal(1, code);
        Assert.DoesNotContain("   at Portal.", output);
        Assert.DoesNotContain("Exception", output);
        Assert.Contains("PORTAL0004", output);
    }
}
