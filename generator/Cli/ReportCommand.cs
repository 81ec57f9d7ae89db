using System.CommandLine;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Reports;

namespace Portal.Cli;

/// <summary>
/// `report`: the campaign office's dispatch materials (调度台账 .xlsx and the draft half-year report .docx) for one half
/// year, from the checked content, into a folder of their own (never the site's output).
/// </summary>
public static class ReportCommand
{
    public const string DefaultOutput = "调度材料";

    public static Command Create(Option<string> content, Option<string> theme)
    {
        var period = new Option<string?>("--period") { Description = "报告期，如 2025下半年；默认为截至 --as-of 日期最近一个已结束的半年" };
        var asOf = new Option<string?>("--as-of") { Description = "统计截止日期，如 2026-01-05；默认今天（北京时间）" };
        var output = new Option<string>("--output") { Description = "调度材料的输出文件夹（不要放在网站输出文件夹中）", DefaultValueFactory = _ => DefaultOutput };
        var command = new Command("report", "生成专项工作机制办公室的调度材料：调度台账（xlsx）和半年工作情况报告初稿（docx）") { content, theme, period, asOf, output };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(theme)!, parse.GetValue(period), parse.GetValue(asOf), parse.GetValue(output)!));
        return command;
    }

    private static int Run(string contentDir, string themeDir, string? periodText, string? asOfText, string outputDir)
    {
        // The office's materials are about now: today in China unless --as-of says otherwise (not the build's dating).
        var asOf = AsOfDate.Clock().Date;
        if (asOfText is not null && !AsOfDate.TryParseOption(asOfText, out asOf))
        {
            Console.Error.WriteLine($"用法错误：--as-of “{asOfText}”应写成 2026-01-05 的形式。");
            return 2;
        }
        var period = ReportPeriod.LatestCompletedAt(asOf);
        if (periodText is not null)
        {
            if (ReportPeriod.Parse(periodText) is not { } parsed)
            {
                Console.Error.WriteLine($"用法错误：--period “{periodText}”应写成{ReportPeriod.AcceptedForms}。");
                return 2;
            }
            period = parsed;
        }
        if (period.Start > asOf)
        {
            Console.Error.WriteLine($"用法错误：报告期 {period} 在统计截止日期 {asOf:yyyy-MM-dd} 之后还没有开始。");
            return 2;
        }
        // Working papers of the office: a folder inside the site's output would be published with it.
        if (Path.GetFullPath(outputDir).Split(Path.DirectorySeparatorChar).Contains("_site"))
        {
            Console.Error.WriteLine($"用法错误：调度材料不能写在网站输出文件夹 _site 中（会随网站发布）：{outputDir}");
            return 2;
        }
        ReportWords words;
        try
        {
            words = ReportWords.Load(themeDir);
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        var diagnostics = new DiagnosticBag();
        var site = SiteBuild.LoadAndValidate(new BuildOptions { ContentDir = contentDir, ThemeDir = themeDir, Today = asOf }, diagnostics);
        var printer = DiagnosticPrinter.ForConsole(contentDir);
        foreach (var d in diagnostics.Sorted().Where(d => d.Severity == Severity.Error)) printer.PrintOne(d);
        if (site is null)
        {
            Console.Error.WriteLine("内容有错误，未生成调度材料；请先按上面的提示修改。");
            return 1;
        }
        try
        {
            var material = DispatchMaterial.Compile(site, period, asOf);
            foreach (var path in DispatchReports.Write(material, words, outputDir))
                Console.WriteLine($"已生成 {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
            Console.WriteLine($"报告期 {period}，统计截止 {asOf:yyyy-MM-dd}，调度周期 {material.Cadence}。报告初稿中“【待办公室填写】”处请办公室补充。");
            return 0;
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"无法写入调度材料（{ex.Message.TrimEnd('.')}）：文件可能正在 Word 或 Excel 中打开，请关闭后重试。");
            return 1;
        }
    }
}
