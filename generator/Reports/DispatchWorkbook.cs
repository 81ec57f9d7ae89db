extern alias OpenXml;
using System.Globalization;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Spreadsheet;
using Portal.Model;
using Portal.Validation;

namespace Portal.Reports;

/// <summary>
/// 调度台账-&lt;period&gt;.xlsx: sheet 1 one row per key task × lead department (submissions of the period, last submission,
/// days since, state against the cadence), sheet 2 the period's publicity work. Header rows frozen, columns sized.
/// </summary>
public static class DispatchWorkbook
{
    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

    public static string Write(DispatchMaterial material, ReportWords words, string folder)
    {
        var path = Path.Combine(folder, words["ledger.file", ("period", material.Period)]);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        AddSheet(workbook, sheets, 1, words["ledger.sheet"], words.List("ledger.headers"), LedgerRows(material, words));
        AddSheet(workbook, sheets, 2, words["ledger.publicitySheet"], words.List("ledger.publicityHeaders"), PublicityRows(material, words));
        workbook.Workbook.Save();
        return path;
    }

    private static IEnumerable<object[]> LedgerRows(DispatchMaterial material, ReportWords words)
    {
        foreach (var row in material.Rows)
        {
            var s = row.Submissions;
            yield return
            [
                $"{row.Task.Number}. {row.Task.Title}",
                row.Lead,
                s.Count,
                Lines(s.Select(x => x.DateIso)),
                Lines(s.Select(x => x.Title)),
                Lines(s.Select(x => x.AbsoluteUrl)),
                row.Last?.DateIso ?? words["ledger.never"],
                row.DaysSince is { } days ? days : words["ledger.never"],
                words[row.State switch
                {
                    DispatchState.Reported => "ledger.reported",
                    DispatchState.NotThisPeriod => "ledger.notThisPeriod",
                    _ => "ledger.overdue",
                }],
            ];
        }
    }

    private static IEnumerable<object[]> PublicityRows(DispatchMaterial material, ReportWords words)
    {
        foreach (var (name, stories) in material.ByForm) yield return [words["ledger.form"], name, stories.Count, Lines(stories.Select(s => s.Title))];
        foreach (var (name, stories) in material.ByMedium) yield return [words["ledger.medium"], name, stories.Count, Lines(stories.Select(s => s.Title))];
        foreach (var (name, stories) in material.ByOutlet) yield return [words["ledger.outlet"], name, stories.Count, Lines(stories.Select(s => s.Title))];
        foreach (var kind in CaseKinds.All)
        {
            var cases = material.Cases(kind);
            yield return [words["ledger.case"], kind, cases.Count, Lines(cases.Select(s => s.Title))];
        }
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IReadOnlyList<string> headers, IEnumerable<object[]> cells)
    {
        var rows = cells.ToList();
        var widths = headers.Select((h, i) => Math.Clamp(rows.Select(r => Width(r[i])).Append(Width(h)).Max() + 2, 8, 70)).ToList();
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.AppendChild(Row(1, headers.Cast<object>().ToArray(), HeaderStyle));
        uint index = 2;
        foreach (var row in rows) data.AppendChild(Row(index++, row, WrapStyle));
        // The header stays in view while scrolling: a pane frozen below row 1.
        var view = new SheetView { WorkbookViewId = 0, TabSelected = id == 1 };
        view.AppendChild(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        view.AppendChild(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        // Printed for a meeting: A4 landscape, all columns on one page width, the header on every page.
        var properties = new SheetProperties(new PageSetupProperties { FitToPage = true });
        part.Worksheet = new Worksheet(properties, new SheetViews(view), columns, data);
        if (index > 2) part.Worksheet.AppendChild(new AutoFilter { Reference = $"A1:{ColumnName(headers.Count - 1)}{index - 1}" });
        part.Worksheet.AppendChild(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        part.Worksheet.AppendChild(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        part.Worksheet.Save();
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
        var names = workbook.Workbook.DefinedNames ??= new DefinedNames();
        names.AppendChild(new DefinedName($"'{name}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = id - 1 });
    }

    private static Row Row(uint index, object[] values, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = $"{ColumnName(i)}{index}";
            row.AppendChild(values[i] is int number
                ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)), StyleIndex = style }
                : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)values[i]) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = style });
        }
        return row;
    }

    /// <summary>A cell's widest line in character widths: a Chinese character is about two Latin ones.</summary>
    private static double Width(object value) =>
        Convert.ToString(value, CultureInfo.InvariantCulture)!.Split('\n').Max(line => line.Sum(c => c > 0x2E80 ? 2.0 : 1.0));

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>Format 0 the default, 1 the bold header, 2 wrapped text aligned to the top (cells with several lines).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = OfficialFonts.Plain }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = OfficialFonts.Plain })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true }) { Count = 3 });
}
