using Portal.Model;
using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>/tasks/progress.csv: the progress board as a spreadsheet, for the office that follows it in Excel; its words are theme.yml's progressCsv.</summary>
public sealed class ProgressCsv(ThemeText text) : ISiteOutput
{
    public string Step => "写入工作进展表";

    public void Write(PageTree tree, OutputFolder output) => output.WriteBytes(Routes.TaskProgressCsv, Bytes(tree.Progress));

    public byte[] Bytes(ProgressBoardView board)
    {
        var header = new List<string>
        {
            text.Word(ThemeKeys.ProgressCsv.Number), text.Word(ThemeKeys.ProgressCsv.Task), text.Word(ThemeKeys.ProgressCsv.Lead),
        };
        foreach (var period in board.Periods) header.AddRange([period, text.Word(ThemeKeys.ProgressCsv.ReportLinks, ("period", period))]);
        var reported = text.Word(ThemeKeys.ProgressCsv.Reported);
        var missing = text.Word(ThemeKeys.ProgressCsv.Missing);
        var rows = board.Rows.Select(row =>
        {
            var cells = new List<string> { row.TaskNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), row.TaskTitle, row.Lead };
            foreach (var cell in row.Cells)
                cells.AddRange([cell.State == "reported" ? reported : missing, string.Join(" ", cell.Reports.Select(r => r.AbsoluteUrl))]);
            return cells;
        });
        return SpreadsheetCsv.Bytes([header, .. rows]);
    }
}
