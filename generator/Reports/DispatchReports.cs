namespace Portal.Reports;

/// <summary>
/// The `report` command's files for the campaign office: the ledger and the draft half-year report, written into a
/// folder of their own. They are internal working papers, not part of the site: nothing here writes under the site's output.
/// </summary>
public static class DispatchReports
{
    /// <returns>The paths written, ledger first.</returns>
    public static IReadOnlyList<string> Write(DispatchMaterial material, ReportWords words, string folder)
    {
        Directory.CreateDirectory(folder);
        return [DispatchWorkbook.Write(material, words, folder), HalfYearReportDocument.Write(material, words, folder)];
    }
}
