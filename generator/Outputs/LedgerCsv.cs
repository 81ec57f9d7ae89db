using System.Text;
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

    public static byte[] Bytes(IEnumerable<LedgerRow> rows)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var row in rows)
        {
            AppendRow(csv,
            [
                row.Number.ToString(), row.Title, row.LeadText, string.Join("、", row.Leads), row.StoryCount.ToString(),
                row.LatestDateIso, row.LatestTitle, row.LatestUrl,
            ]);
        }
        // Excel opens UTF-8 CSV as GBK unless it starts with a BOM.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Escape));
        csv.Append("\r\n");
    }

    /// <summary>RFC 4180 quoting, and a leading apostrophe so no cell is run as a spreadsheet formula.</summary>
    private static string Escape(string field)
    {
        if (field.Length > 0 && "=+-@\t\r".Contains(field[0])) field = "'" + field;
        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
