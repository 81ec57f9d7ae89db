using System.IO.Compression;
using AngleSharp.Html.Parser;
using Portal.Diagnostics;
using Portal.Tests.Infrastructure;
using Portal.TestSupport;

namespace Portal.Tests.Validation;

/// <summary>
/// Issue 14: the inspection self-check (one warning, one table) and the rules of the identity fields and the
/// notice's downloads, on the mini site, whose identity fields are all empty.
/// </summary>
public sealed class InspectionSelfCheckTests
{
    private const string FilledSite = """
        title: 测试专题网站
        baseUrl: https://example.gov.cn/portal/
        icp: 陇ICP备00000014号
        publicSecurityFiling: 甘公网安备62010202000123号
        siteCode: "6200000014"
        conac: { url: "https://bszs.conac.cn/sitename?method=show&id=X", logo: media/conac.png }
        feedback: { phone: 0931-8888014 }
        """;

    private static readonly byte[] Png = FixtureContent.Png;

    private static string[] CheckedItems(Portal.Build.BuildResult result) =>
        result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InspectionSelfCheck).SelectMany(d => d.Table!.Skip(1).Select(row => row[0])).ToArray();

    [Fact]
    public void With_the_identity_empty_the_site_builds_without_it_and_the_self_check_lists_each_missing_item()
    {
        using var content = new ContentCase(new MiniSite());
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));

        var warning = ContentCase.Single(result, DiagnosticCodes.InspectionSelfCheck);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(["检查项", "情况", "修改方法"], warning.Table![0]);
        Assert.All(warning.Table.Skip(1), row => Assert.True(row.All(cell => cell.Length > 0), string.Join(" | ", row)));
        var items = CheckedItems(result);
        foreach (var item in new[] { "网站标识码", "ICP备案号", "党政机关标识", "咨询建言渠道", "索引号", "网站更新", "空白栏目", "栏目更新" })
            Assert.Contains(item, items);
        // The mini site's one 即时报道 story is older than the news column's two weeks.
        Assert.Contains(warning.Table, row => row[0] == "栏目更新" && row[1].Contains("“即时报道”") && row[1].Contains("14 天"));

        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.OutputDir, "index.html")));
        Assert.Null(home.QuerySelector("meta[name=SiteIDCode]"));
        Assert.Null(home.QuerySelector("footer a.conac"));
        Assert.Null(home.QuerySelector("footer .footer-marks"));
        Assert.DoesNotContain("找错", home.QuerySelector("footer")!.TextContent);
        Assert.DoesNotContain("公安备案号", home.QuerySelector("footer")!.TextContent);
        Assert.DoesNotContain("ICP", home.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void With_the_identity_filled_the_self_check_leaves_those_items_out()
    {
        using var content = new ContentCase(new MiniSite().With("content/site.yml", FilledSite)).WriteBytes("media/conac.png", Png);
        var result = content.Check();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var items = CheckedItems(result);
        Assert.DoesNotContain("网站标识码", items);
        Assert.DoesNotContain("ICP备案号", items);
        Assert.DoesNotContain("党政机关标识", items);
        Assert.DoesNotContain("咨询建言渠道", items);
        Assert.Contains("索引号", items);
    }

    [Fact]
    public void Strict_turns_the_self_check_into_a_failure()
    {
        using var content = new ContentCase(new MiniSite());
        var result = Portal.Build.SiteBuild.Check(content.Options() with { Strict = true });
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InspectionSelfCheck);
    }

    [Theory]
    [InlineData(null, "https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo?sitecode=6200000014")]
    [InlineData("https://example.gov.cn/zhaocuo/", "https://example.gov.cn/zhaocuo/")]
    public void The_error_report_entry_defaults_to_the_national_platform_for_the_site_code(string? configured, string expected)
    {
        var yml = FilledSite + (configured is null ? "" : $"\nerrorReport: {configured}\n");
        using var content = new ContentCase(new MiniSite().With("content/site.yml", yml)).WriteBytes("media/conac.png", Png);
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.OutputDir, "index.html")));
        var entry = home.QuerySelectorAll("footer a").Single(a => a.TextContent.Contains("找错"));
        Assert.Equal(expected, entry.GetAttribute("href"));
    }

    [Fact]
    public void A_missing_conac_logo_and_addresses_that_are_not_web_addresses_are_coded_errors()
    {
        var yml = FilledSite.Replace("https://bszs.conac.cn/sitename?method=show&id=X", "bszs.conac.cn/x") + "\nerrorReport: javascript:alert(1)\nfeedback: { url: www.example.gov.cn }\n";
        yml = yml.Replace("feedback: { phone: 0931-8888014 }\n", "");
        using var content = new ContentCase(new MiniSite().With("content/site.yml", yml));
        var result = content.Check();
        Assert.False(result.Success);
        var missing = ContentCase.Single(result, DiagnosticCodes.MissingMedia);
        Assert.Equal("site.yml", missing.File);
        Assert.Contains("党政机关标识图片", missing.Message);
        Assert.True(missing.Line > 0);
        var unsafeLinks = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnsafeLink).ToList();
        Assert.Equal(3, unsafeLinks.Count);
        Assert.All(unsafeLinks, d => Assert.True(d.Line > 0 && d.Fix is not null));
    }

    private static MiniSite NoticeWith(string file) => new MiniSite().With("content/notice.md", $"""
        ---
        issuerMark: 甘肃省交通运输厅文件
        documentNumber: 甘交办〔2025〕2号
        title: 甘肃省交通运输厅关于深化“三抓三促”行动的通知
        indexNumber: 620000-0014/2025-00002
        attachments:
          - title: 通知原件
            file: {file}
        ---

        ## 一、优化领导机制

        建立专项工作机制。
        """);

    private static byte[] Zip(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }
        return memory.ToArray();
    }

    public static TheoryData<string, byte[]> Originals => new()
    {
        { "media/notice/original.pdf", FixtureContent.Pdf },
        { "media/notice/original.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] },
        { "media/notice/original.docx", Zip("[Content_Types].xml", "word/document.xml") },
        { "media/notice/original.ofd", Zip("OFD.xml", "Doc_0/Document.xml") },
    };

    [Theory]
    [MemberData(nameof(Originals))]
    public void An_original_of_each_accepted_format_passes(string file, byte[] bytes)
    {
        using var content = new ContentCase(NoticeWith(file)).WriteBytes(file, bytes);
        var result = content.Check();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.WrongDocumentFormat);
        Assert.DoesNotContain("索引号", CheckedItems(result));
    }

    public static TheoryData<string, byte[]> WrongOriginals => new()
    {
        { "media/notice/original.pdf", Png },                          // an image renamed
        { "media/notice/original.docx", Zip("OFD.xml") },              // an OFD named .docx
        { "media/notice/original.ofd", Zip("readme.txt") },            // a zip that is neither
        { "media/notice/original.doc", FixtureContent.Pdf },           // a PDF named .doc
        { "media/notice/original.png", Png },                          // not a document format at all
    };

    [Theory]
    [MemberData(nameof(WrongOriginals))]
    public void An_original_that_is_not_what_its_name_says_is_a_coded_error(string file, byte[] bytes)
    {
        using var content = new ContentCase(NoticeWith(file)).WriteBytes(file, bytes);
        var result = content.Check();
        Assert.False(result.Success);
        var error = ContentCase.Single(result, DiagnosticCodes.WrongDocumentFormat);
        Assert.Equal(("notice.md", 8), (error.File, error.Line));
        Assert.Contains(file, error.Message);
        Assert.NotNull(error.Fix);
    }

    [Fact]
    public void A_missing_original_is_a_missing_file()
    {
        using var content = new ContentCase(NoticeWith("media/notice/absent.pdf"));
        var error = ContentCase.Single(content.Check(), DiagnosticCodes.MissingMedia);
        Assert.Equal(("notice.md", 8), (error.File, error.Line));
    }

    [Fact]
    public void A_column_updated_within_its_period_is_not_listed_and_one_past_it_is()
    {
        // Today in these tests is 2026-11-26: a 即时报道 of 2026-11-20 is recent, a 综述评论 of 2026-01-10 is past half a year.
        using var content = new ContentCase(new MiniSite())
            .Write("stories/2026/2026-11-20-recent.md", ContentCase.Story(date: "2026-11-20"))
            .Write("stories/2026/2026-01-10-review.md", ContentCase.Story(title: "综述", date: "2026-01-10", type: "综述评论"));
        var warning = ContentCase.Single(content.Check(), DiagnosticCodes.InspectionSelfCheck);
        var rows = warning.Table!.Where(r => r[0] == "栏目更新").Select(r => r[1]).ToList();
        Assert.DoesNotContain(rows, r => r.Contains("“即时报道”"));
        Assert.Contains(rows, r => r.Contains("“综述评论”") && r.Contains("2026-01-10") && r.Contains("183 天"));
    }
}
