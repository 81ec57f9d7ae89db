using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>/tasks/ledger.csv: the progress ledger (台账) as a spreadsheet for offices that keep it in Excel.</summary>
public sealed class LedgerCsv : ISiteOutput
{
    public static readonly string[] Header =
        ["任务序号", "重点任务", "牵头部门（原文）", "牵头部门", "稿件数量", "最近进展日期", "最近进展", "最近进展链接"];

    public string Step => "写入台账";

    public void Write(PageTree tree, OutputFolder output) => output.WriteBytes(Routes.TaskLedgerCsv, Bytes(tree.Ledger));

    public static byte[] Bytes(IEnumerable<LedgerRow> rows) =>
        SpreadsheetCsv.Bytes(rows.Select(row => new[]
        {
            row.Number.ToString(), row.Title, row.LeadText, string.Join("、", row.Leads), row.StoryCount.ToString(),
            row.LatestDateIso, row.LatestTitle, row.LatestUrl,
        }).Prepend(Header));
}
