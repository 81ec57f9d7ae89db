using System.CommandLine;
using Portal.Authoring.Fixes;
using Portal.Build;
using Portal.Cli;
using Portal.Preview;

// Exit codes are a public interface (docs/design.md): 0 success, 1 content errors, 2 usage errors.
Console.OutputEncoding = System.Text.Encoding.UTF8;

var content = new Option<string>("--content") { Description = "内容文件夹", DefaultValueFactory = _ => "content" };
var output = new Option<string>("--output") { Description = "输出文件夹", DefaultValueFactory = _ => "_site" };
var theme = new Option<string>("--theme") { Description = "主题文件夹", DefaultValueFactory = _ => "theme" };
var baseUrl = new Option<string?>("--base-url") { Description = "网站地址，覆盖 site.yml 中的 baseUrl，如 https://example.github.io/portal/" };
var drafts = new Option<bool>("--drafts") { Description = "包含草稿" };
var strict = new Option<bool>("--strict") { Description = "有警告也视为失败" };

var pullRequestPreview = new Option<int?>("--pr-preview") { Description = "生成合并请求 N 的预览版：每页显示“预览版”横幅，不让搜索引擎收录" };
pullRequestPreview.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int?>() is <= 0) result.AddError("--pr-preview 应为合并请求的编号（正整数），如 --pr-preview 12");
});
// Checked with SOURCE_DATE_EPOCH by AsOfDate.BeforeLoading, which prints nothing: one place decides the date.
var asOf = new Option<string?>("--as-of")
{
    Description = "以这一天为“今天”（判断未来日期和更新是否及时），如 2026-11-26；不写时依次取环境变量 SOURCE_DATE_EPOCH、"
        + "内容所在 Git 仓库最新提交的日期、内容中最新的日期",
};
var build = new Command("build", "从内容生成网站") { content, output, theme, baseUrl, drafts, strict, pullRequestPreview, asOf };
var fix = new Option<bool>("--fix") { Description = "先自动修正能机械修正的问题（全角标点、中文引号、列表中的中文逗号、与日期不符的文件名、字幕格式），再检查" };
var check = new Command("check", "只检查内容，不生成网站") { content, theme, strict, fix, asOf };
var port = new Option<int>("--port") { Description = "预览端口（只监听 127.0.0.1）", DefaultValueFactory = _ => 5080 };
var open = new Option<bool>("--open") { Description = "生成后用默认浏览器打开预览地址" };
var serve = new Command("serve", "生成并在本机预览网站，修改内容后自动刷新") { content, output, theme, port, drafts, open };

build.SetAction(parse =>
{
    if (!TryBaseUrl(parse.GetValue(baseUrl), out var uri)) return 2;
    var options = new BuildOptions
    {
        ContentDir = parse.GetValue(content)!,
        OutputDir = parse.GetValue(output)!,
        ThemeDir = parse.GetValue(theme)!,
        BaseUrl = uri,
        IncludeDrafts = parse.GetValue(drafts),
        Strict = parse.GetValue(strict),
        PullRequestPreview = parse.GetValue(pullRequestPreview),
    };
    if (!TryAsOf(parse.GetValue(asOf), options, out options)) return 2;
    BuildResult result;
    using (var progress = TerminalProgress.ForConsole())
        result = SiteBuild.Build(options with { Progress = progress });
    DiagnosticPrinter.ForConsole(options.ContentDir).Print(result, "生成");
    return result.Success ? 0 : 1;
});
check.SetAction(parse =>
{
    var options = new BuildOptions { ContentDir = parse.GetValue(content)!, ThemeDir = parse.GetValue(theme)!, Strict = parse.GetValue(strict) };
    if (!TryAsOf(parse.GetValue(asOf), options, out options)) return 2;
    if (parse.GetValue(fix) && Directory.Exists(options.ContentDir))
    {
        var changes = ContentFixer.Apply(options.ContentDir);
        foreach (var change in changes) Console.WriteLine($"已修正 {Path.Combine(options.ContentDir, change.File).Replace('\\', '/')}:{change.Line}: {change.Before} → {change.After}");
        Console.WriteLine(changes.Count == 0 ? "没有可以自动修正的问题。" : $"共自动修正 {changes.Count} 处。");
    }
    BuildResult result;
    using (var progress = TerminalProgress.ForConsole())
        result = SiteBuild.Check(options with { Progress = progress });
    DiagnosticPrinter.ForConsole(options.ContentDir).Print(result, "检查");
    if (!parse.GetValue(fix) && ContentFixer.Suggestion(result.Diagnostics) is { } suggestion) Console.WriteLine(suggestion);
    return result.Success ? 0 : 1;
});

serve.SetAction(async (parse, cancel) =>
{
    var options = new BuildOptions
    {
        ContentDir = parse.GetValue(content)!,
        OutputDir = parse.GetValue(output)!,
        ThemeDir = parse.GetValue(theme)!,
        IncludeDrafts = parse.GetValue(drafts),
    };
    var printer = DiagnosticPrinter.ForConsole(options.ContentDir);
    using var progress = TerminalProgress.ForConsole();
    try
    {
        await using var session = await PreviewSession.StartAsync(options with { Progress = progress }, parse.GetValue(port), r =>
        {
            progress?.Clear();
            printer.Print(r, "生成");
            if (ContentFixer.Suggestion(r.Diagnostics) is { } suggestion) Console.WriteLine(suggestion);
        });
        Console.WriteLine($"预览地址：{session.Address}（按 Ctrl+C 停止）。修改 {options.ContentDir} 或 {options.ThemeDir} 后页面会自动刷新。");
        if (parse.GetValue(open)) BrowserLauncher.Open(session.Address, Console.WriteLine);
        await Task.Delay(Timeout.Infinite, cancel).ContinueWith(_ => { }, CancellationToken.None);
        return 0;
    }
    catch (IOException ex)
    {
        Console.Error.WriteLine($"无法启动预览服务器：{ex.Message.TrimEnd('.')}。端口可能已被占用，请用 --port 换一个端口。");
        return 2;
    }
});

var title = new Option<string>("--title") { Description = "稿件标题", Required = true };
var tasksOption = new Option<int[]>("--task") { Description = "重点任务序号，可写多次", AllowMultipleArgumentsPerToken = true, Required = true };
var typeOption = new Option<string>("--type") { Description = "稿件类型", DefaultValueFactory = _ => "即时报道" };
var departmentsOption = new Option<string[]>("--department") { Description = "部门单位，可写多次", AllowMultipleArgumentsPerToken = true };
var caseOption = new Option<string?>("--case") { Description = "典型案例的类别：正面 或 反面（--type 典型案例 时必填）" };
var slugOption = new Option<string?>("--slug") { Description = "文件名中的英文标识（小写字母、数字、连字符）" };
var dateOption = new Option<string?>("--date") { Description = "发布日期，默认今天，如 2025-03-14" };
var newStory = new Command("story", "新建一篇稿件") { content, theme, title, tasksOption, typeOption, caseOption, departmentsOption, slugOption, dateOption };
newStory.SetAction(parse =>
{
    var dateText = parse.GetValue(dateOption);
    var date = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out date))
    {
        Console.Error.WriteLine($"用法错误：--date “{dateText}”应写成 2025-03-14 的形式。");
        return 2;
    }
    var diagnostics = new Portal.Diagnostics.DiagnosticBag();
    var request = new Portal.Authoring.StoryScaffold.Request(parse.GetValue(content)!, parse.GetValue(title)!,
        parse.GetValue(tasksOption) ?? [], parse.GetValue(typeOption)!, parse.GetValue(departmentsOption) ?? [], parse.GetValue(slugOption), date,
        parse.GetValue(caseOption), parse.GetValue(theme)!);
    var path = Portal.Authoring.StoryScaffold.Create(request, diagnostics);
    var printer = DiagnosticPrinter.ForConsole(request.ContentDir);
    foreach (var d in diagnostics.Sorted()) printer.PrintOne(d);
    if (path is null) return 1;
    Console.WriteLine($"已新建稿件：{Path.GetRelativePath(Environment.CurrentDirectory, path)}");
    Console.WriteLine("请填写摘要、标签和正文；写好后把 draft 改为 false，运行 check 检查。");
    return 0;
});
var scaffold = new Command("new", "新建内容") { newStory };

var genTargets = new[] { "all", "schemas", "guide" };
var genTarget = new Argument<string>("target")
{
    Description = "要重写的文件：schemas（content/.schemas/ 和 .vscode/settings.json 中的映射）、guide（content/README.md 中的字段表）或 all（全部，默认）",
    DefaultValueFactory = _ => "all",
};
genTarget.Validators.Add(result =>
{
    var target = result.GetValueOrDefault<string>();
    if (!genTargets.Contains(target)) result.AddError($"gen 后面应写 schemas、guide 或 all（不写即 all），而不是“{target}”");
});
var repository = new Option<string>("--repository") { Description = "仓库文件夹（其中有 content/ 和 .vscode/），默认当前文件夹", DefaultValueFactory = _ => "." };
var gen = new Command("gen", "按字段定义重写仓库中生成的文件（开发人员修改字段定义后运行）") { genTarget, repository };
gen.SetAction(parse =>
{
    var target = parse.GetValue(genTarget)!;
    var repo = parse.GetValue(repository)!;
    if (!Directory.Exists(Path.Combine(repo, "content")))
    {
        Console.Error.WriteLine($"用法错误：“{repo}”中没有 content 文件夹。请在仓库根目录运行，或用 --repository 指定仓库文件夹。");
        return 2;
    }
    var changes = new List<GeneratedFiles.Change>();
    if (target is "all" or "schemas")
    {
        try
        {
            changes.AddRange(GeneratedFiles.WriteSchemas(repo));
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            Console.Error.WriteLine($"{GeneratedFiles.VsCodeSettings} 不是有效的 JSON 设置文件（{ex.Message.TrimEnd('.')}），请先改正或删除它。");
            return 1;
        }
    }
    if (target is "all" or "guide")
    {
        if (!File.Exists(Path.Combine(repo, "content", Portal.Authoring.ContentGuide.FileName)))
        {
            Console.Error.WriteLine($"没有 content/{Portal.Authoring.ContentGuide.FileName}（编辑指南），无法重写其中的字段表。");
            return 1;
        }
        changes.AddRange(GeneratedFiles.WriteGuide(repo, out var missing));
        if (missing.Count > 0)
        {
            foreach (var document in missing)
            {
                var section = Portal.Authoring.ContentGuide.SectionName(document);
                Console.Error.WriteLine($"content/{Portal.Authoring.ContentGuide.FileName} 中没有“{document.Title}”的字段表：请在要放表格的地方加上 "
                    + $"{Portal.Authoring.MarkedSection.StartMarker(section)} 和 {Portal.Authoring.MarkedSection.EndMarker(section)} 两行。");
            }
            Console.Error.WriteLine($"content/{Portal.Authoring.ContentGuide.FileName} 未改动。");
            return 1;
        }
    }
    foreach (var change in changes) Console.WriteLine($"{(change.Deleted ? "已删除" : "已重写")} {change.Path}");
    Console.WriteLine(changes.Count == 0 ? "生成的文件都已是最新，没有改动。" : $"共改动 {changes.Count} 个文件，请检查差异后提交。");
    if (target is "all" or "guide")
        Console.WriteLine("注：编辑指南中的错误示例表（errors:examples）由 tests/ 中的坏输入语料生成，不由 gen 重写；"
            + "请用 PORTAL_ACCEPT_GUIDE=1 运行 GuideErrorExamples 测试更新它。");
    return 0;
});

var root = new RootCommand("Portal：深化“三抓三促”行动专题网站生成器") { build, check, serve, scaffold, gen, ReportCommand.Create(content, theme), ImportCommand.Create(content), WeChatCommand.Create(content, theme, drafts) };
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"用法错误：{error.Message}");
    Console.Error.WriteLine("运行 `dotnet run --project generator -- --help` 查看用法。");
    return 2;
}
return parsed.Invoke();

static bool TryBaseUrl(string? text, out Uri? uri)
{
    uri = null;
    if (string.IsNullOrWhiteSpace(text)) return true;
    if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out uri) && uri.Scheme is "http" or "https") return true;
    Console.Error.WriteLine($"用法错误：--base-url “{text}”不是有效的网址，应如 https://example.github.io/portal/");
    return false;
}

// Today for `build` and `check` (AsOfDate): --as-of, SOURCE_DATE_EPOCH, git, else the content's newest date.
static bool TryAsOf(string? option, BuildOptions options, out BuildOptions resolved)
{
    var today = AsOfDate.BeforeLoading(option, Environment.GetEnvironmentVariable(AsOfDate.EpochVariable), options.ContentDir, out var error);
    resolved = options.WithAsOf(today);
    if (error is null) return true;
    Console.Error.WriteLine($"用法错误：{error}");
    return false;
}
