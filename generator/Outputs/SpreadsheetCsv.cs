using System.Text;

namespace Portal.Outputs;

/// <summary>CSV that Excel opens as Chinese text (UTF-8 with a BOM), with RFC 4180 quoting and no cell run as a formula.</summary>
public static class SpreadsheetCsv
{
    public static byte[] Bytes(IEnumerable<IEnumerable<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Select(Escape));
            csv.Append("\r\n");
        }
        // Excel opens UTF-8 CSV as GBK unless it starts with a BOM.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>RFC 4180 quoting, and a leading apostrophe so no cell is run as a spreadsheet formula.</summary>
    private static string Escape(string field)
    {
        if (field.Length > 0 && "=+-@\t\r".Contains(field[0])) field = "'" + field;
        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
