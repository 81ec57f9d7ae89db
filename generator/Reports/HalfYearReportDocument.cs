extern alias OpenXml;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using Portal.Model;
using Portal.Validation;

namespace Portal.Reports;

/// <summary>
/// 半年工作情况报告（初稿）-&lt;period&gt;.docx in the layout of GB/T 9704-2012 (党政机关公文格式): A4, margins 37/35/28/26 mm,
/// title 2号 方正小标宋简体, body 3号 仿宋_GB2312, 一、 headings 黑体, （一） headings 楷体_GB2312, page numbers 4号 in the
/// footer (— 1 —, odd pages right and even pages left). Every sentence is reports.yml wording or content.
/// </summary>
/// <remarks>
/// Fonts: the 公文 fonts are named in the styles' w:rFonts eastAsia, as a 公文 template does, so an office PC with them
/// prints the standard. A stock Windows or WPS install lacks 方正小标宋简体 and the _GB2312 fonts, so the font table gives
/// each an w:altName that such an install has (宋体, 仿宋, 楷体) with the GB2312 charset and family, which Word and WPS
/// use to substitute; LibreOffice substitutes by its own table (Noto CJK on Debian).
/// </remarks>
public static class HalfYearReportDocument
{
    private const string TitleFont = OfficialFonts.Title, BodyFont = OfficialFonts.Body, HeadingFont = OfficialFonts.Heading,
        SubheadingFont = OfficialFonts.Subheading, PageNumberFont = OfficialFonts.Plain;

    /// <summary>Font sizes in half points: 2号 22 pt, 3号 16 pt, 4号 14 pt.</summary>
    public const int TitleSize = 44, BodySize = 32, PageNumberSize = 28;

    /// <summary>Page and margins in twentieths of a point (twips): A4 210 × 297 mm; 37, 35, 28, 26 mm (1 mm = 1440/25.4 twips).</summary>
    public const int PageWidth = 11906, PageHeight = 16838, MarginTop = 2098, MarginBottom = 1984, MarginLeft = 1587, MarginRight = 1474;

    /// <summary>The standard's 22 lines to a page: fixed 28.95 pt lines (579 twips) fill the 225 mm text area.</summary>
    public const int LineSpacing = 579;

    /// <summary>The page number 7 mm below the text area: 35 − 7 mm minus the number's own 4号 line, about 23 mm (1304 twips).</summary>
    public const int FooterDistance = 1304;

    public static string Write(DispatchMaterial material, ReportWords words, string folder)
    {
        var path = Path.Combine(folder, words["report.file", ("period", material.Period)]);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<FontTablePart>().Fonts = FontTable();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new EvenAndOddHeaders());
        var oddFooter = main.AddNewPart<FooterPart>();
        oddFooter.Footer = PageNumberFooter(JustificationValues.Right);
        var evenFooter = main.AddNewPart<FooterPart>();
        evenFooter.Footer = PageNumberFooter(JustificationValues.Left);

        var body = new Body();
        foreach (var paragraph in Paragraphs(material, words)) body.AppendChild(paragraph);
        body.AppendChild(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(oddFooter) },
            new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(evenFooter) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = FooterDistance, Gutter = 0 },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = LineSpacing }));
        main.Document = new Document(body);
        main.Document.Save();
        return path;
    }

    private static IEnumerable<Paragraph> Paragraphs(DispatchMaterial m, ReportWords words)
    {
        var period = m.Period.ToString();
        string Day(DateOnly d) => words["report.date", ("year", d.Year), ("month", d.Month), ("day", d.Day)];
        var asOf = Day(m.AsOf);
        var sections = words.List("report.sections");
        var separator = words["report.listSeparator"];
        string Items(IEnumerable<(string Name, IReadOnlyList<Site.StoryEntry> Stories)> groups) =>
            string.Join(separator, groups.Select(g => words["report.item", ("name", g.Name), ("count", g.Stories.Count)]));

        yield return Styled("Title", words.List("report.title", ("period", period)).ToArray());
        yield return Styled("Subtitle", words["report.subtitle", ("asOf", asOf)]);

        // 一、总体情况: figures only.
        yield return Styled("Heading1", sections[0]);
        var reported = m.Rows.Count(r => r.State == DispatchState.Reported);
        yield return Text(words["report.overall", ("period", period), ("stories", m.Stories.Count), ("submissions", m.Submissions.Count),
            ("tasks", m.Submissions.SelectMany(s => s.Tasks).Distinct().Count()), ("rows", m.Rows.Count), ("reported", reported), ("missing", m.Rows.Count - reported)]);
        var overdue = m.Rows.Where(r => r.State == DispatchState.Overdue).ToList();
        yield return Text(overdue.Count == 0
            ? words["report.noOverdue", ("cadence", m.Cadence), ("asOf", asOf)]
            : words["report.cadence", ("cadence", m.Cadence), ("asOf", asOf), ("overdue", overdue.Count),
                ("names", string.Join(separator, overdue.Select(r => words["report.overdueItem", ("lead", r.Lead), ("number", r.Task.Number)])))]);

        // 二、重点任务推进情况: per task in the notice's order, per lead department its submissions.
        yield return Styled("Heading1", sections[1]);
        var ordinals = words.List("report.ordinals");
        for (var i = 0; i < m.Tasks.Count; i++)
        {
            var task = m.Tasks[i];
            yield return Styled("Heading2", words["report.taskHeading", ("ordinal", i < ordinals.Count ? ordinals[i] : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("title", task.Title)]);
            yield return Text(words["report.leads", ("leads", task.LeadText)]);
            foreach (var row in m.Rows.Where(r => r.Task == task))
            {
                if (row.Submissions.Count == 0)
                {
                    yield return Text(words["report.leadMissing", ("lead", row.Lead)]);
                    continue;
                }
                yield return Text(words["report.leadReported", ("lead", row.Lead), ("count", row.Submissions.Count)]);
                foreach (var s in row.Submissions)
                    yield return Text(words["report.submission", ("date", Day(s.Date)), ("title", s.Title), ("summary", s.Summary)].TrimEnd());
            }
        }

        // 三、宣传工作情况: forms, media and outlets (三（四）).
        yield return Styled("Heading1", sections[2]);
        yield return Text(words["report.stories", ("period", period), ("count", m.Stories.Count)] + words["report.byForm", ("items", Items(m.ByForm))]);
        var coverage = m.Coverage.Total;
        yield return Text(coverage == 0
            ? words["report.noCoverage"]
            : words["report.byMedium", ("count", coverage), ("items", Items(m.ByMedium))] + words["report.byOutlet", ("items", Items(m.ByOutlet))]);

        // 四、典型案例 (三（三）: 正面典型激励和反面典型警示).
        yield return Styled("Heading1", sections[3]);
        foreach (var (kind, key) in new[] { (CaseKinds.Positive, "positive"), (CaseKinds.Negative, "negative") })
        {
            var cases = m.Cases(kind);
            yield return Text(cases.Count == 0
                ? words[$"report.no{char.ToUpperInvariant(key[0])}{key[1..]}"]
                : words[$"report.{key}", ("count", cases.Count), ("titles", string.Join(separator, cases.Select(c => words["report.caseTitle", ("title", c.Title)])))]);
        }

        // 五、存在问题和下步打算: the office's own judgement, left to it, clearly marked.
        yield return Styled("Heading1", sections[4]);
        yield return Styled("Heading2", words["report.problemsHeading"]);
        yield return Styled("ToFill", words["report.toFill"]);
        yield return Styled("Heading2", words["report.plansHeading"]);
        yield return Styled("ToFill", words["report.toFill"]);
    }

    private static Paragraph Text(string text) => Styled("Normal", text);

    /// <param name="lines">One or more lines, kept apart by line breaks within the paragraph.</param>
    private static Paragraph Styled(string style, params string[] lines)
    {
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.AppendChild(new Break());
            run.AppendChild(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), run);
    }

    private static RunFonts RunFontsOf(string eastAsia) => new() { EastAsia = eastAsia, Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" };

    private static Style ParagraphStyle(string id, string name, string font, int size, JustificationValues justification, bool firstLineIndent, string? basedOn = "Normal", bool bold = false)
    {
        var paragraph = new StyleParagraphProperties(
            new SpacingBetweenLines { Line = LineSpacing.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            // 首行缩进两字 (two characters of the 3号 body: 2 × 16 pt).
            firstLineIndent ? new Indentation { FirstLineChars = 200, FirstLine = "640" } : new Indentation { FirstLineChars = 0, FirstLine = "0" },
            new Justification { Val = justification });
        var run = new StyleRunProperties(RunFontsOf(font));
        if (bold) run.AppendChild(new Bold());
        run.AppendChild(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        run.AppendChild(new FontSizeComplexScript { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = id is not "Normal" and not "Title" and not "Subtitle" and not "Heading1" and not "Heading2" };
        if (basedOn is not null) style.AppendChild(new BasedOn { Val = basedOn });
        style.AppendChild(paragraph);
        style.AppendChild(run);
        return style;
    }

    private static Styles Styles()
    {
        var normal = ParagraphStyle("Normal", "Normal", BodyFont, BodySize, JustificationValues.Both, firstLineIndent: true, basedOn: null);
        normal.Default = true;
        var heading1 = ParagraphStyle("Heading1", "heading 1", HeadingFont, BodySize, JustificationValues.Both, firstLineIndent: true);
        heading1.StyleParagraphProperties!.AppendChild(new OutlineLevel { Val = 0 });
        var heading2 = ParagraphStyle("Heading2", "heading 2", SubheadingFont, BodySize, JustificationValues.Both, firstLineIndent: true);
        heading2.StyleParagraphProperties!.AppendChild(new OutlineLevel { Val = 1 });
        return new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(RunFontsOf(BodyFont), new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new Languages { EastAsia = "zh-CN", Val = "zh-CN" }))),
            normal,
            ParagraphStyle("Title", "Title", TitleFont, TitleSize, JustificationValues.Center, firstLineIndent: false),
            ParagraphStyle("Subtitle", "Subtitle", SubheadingFont, BodySize, JustificationValues.Center, firstLineIndent: false),
            heading1,
            heading2,
            // 【待办公室填写】 in bold so that nobody sends the draft with the blanks unfilled.
            ParagraphStyle("ToFill", "To fill", BodyFont, BodySize, JustificationValues.Both, firstLineIndent: true, bold: true),
            ParagraphStyle("Footer", "footer", PageNumberFont, PageNumberSize, JustificationValues.Right, firstLineIndent: false));
    }

    private static Fonts FontTable() => new(OfficialFonts.Fallbacks.Select(kv => new Font(
        new AltName { Val = kv.Value },
        new FontCharSet { Val = "86" },
        new FontFamily { Val = kv.Key == HeadingFont ? FontFamilyValues.Modern : FontFamilyValues.Roman },
        new Pitch { Val = FontPitchValues.Variable }) { Name = kv.Key }));

    /// <summary>— 1 — in 4号 宋体, one character in from the edge (GB/T 9704-2012 7.5).</summary>
    private static Footer PageNumberFooter(JustificationValues side)
    {
        var indent = side == JustificationValues.Right ? new Indentation { Right = "280", FirstLine = "0" } : new Indentation { Left = "280", FirstLine = "0" };
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, indent, new Justification { Val = side }));
        paragraph.AppendChild(new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.AppendChild(new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " });
        paragraph.AppendChild(new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve }));
        return new Footer(paragraph);
    }
}
