using System.CommandLine;
using Portal.Preview.LocalBackend.Handoff;

namespace Portal.Cli;

/// <summary>
/// `import 稿件包-….zip`: a developer takes an editor's 稿件包 (提交审核 on a machine that could not push) into their
/// checkout in one step: exactly the package's files written or deleted under content/, after every hash is verified and
/// none of them changed here since the editor's copy started; otherwise nothing is touched (<see cref="StoryPackage.Import"/>).
/// </summary>
public static class ImportCommand
{
    public static Command Create(Option<string> content)
    {
        var package = new Argument<string>("稿件包") { Description = "编辑用“提交审核”生成的稿件包（稿件包-日期-时间.zip）" };
        var command = new Command("import", "导入编辑的稿件包：把其中改动的文件写入 content 文件夹（先核对清单，被改动或已过期的稿件包不导入）") { package, content };
        command.SetAction(parse => Run(parse.GetValue(package)!, parse.GetValue(content)!));
        return command;
    }

    private static int Run(string package, string contentDir)
    {
        if (!File.Exists(package))
        {
            Console.Error.WriteLine($"用法错误：找不到稿件包“{package}”。");
            return 2;
        }
        if (!Directory.Exists(contentDir))
        {
            Console.Error.WriteLine($"用法错误：找不到内容文件夹“{contentDir}”。");
            return 2;
        }
        IReadOnlyList<ContentChange> done;
        try
        {
            done = StoryPackage.Import(package, contentDir);
        }
        catch (StoryPackageRefusedException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 1;
        }
        foreach (var change in done) Console.WriteLine($"{(change.Deleted ? "已删除" : change.BaseSha256 is null ? "已新增" : "已更新")} {change.Path}");
        Console.WriteLine($"已导入稿件包 {Path.GetFileName(package)}：共 {done.Count} 个文件。请运行 check 检查，然后提交到新分支并建立合并请求送审。");
        return 0;
    }
}
