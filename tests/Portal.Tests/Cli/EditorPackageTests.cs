using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>
/// The Linux package scripts/package.sh makes (published once per run, about half a minute), unpacked into a site's
/// folder as the guide says: content/ beside 检查.sh, 预览.sh and portal-generator/.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class LinuxPackage : IDisposable
{
    private readonly TempFolder temp = new("portal-package");

    public LinuxPackage()
    {
        var (code, output) = NodeTools.Run("bash", [Path.Combine(RepositoryPaths.Root, "scripts", "package.sh"), "linux-x64", temp.Combine("out")], timeoutSeconds: 900);
        Assert.True(code == 0, output);
        Zip = temp.Combine("out", "portal-linux-x64.zip");
        Unpacked = temp.Combine("unpacked");
        ZipFile.ExtractToDirectory(Zip, Unpacked);
    }

    public string Zip { get; }

    /// <summary>The zip's files, with the permissions it carries (.NET restores them on Unix, as unzip does).</summary>
    public string Unpacked { get; }

    /// <summary>A fresh site folder: the unpacked package plus <see cref="MiniSite"/>'s content/.</summary>
    public string NewSiteFolder(TempFolder scratch)
    {
        var site = scratch.Combine("网站");
        TempFolder.CopyDirectory(Unpacked, site);
        foreach (var file in Directory.EnumerateFiles(Unpacked, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(Path.Combine(site, Path.GetRelativePath(Unpacked, file)), File.GetUnixFileMode(file));
        new MiniSite().WriteTo(site);
        return site;
    }

    public void Dispose() => temp.Dispose();
}

/// <summary>
/// The editors' package: a self-contained generator that needs no .NET, and the double-click scripts 检查 and 预览 that
/// run `check` and `serve --open` on the folder they sit in. The Linux scripts run for real here, with no dotnet on
/// PATH; the Windows ones are checked as text (cmd.exe is not on this machine).
/// </summary>
[UnsupportedOSPlatform("windows")]
[Trait(Tier.Category, Tier.Slow)] // publishes and runs the package
public sealed class EditorPackageTests(LinuxPackage package) : IClassFixture<LinuxPackage>
{
    [Fact]
    public void The_zip_holds_the_scripts_the_guide_and_the_generator_with_its_theme()
    {
        using var zip = ZipFile.OpenRead(package.Zip);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("检查.sh", names);
        Assert.Contains("预览.sh", names);
        Assert.Contains("调度材料.sh", names);
        Assert.Contains("使用说明.txt", names);
        Assert.Contains("portal-generator/theme/reports.yml", names);
        Assert.Contains("portal-generator/Portal.Generator", names);
        Assert.Contains("portal-generator/theme/theme.yml", names);
        Assert.Contains("portal-generator/theme/layouts/layout.liquid", names);
        Assert.DoesNotContain(names, n => n.EndsWith(".pdb", StringComparison.Ordinal));
        // Self-contained: the runtime is inside, so no installed .NET is looked for.
        Assert.Contains("portal-generator/libcoreclr.so", names);
        Assert.Contains("portal-generator/Microsoft.AspNetCore.Server.Kestrel.Core.dll", names);
        foreach (var executable in new[] { "检查.sh", "预览.sh", "调度材料.sh", "portal-generator/Portal.Generator" })
        {
            var mode = (UnixFileMode)((zip.GetEntry(executable)!.ExternalAttributes >> 16) & 0xFFF);
            Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"{executable} is not executable in the zip ({mode})");
        }
        var guide = new StreamReader(zip.GetEntry("使用说明.txt")!.Open(), Encoding.UTF8).ReadToEnd();
        Assert.Contains("检查.sh", guide);
        Assert.DoesNotContain("{EXT}", guide);
    }

    [Fact]
    public void Chinese_names_are_marked_as_utf8_in_the_zip()
    {
        // Without general-purpose flag bit 11, Windows Explorer and unzip decode the names in the local code page.
        var bytes = File.ReadAllBytes(package.Zip);
        var flagged = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            if (BitConverter.ToUInt32(bytes, i) != 0x02014b50) continue; // central directory header
            var flags = BitConverter.ToUInt16(bytes, i + 8);
            var nameLength = BitConverter.ToUInt16(bytes, i + 28);
            var name = Encoding.UTF8.GetString(bytes, i + 46, nameLength);
            flagged[name] = (flags & 0x800) != 0;
            i += 45 + nameLength;
        }
        Assert.True(flagged.Count > 100, $"only {flagged.Count} central directory entries read");
        foreach (var name in new[] { "检查.sh", "预览.sh", "调度材料.sh", "使用说明.txt" }) Assert.True(flagged[name], $"{name} is not marked UTF-8");
    }

    [Fact]
    public void Check_runs_on_the_folder_it_sits_in_without_dotnet()
    {
        using var scratch = new TempFolder();
        var site = package.NewSiteFolder(scratch);
        // Started from elsewhere, as a file manager does: the script finds content/ beside itself.
        var (code, output) = RunScript(scratch, Path.Combine(site, "检查.sh"), workingDirectory: scratch.Path);
        Assert.True(code == 0, output);
        Assert.Contains("检查完成：0 个错误", output);
        Assert.Contains("检查通过", output);

        File.WriteAllText(Path.Combine(site, "content", "stories", "2025", "2025-03-01-broken.md"), "---\ntitle: 缺少日期的稿件\ntasks: [4]\n---\n\n正文。\n");
        (code, output) = RunScript(scratch, Path.Combine(site, "检查.sh"), workingDirectory: scratch.Path);
        Assert.Equal(1, code);
        Assert.Contains("2025-03-01-broken.md", output);
        Assert.Contains("PORTAL", output);
        Assert.Contains("检查没有通过", output);
    }

    /// <summary>A developer without .NET (or an approver) imports an editor's 稿件包 with the package's own generator.</summary>
    [Fact]
    public async Task A_story_package_is_imported_by_the_packaged_generator_without_dotnet()
    {
        using var scratch = new TempFolder();
        var editor = scratch.Combine("editor");
        new MiniSite().WriteTo(editor);
        var repository = new Portal.Preview.LocalBackend.ContentRepository(Path.Combine(editor, "content"));
        Portal.Preview.LocalBackend.Handoff.ContentBaseline.EnsureRecorded(repository);
        const string story = "content/stories/2025/2025-02-25-rural-roads.md";
        File.AppendAllText(Path.Combine(editor, story), "\n首批项目已经开工。\n");
        using var http = new HttpClient();
        var zip = (await new Portal.Preview.LocalBackend.Handoff.ReviewHandoff(repository, http).SubmitAsync()).PackagePath!;
        var site = package.NewSiteFolder(scratch);

        var start = new ProcessStartInfo(Path.Combine(site, "portal-generator", "Portal.Generator")) { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "import", zip }) start.ArgumentList.Add(arg);
        start.Environment.Clear();
        start.Environment["PATH"] = scratch.Combine("no-dotnet");
        start.Environment["HOME"] = scratch.Path;
        using var process = Process.Start(start)!;
        var log = Capture(process);
        Assert.True(process.WaitForExit(120_000), log());
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, log());
        Assert.Contains("已导入稿件包", log(), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(editor, story)), File.ReadAllText(Path.Combine(site, story)));
    }

    [Fact]
    public void Dispatch_materials_are_written_beside_content_without_dotnet()
    {
        using var scratch = new TempFolder();
        var site = package.NewSiteFolder(scratch);
        var (code, output) = RunScript(scratch, Path.Combine(site, "调度材料.sh"), workingDirectory: scratch.Path);
        Assert.True(code == 0, output);
        var written = Directory.GetFiles(Path.Combine(site, "调度材料")).Select(Path.GetFileName).ToList();
        Assert.Contains(written, n => n!.StartsWith("调度台账-", StringComparison.Ordinal) && n.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.Contains(written, n => n!.StartsWith("半年工作情况报告（初稿）-", StringComparison.Ordinal) && n.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains("已生成", output);
        Assert.False(Directory.Exists(Path.Combine(site, "content", "调度材料")));
    }

    [Fact]
    public void Check_says_where_to_unpack_when_there_is_no_content_folder()
    {
        using var scratch = new TempFolder();
        var folder = scratch.Combine("下载");
        TempFolder.CopyDirectory(package.Unpacked, folder);
        File.SetUnixFileMode(Path.Combine(folder, "检查.sh"), File.GetUnixFileMode(Path.Combine(package.Unpacked, "检查.sh")));
        var (code, output) = RunScript(scratch, Path.Combine(folder, "检查.sh"), workingDirectory: scratch.Path);
        Assert.Equal(2, code);
        Assert.Contains("没有找到 content 文件夹", output);
    }

    [Fact]
    public async Task Preview_serves_the_folder_and_opens_the_browser_at_its_address()
    {
        using var scratch = new TempFolder();
        var site = package.NewSiteFolder(scratch);
        var opened = scratch.Combine("opened.txt");
        var port = LoopbackPort.Free();
        using var process = StartScript(scratch, Path.Combine(site, "预览.sh"), scratch.Path, opener: $"#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{opened}'\n", "--port", port.ToString());
        var log = Capture(process);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            // The stand-in opener creates the file, then writes the line: wait for the whole line.
            while (!(File.Exists(opened) && File.ReadAllText(opened).EndsWith('\n')) && DateTime.UtcNow < deadline && !process.HasExited) await Task.Delay(100);
            Assert.True(File.Exists(opened), $"the browser was never opened:\n{log()}");
            var urls = File.ReadAllLines(opened);
            Assert.Equal([$"http://127.0.0.1:{port}/"], urls);
            using var http = new HttpClient();
            var home = await http.GetStringAsync(urls[0]);
            Assert.Contains("测试专题网站", home);
            Assert.True(File.Exists(Path.Combine(site, "_site", "index.html")), "serve did not write _site beside content/");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void The_windows_scripts_switch_to_utf8_before_any_chinese_and_keep_their_window_open()
    {
        foreach (var (file, command) in new[] { ("check.cmd", " check --content content "), ("preview.cmd", " serve --content content "), ("report.cmd", " report --content content ") })
        {
            var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "scripts", "package", file));
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], $"{file} starts with a BOM, which cmd.exe runs as part of the first command");
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotMatch("[^\r]\n", text); // cmd.exe misreads labels and blocks in LF-only files
            Assert.EndsWith("\r\n", text);
            var lines = text.Split("\r\n");
            Assert.Equal("@echo off", lines[0]);
            var chcp = Array.IndexOf(lines, "chcp 65001 >nul");
            Assert.True(chcp > 0, $"{file} does not switch cmd.exe to UTF-8");
            var firstChinese = Array.FindIndex(lines, l => l.Any(c => c > 127));
            Assert.True(firstChinese > chcp, $"{file}: line {firstChinese + 1} has non-ASCII text before chcp 65001");
            Assert.Contains("cd /d \"%~dp0\"", lines);
            Assert.Contains(lines, l => l.StartsWith("\"%~dp0portal-generator\\Portal.Generator.exe\"" + command, StringComparison.Ordinal));
            Assert.Contains("pause", lines);
            Assert.Contains(lines, l => l.Contains("没有找到 content 文件夹"));
        }
        Assert.Contains("--open", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "scripts", "package", "preview.cmd")));
        Assert.Contains("win-x64) ext=.cmd exe=Portal.Generator.exe", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "scripts", "package.sh")));
    }

    /// <summary>Runs a script with a PATH of bash and dirname only: no dotnet, no DOTNET_ROOT.</summary>
    private static (int ExitCode, string Output) RunScript(TempFolder scratch, string script, string workingDirectory)
    {
        using var process = StartScript(scratch, script, workingDirectory, opener: null);
        var log = Capture(process);
        Assert.True(process.WaitForExit(120_000), $"{script} did not finish:\n{log()}");
        process.WaitForExit();
        return (process.ExitCode, log());
    }

    private static Process StartScript(TempFolder scratch, string script, string workingDirectory, string? opener, params string[] args)
    {
        var bin = scratch.Combine("bin");
        Directory.CreateDirectory(bin);
        foreach (var tool in new[] { "bash", "dirname" })
        {
            var link = Path.Combine(bin, tool);
            if (!File.Exists(link)) File.CreateSymbolicLink(link, Which(tool));
        }
        if (opener is not null)
        {
            File.WriteAllText(Path.Combine(bin, "xdg-open"), opener);
            File.SetUnixFileMode(Path.Combine(bin, "xdg-open"), (UnixFileMode)0b111_101_101);
        }
        Assert.False(File.Exists(Path.Combine(bin, "dotnet")));
        var start = new ProcessStartInfo(Which("bash"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // not a terminal: the scripts do not wait for Enter
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Clear();
        start.Environment["PATH"] = bin;
        start.Environment["HOME"] = scratch.Path;
        start.Environment["PORTAL_NO_TERMINAL"] = "1"; // no new terminal window for a double-click
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    private static Func<string> Capture(Process process)
    {
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return () => { lock (output) return output.ToString(); };
    }

    private static string Which(string tool) =>
        new[] { "/usr/bin", "/bin" }.Select(d => Path.Combine(d, tool)).First(File.Exists);
}

/// <summary>`serve --open` when the opener fails or is missing: a Chinese note with the address, and the preview keeps serving.</summary>
[UnsupportedOSPlatform("windows")]
[Trait(Tier.Category, Tier.Slow)] // serve as a process
public sealed class ServeOpenTests
{
    [Theory]
    [InlineData("#!/bin/sh\nexit 3\n", "xdg-open 退出码 3")]
    [InlineData(null, "未能自动打开浏览器")]
    public async Task A_browser_that_cannot_be_opened_is_a_note_not_an_error(string? opener, string expected)
    {
        using var temp = new TempFolder();
        var content = new MiniSite().WriteTo(temp.Combine("repo"));
        var bin = temp.Combine("bin");
        Directory.CreateDirectory(bin);
        if (opener is not null)
        {
            File.WriteAllText(Path.Combine(bin, "xdg-open"), opener);
            File.SetUnixFileMode(Path.Combine(bin, "xdg-open"), (UnixFileMode)0b111_101_101);
        }
        var number = LoopbackPort.Free();
        var dotnet = new[] { "/usr/bin/dotnet", "/usr/share/dotnet/dotnet", "/usr/lib/dotnet/dotnet" }.FirstOrDefault(File.Exists) ?? "dotnet";
        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = temp.Path,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Portal.Generator.dll"), "serve", "--content", content, "--output", temp.Combine("_site"),
                     "--theme", RepositoryPaths.Theme, "--port", number.ToString(), "--open" })
            start.ArgumentList.Add(arg);
        start.Environment["PATH"] = bin; // the opener is looked up on PATH: only the fake one, or none at all
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var noted = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output) output.AppendLine(e.Data);
            if (e.Data?.Contains(expected, StringComparison.Ordinal) == true) noted.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await noted.Task.WaitAsync(TimeSpan.FromSeconds(90));
            string text;
            lock (output) text = output.ToString();
            Assert.Contains($"请在浏览器中打开 http://127.0.0.1:{number}/", text);
            Assert.False(process.HasExited, text);
            using var http = new HttpClient();
            Assert.Contains("测试专题网站", await http.GetStringAsync($"http://127.0.0.1:{number}/"));
        }
        catch (TimeoutException)
        {
            lock (output) Assert.Fail($"no note \"{expected}\":\n{output}");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
