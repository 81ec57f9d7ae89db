using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Diagnostics;
using Portal.Reports;
using Portal.Tests.Infrastructure;
using Portal.TestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Tests.Reports;

/// <summary>
/// The `report` command on the shipped content plus 进展 in several half years, an office half-year report, coverage and
/// cases: the ledger and the draft report read back with the Open XML SDK, and (slow) opened by LibreOffice.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // the fixture runs the generator as a process
public sealed class DispatchReportTests : IClassFixture<DispatchReportTests.Written>
{
    /// <summary>The 进展 of 2025下半年 dated up to the as-of date: these, and only these, are the period's submissions.</summary>
    public static readonly string[] PeriodSubmissions =
    [
        "乡村振兴办报送帮扶道路建设进展",
        "科技处报送智慧交通平台建设进展",
        "财务审计处报送债务风险防范工作情况",
    ];

    /// <summary>Reports of other half years, the office's own report and a report after the as-of date: never a submission of the period.</summary>
    public static readonly string[] NotSubmissions =
    [
        "公路管理处报送农村公路提升进展",
        "专项工作机制办公室二〇二五年下半年工作情况",
        "厅办公室报送行业治理进展",
    ];

    public const string AsOf = "2026-01-05";

    /// <summary>
    /// The office's material, added to a copy of the shipped content: 进展 in 2025上半年, 2025下半年 and 2026上半年 (one in
    /// the older way, only a period), the office's report of 2025下半年, a newspaper's story and a typical case.
    /// Browser/ProgressBoardBrowserTests shows the same content on the public progress page.
    /// </summary>
    internal static void WriteStories(string contentDir)
    {
        void Story(string date, string slug, string title, string tasks, string departments, string? extra = null, string type = "即时报道")
        {
            var path = Path.Combine(contentDir, "stories", date[..4], $"{date}-{slug}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ContentCase.Story(title: title, date: date, tasks: tasks, departments: departments, type: type, extra: extra));
        }
        Story("2025-03-10", "roads-progress", NotSubmissions[0], "[4]", "[公路管理处]", "report: 进展");
        Story("2025-08-20", "aid-progress", PeriodSubmissions[0], "[4]", "[乡村振兴办]", "report: 进展");
        Story("2025-11-15", "smart-progress", PeriodSubmissions[1], "[2]", "[科技处]", "report: 进展\nperiod: 2025下半年");
        // The older way: only a period, counted as a 进展.
        Story("2025-12-01", "debt-report", PeriodSubmissions[2], "[5]", "[财务审计处]", "period: 2025下半年");
        Story("2026-01-03", "office-report", NotSubmissions[1], "[1]", "[专项工作机制办公室]", "report: 半年工作情况\nperiod: 2025下半年", "综述评论");
        Story("2026-02-01", "governance-progress", NotSubmissions[2], "[7]", "[厅办公室]", "report: 进展");
        Story("2025-10-10", "newspaper", "甘肃日报报道全省农村公路建设", "[4]", "[公路管理处]", "source: { name: 甘肃日报, medium: 报纸 }");
        Story("2025-09-01", "good-case", "某县农村公路养护典型经验", "[4]", "[公路管理处]", "case: 正面", "典型案例");
    }

    public sealed class Written : IDisposable
    {
        private readonly ContentCase content = new();
        private readonly TempFolder output = new("portal-report");

        public Written()
        {
            WriteStories(content.ContentDir);
            ContentDir = content.ContentDir;
            Folder = output.Combine("调度材料");
            (ExitCode, Output) = CommandLine.Run(output.Path, "report", "--content", ContentDir, "--theme", RepositoryPaths.Theme, "--as-of", AsOf, "--output", Folder);
        }

        public string ContentDir { get; }
        public string Folder { get; }
        public int ExitCode { get; }
        public string Output { get; }
        public string Workbook => Path.Combine(Folder, "调度台账-2025下半年.xlsx");
        public string Document => Path.Combine(Folder, "半年工作情况报告（初稿）-2025下半年.docx");

        public void Dispose()
        {
            content.Dispose();
            output.Dispose();
        }
    }

    private readonly Written written;

    public DispatchReportTests(Written written)
    {
        this.written = written;
        Assert.True(written.ExitCode == 0, written.Output);
    }

    private static IReadOnlyList<string> TaskTitles(string contentDir) =>
        Directory.GetFiles(Path.Combine(contentDir, "tasks"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllLines(f).First(l => l.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Split('#')[0].Trim()).ToList();

    [Fact]
    public void The_default_period_is_the_latest_completed_half_year_and_both_files_are_written()
    {
        Assert.True(File.Exists(written.Workbook), written.Output);
        Assert.True(File.Exists(written.Document), written.Output);
        Assert.Equal(new Model.ReportPeriod(2025, true), Model.ReportPeriod.LatestCompletedAt(new DateOnly(2026, 1, 5)));
        Assert.Equal(new Model.ReportPeriod(2025, false), Model.ReportPeriod.LatestCompletedAt(new DateOnly(2025, 12, 30)));
        Assert.Equal(new Model.ReportPeriod(2025, true), Model.ReportPeriod.LatestCompletedAt(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void The_ledger_has_a_row_per_task_and_lead_with_the_periods_submissions_and_states()
    {
        using var document = SpreadsheetDocument.Open(written.Workbook, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["调度台账", "宣传工作"], sheets.Select(s => s.Name!.Value));
        var rows = Rows(workbook, sheets[0]);
        Assert.Equal("重点任务", rows[0][0]);
        var titles = TaskTitles(written.ContentDir);
        Assert.Equal(9, titles.Count);
        for (var i = 0; i < titles.Count; i++) Assert.Contains(rows, r => r[0] == $"{i + 1}. {titles[i]}");
        // The notice's order: task numbers never go down.
        var numbers = rows.Skip(1).Select(r => int.Parse(r[0].Split('.')[0])).ToList();
        Assert.Equal(numbers.Order(), numbers);
        var text = string.Join("\n", rows.SelectMany(r => r));
        foreach (var title in PeriodSubmissions) Assert.Contains(title, text);
        foreach (var title in NotSubmissions) Assert.DoesNotContain(title, text);

        var aid = rows.Single(r => r[0].StartsWith("4.", StringComparison.Ordinal) && r[1] == "乡村振兴办");
        Assert.Equal(["1", "2025-08-20", PeriodSubmissions[0]], aid[2..5]);
        Assert.Equal("https://gansu-transport.github.io/portal/stories/2025/2025-08-20-aid-progress/", aid[5]);
        Assert.Equal("2025-08-20", aid[6]);
        Assert.Equal((new DateOnly(2026, 1, 5).DayNumber - new DateOnly(2025, 8, 20).DayNumber).ToString(), aid[7]);
        Assert.Equal("已报送", aid[8]);
        // 公路管理处 reported for task 4 only in 2025上半年: nothing this period, and over a quarter ago.
        var roads = rows.Single(r => r[0].StartsWith("4.", StringComparison.Ordinal) && r[1] == "公路管理处");
        Assert.Equal(["0", "", "", ""], roads[2..6]);
        Assert.Equal("2025-03-10", roads[6]);
        Assert.Equal("超过调度周期未报送", roads[8]);
        var never = rows.Single(r => r[0].StartsWith("7.", StringComparison.Ordinal) && r[1] == "厅办公室");
        Assert.Equal(["暂无", "暂无", "超过调度周期未报送"], never[6..9]);

        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.All(part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>(), c => Assert.True(c.CustomWidth!.Value && c.Width!.Value >= 8));
            var print = part.Worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal((OrientationValues.Landscape, 1u, 0u), (print.Orientation!.Value, print.FitToWidth!.Value, print.FitToHeight!.Value));
        }
    }

    [Fact]
    public void The_publicity_sheet_counts_forms_media_outlets_and_cases_of_the_period()
    {
        using var document = SpreadsheetDocument.Open(written.Workbook, false);
        var workbook = document.WorkbookPart!;
        var rows = Rows(workbook, workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(1));
        string Count(string category, string item) => rows.Single(r => r[0] == category && r[1] == item)[2];
        // 2025下半年 up to the as-of date: four 即时报道 (three 进展 and the newspaper's), one 典型案例; the office's report is in 2026.
        Assert.Equal("4", Count("宣传形式", "即时报道"));
        Assert.Equal("0", Count("宣传形式", "综述评论"));
        Assert.Equal("1", Count("媒体类型", "报纸"));
        Assert.Equal("0", Count("媒体类型", "电视"));
        Assert.Equal("1", Count("刊播媒体", "甘肃日报"));
        Assert.Equal("1", Count("典型案例", "正面"));
        Assert.Equal("某县农村公路养护典型经验", rows.Single(r => r[0] == "典型案例" && r[1] == "正面")[3]);
        Assert.Equal("0", Count("典型案例", "反面"));
    }

    [Fact]
    public void The_draft_report_has_the_official_layout_and_every_task_and_submission()
    {
        using var document = WordprocessingDocument.Open(written.Document, false);
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        // Twentieths of a point: A4 and the margins of GB/T 9704-2012 (37, 35, 28, 26 mm).
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(Twips(37), margin.Top!.Value);
        Assert.Equal(Twips(35), margin.Bottom!.Value);
        Assert.Equal((uint)Twips(28), margin.Left!.Value);
        Assert.Equal((uint)Twips(26), margin.Right!.Value);

        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        void Font(string style, string font, string halfPoints)
        {
            var run = styles[style].StyleRunProperties!;
            Assert.Equal(font, run.RunFonts!.EastAsia!.Value);
            Assert.Equal(halfPoints, run.FontSize!.Val!.Value);
        }
        Font("Title", "方正小标宋简体", "44");
        Font("Normal", "仿宋_GB2312", "32");
        Font("Heading1", "黑体", "32");
        Font("Heading2", "楷体_GB2312", "32");
        var fallbacks = main.FontTablePart!.Fonts!.Elements<W.Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName!.Val!.Value);
        Assert.Equal("宋体", fallbacks["方正小标宋简体"]);
        Assert.Equal("仿宋", fallbacks["仿宋_GB2312"]);
        Assert.Equal("楷体", fallbacks["楷体_GB2312"]);
        Assert.True(main.DocumentSettingsPart!.Settings!.Elements<EvenAndOddHeaders>().Any());
        Assert.Equal(2, section.Elements<FooterReference>().Count());
        Assert.All(main.FooterParts, f => Assert.Contains(f.Footer!.Descendants<SimpleField>(), field => field.Instruction!.Value!.Trim() == "PAGE"));

        var paragraphs = main.Document.Body.Elements<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
        Assert.Equal("甘肃省交通运输厅深化“三抓三促”行动2025下半年工作情况报告", paragraphs[0].Text);
        Assert.Equal("Title", paragraphs[0].Style);
        Assert.Equal(["一、总体情况", "二、重点任务推进情况", "三、宣传工作情况", "四、典型案例", "五、存在问题和下步打算"],
            paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text));
        var titles = TaskTitles(written.ContentDir);
        var headings = paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text).ToList();
        for (var i = 0; i < titles.Count; i++) Assert.EndsWith(titles[i], headings[i]);
        var text = string.Join("\n", paragraphs.Select(p => p.Text));
        foreach (var title in PeriodSubmissions) Assert.Contains($"《{title}》", text);
        foreach (var title in NotSubmissions) Assert.DoesNotContain(title, text);
        Assert.Contains("2025年8月20日，《乡村振兴办报送帮扶道路建设进展》。摘要", text);
        Assert.Contains("正面典型1个：《某县农村公路养护典型经验》。", text);
        Assert.Contains("刊播媒体：甘肃日报1篇。", text);
        Assert.Equal(2, paragraphs.Count(p => p.Style == "ToFill" && p.Text == "【待办公室填写】"));
    }

    [Fact]
    public void Both_files_are_valid_open_xml()
    {
        var validator = new DocumentFormat.OpenXml.Validation.OpenXmlValidator();
        using (var workbook = SpreadsheetDocument.Open(written.Workbook, false))
            Assert.Empty(validator.Validate(workbook).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        using (var document = WordprocessingDocument.Open(written.Document, false))
            Assert.Empty(validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void A_wrong_period_or_date_is_a_usage_error_and_the_sites_output_is_refused()
    {
        using var folder = new TempFolder("portal-report-usage");
        Assert.Equal(2, CommandLine.Run(folder.Path, "report", "--content", written.ContentDir, "--period", "2025年度").ExitCode);
        Assert.Equal(2, CommandLine.Run(folder.Path, "report", "--content", written.ContentDir, "--as-of", "2026-13-01").ExitCode);
        Assert.Equal(2, CommandLine.Run(folder.Path, "report", "--content", written.ContentDir, "--as-of", "2026-01-05", "--period", "2026下半年").ExitCode);
        var (code, output) = CommandLine.Run(folder.Path, "report", "--content", written.ContentDir, "--theme", RepositoryPaths.Theme, "--output", folder.Combine("_site", "调度材料"));
        Assert.Equal(2, code);
        Assert.Contains("_site", output);
        Assert.False(Directory.Exists(folder.Combine("_site")));
    }

    [Fact]
    public void Check_sums_up_the_leads_without_progress_in_the_cadence_as_one_warning()
    {
        var result = SiteBuild(written.ContentDir, new DateOnly(2026, 1, 5));
        var summary = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReportsMissing);
        Assert.Equal(Severity.Warning, summary.Severity);
        Assert.Contains("调度周期：季度，2025-10-06 至 2026-01-05", summary.Message);
        // 科技处 (task 2, 2025-11-15) and 财务审计处 (task 5, 2025-12-01) reported within the quarter; 乡村振兴办 in August did not.
        Assert.DoesNotContain("任务2 科技处", summary.Message);
        Assert.DoesNotContain("任务5 财务审计处", summary.Message);
        Assert.Contains("任务4 乡村振兴办", summary.Message);
        Assert.Equal(["重点任务", "牵头部门", "最近一次进展", "距今天数"], summary.Table![0]);
        Assert.Contains(summary.Table, r => r[1] == "乡村振兴办" && r[2] == $"2025-08-20 {PeriodSubmissions[0]}");
    }

    [Fact]
    public void An_unknown_report_kind_or_cadence_is_refused()
    {
        using var content = new ContentCase();
        content.Write("stories/2025/2025-03-14-case.md", ContentCase.Story(extra: "report: 总结"));
        content.Write("site.yml", File.ReadAllText(Path.Combine(RepositoryPaths.Content, "site.yml")) + "dispatch: { every: 每周 }\n");
        var result = content.Check();
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.WrongValueType && d.File.EndsWith("2025-03-14-case.md", StringComparison.Ordinal) && d.Line == 7);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.WrongValueType && d.File == "site.yml" && d.Message.Contains("每周"));
    }

    /// <summary>
    /// LibreOffice opens both files (as an office PC would) and their text holds every task and submission of the period;
    /// the report's first page, as LibreOffice prints it, is the guide's picture of the draft (<see cref="GuideScreenshots"/>).
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void LibreOffice_opens_both_files_and_prints_every_task_and_submission()
    {
        using var folder = new TempFolder("portal-report-pdf");
        var profile = new Uri(folder.Combine("profile") + "/").AbsoluteUri;
        var (code, output) = Run("soffice", [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder.Combine("pdf"), written.Workbook, written.Document]);
        Assert.True(code == 0, output);
        var titles = TaskTitles(written.ContentDir);
        foreach (var file in new[] { written.Workbook, written.Document })
        {
            var pdf = folder.Combine("pdf", Path.GetFileNameWithoutExtension(file) + ".pdf");
            Assert.True(File.Exists(pdf), $"soffice made no {pdf}:\n{output}");
            var (textCode, text) = Run("pdftotext", [pdf, "-"]);
            Assert.True(textCode == 0, text);
            // Lines break anywhere in a cell or a paragraph: compare without white space.
            var flat = Flat(text);
            foreach (var title in titles) Assert.True(flat.Contains(Flat(title), StringComparison.Ordinal), $"{Path.GetFileName(pdf)} lacks task “{title}”");
            foreach (var title in PeriodSubmissions) Assert.True(flat.Contains(Flat(title), StringComparison.Ordinal), $"{Path.GetFileName(pdf)} lacks “{title}”");
        }
        // LibreOffice prints the draft on A4 portrait: 210 × 297 mm at 60 dpi is 496.1 × 701.6 pixels, rounded either way.
        var (width, height) = FirstPagePicture(folder, written.Document, "13-report-draft.png");
        Assert.InRange(width, 496, 497);
        Assert.InRange(height, 701, 702);
    }

    /// <summary>
    /// The first page of a file's PDF as a small PNG (60 dpi: its 3号 text still legible), for the guide; returns the
    /// picture's width and height in pixels.
    /// </summary>
    private static (int Width, int Height) FirstPagePicture(TempFolder folder, string file, string name)
    {
        var pdf = folder.Combine("pdf", Path.GetFileNameWithoutExtension(file) + ".pdf");
        var prefix = folder.Combine("png", Path.GetFileNameWithoutExtension(name));
        Directory.CreateDirectory(Path.GetDirectoryName(prefix)!);
        var (code, output) = Run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix]);
        Assert.True(code == 0, output);
        var png = File.ReadAllBytes(prefix + ".png");
        File.Copy(prefix + ".png", GuideScreenshots.PathOf(name), overwrite: true);
        // The PNG header's IHDR chunk: width and height, big-endian, at bytes 16 and 20.
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static (int Code, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{program} is not installed: run scripts/setup.sh (it installs LibreOffice and poppler-utils)");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(300_000), $"{program} did not finish");
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }

    private static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);

    private static Portal.Build.BuildResult SiteBuild(string contentDir, DateOnly today) =>
        Portal.Build.SiteBuild.Check(new Portal.Build.BuildOptions { ContentDir = contentDir, ThemeDir = RepositoryPaths.Theme, Today = today });

    /// <summary>Every row's cells as text (inline strings and numbers), empty cells included up to the header's width.</summary>
    private static List<string[]> Rows(WorkbookPart workbook, Sheet sheet)
    {
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var rows = part.Worksheet.Descendants<Row>().ToList();
        var width = rows[0].Elements<Cell>().Count();
        return rows.Select(r =>
        {
            var cells = new string[width];
            foreach (var cell in r.Elements<Cell>())
            {
                var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1) - 1;
                cells[column] = cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
            }
            return cells.Select(c => c ?? "").ToArray();
        }).ToList();
    }
}
