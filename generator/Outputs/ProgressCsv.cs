using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>/tasks/progress.csv: the progress board as a spreadsheet, for the office that follows it in Excel.</summary>
public sealed class ProgressCsv : ISiteOutput
{
    public string Step => "写入工作进展表";

    public void Write(PageTree tree, OutputFolder output) => output.WriteBytes(Routes.TaskProgressCsv, Bytes(tree.Progress));

    public static byte[] Bytes(ProgressBoardView board)
    {
        var header = new List<string> { "任务序号", "重点任务", "牵头部门" };
        foreach (var period in board.Periods) header.AddRange([period, $"{period}报告链接"]);
        var rows = board.Rows.Select(row =>
        {
            var cells = new List<string> { row.TaskNumber.ToString(), row.TaskTitle, row.Lead };
            foreach (var cell in row.Cells)
                cells.AddRange([cell.State == "reported" ? "已报送" : "未报送", string.Join(" ", cell.Reports.Select(r => r.AbsoluteUrl))]);
            return cells;
        });
        return SpreadsheetCsv.Bytes([header, .. rows]);
    }
}
