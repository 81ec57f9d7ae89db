using System.Globalization;
using Portal.Model;
using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>/tasks/progress.csv: the progress board as a spreadsheet, for the office that follows it in Excel; its words are theme.yml's progressCsv.</summary>
public sealed class ProgressCsv(ThemeText text) : ISiteOutput
{
    public string Step => "写入工作进展表";

    public void Write(PageTree tree, OutputFolder output) => output.WriteBytes(Routes.TaskProgressCsv, Bytes(tree.Progress));

    /// <summary>One row per key task: for each half year the number of 进展 stories and the newest one's date; then a row
    /// with the addresses of the office's half-year reports under their half years: the figures the page shows, no more.</summary>
    public byte[] Bytes(ProgressBoardView board)
    {
        var header = new List<string>
        {
            text.Word(ThemeKeys.ProgressCsv.Number), text.Word(ThemeKeys.ProgressCsv.Task), text.Word(ThemeKeys.ProgressCsv.Lead),
        };
        foreach (var column in board.Periods)
        {
            header.AddRange([text.Word(ThemeKeys.ProgressCsv.Count, ("period", column.Period)), text.Word(ThemeKeys.ProgressCsv.Newest, ("period", column.Period))]);
        }
        var rows = board.Rows.Select(row =>
        {
            var cells = new List<string> { row.TaskNumber.ToString(CultureInfo.InvariantCulture), row.TaskTitle, row.LeadText };
            foreach (var cell in row.Cells) cells.AddRange([cell.Count.ToString(CultureInfo.InvariantCulture), cell.NewestDateIso ?? ""]);
            return cells;
        }).ToList();
        var office = new List<string> { "", text.Word(ThemeKeys.ProgressCsv.OfficeReports), "" };
        foreach (var column in board.Periods) office.AddRange([string.Join(" ", column.OfficeReports.Select(r => r.AbsoluteUrl)), ""]);
        return SpreadsheetCsv.Bytes([header, .. rows, office]);
    }
}
