using System.CommandLine;
using Portal.Build;
using Portal.Diagnostics;

namespace Portal.Cli;

/// <summary>
/// `wechat &lt;story file&gt;`: prints a story's 公众号 copy (the HTML `serve`'s 复制公众号版 button copies) to standard
/// output, for scripts and checks. Errors go to standard error; the exit codes are the other commands'.
/// </summary>
public static class WeChatCommand
{
    public static Command Create(Option<string> content, Option<string> theme, Option<bool> drafts)
    {
        var file = new Argument<string>("story") { Description = "稿件文件，如 content/stories/2025/2025-03-14-rural-roads.md" };
        var command = new Command("wechat", "输出一篇稿件的公众号版 HTML（与预览中“复制公众号版”复制的内容相同）") { content, theme, drafts, file };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(theme)!, parse.GetValue(drafts), parse.GetValue(file)!));
        return command;
    }

    private static int Run(string contentDir, string themeDir, bool drafts, string file)
    {
        if (!File.Exists(file) && !File.Exists(Path.Combine(contentDir, file)))
        {
            Console.Error.WriteLine($"用法错误：找不到稿件文件“{file}”。");
            return 2;
        }
        var diagnostics = new DiagnosticBag();
        var answer = WeChatCopy.Of(contentDir, themeDir, drafts, WeChatCopy.ByFile(contentDir, file), diagnostics);
        // Standard output carries the HTML only: a script pipes it on.
        var printer = new DiagnosticPrinter(Console.Error, contentDir, false, Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");
        foreach (var d in diagnostics.Sorted().Where(d => d.Severity == Severity.Error)) printer.PrintOne(d);
        if (diagnostics.HasErrors)
        {
            Console.Error.WriteLine("内容有错误，未生成公众号版；请先按上面的提示修改。");
            return 1;
        }
        if (answer is null)
        {
            Console.Error.WriteLine($"“{file}”不是 {contentDir} 中一篇会发布的稿件（草稿请加 --drafts）。");
            return 2;
        }
        Console.Out.Write(answer.Copy.Html);
        Console.Out.WriteLine();
        return 0;
    }
}
