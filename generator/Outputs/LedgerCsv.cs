using Portal.Model;
using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>/tasks/ledger.csv: the progress ledger (台账) as a spreadsheet for offices that keep it in Excel; its words are theme.yml's ledgerCsv.</summary>
public sealed class LedgerCsv(ThemeText text) : ISiteOutput
{
    private static readonly string[] Columns =
    [
        ThemeKeys.LedgerCsv.Number, ThemeKeys.LedgerCsv.Task, ThemeKeys.LedgerCsv.LeadText, ThemeKeys.LedgerCsv.Leads,
        ThemeKeys.LedgerCsv.StoryCount, ThemeKeys.LedgerCsv.LatestDate, ThemeKeys.LedgerCsv.Latest, ThemeKeys.LedgerCsv.LatestUrl,
    ];

    public string Step => "写入台账";

    public IReadOnlyList<string> Header => Columns.Select(key => text.Word(key)).ToList();

    public void Write(PageTree tree, OutputFolder output) => output.WriteBytes(Routes.TaskLedgerCsv, Bytes(tree.Ledger));

    public byte[] Bytes(IEnumerable<LedgerRow> rows)
    {
        var separator = text.Word(ThemeKeys.LedgerCsv.ListSeparator);
        return SpreadsheetCsv.Bytes(rows.Select(row => (IEnumerable<string>)new[]
        {
            row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Title, row.LeadText, string.Join(separator, row.Leads), row.StoryCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            row.LatestDateIso, row.LatestTitle, row.LatestUrl,
        }).Prepend(Header));
    }
}
