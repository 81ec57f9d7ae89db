using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace Portal.Benchmarks;

/// <summary>
/// Preview speed as an editor sees it: `serve` (Release binary, separate process) on an N-story corpus, a story
/// saved, and the time until the reload event reaches a connected client over HTTP. A cold full `build` of
/// the same corpus, measured in the same run, is the baseline.
/// </summary>
public static partial class IncrementalBenchmark
{
    private const int EditsPerKind = 9;

    public static async Task<int> Run(int stories)
    {
        if (!File.Exists(ReleaseGenerator.Dll))
        {
            Console.Error.WriteLine("build the generator first: dotnet build generator -c Release");
            return 2;
        }
        var work = Directory.Exists("/dev/shm") ? "/dev/shm/portal-incremental" : Path.Combine(Path.GetTempPath(), "portal-incremental");
        if (Directory.Exists(work)) Directory.Delete(work, true);
        var content = Path.Combine(work, "content");
        StoryCorpus.Write(RepositoryPaths.Content, content, stories);
        var theme = RepositoryPaths.Theme;
        Console.WriteLine($"# incremental benchmark {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {stories} stories, work dir {work}");

        var full = Measured.Run("dotnet", [ReleaseGenerator.Dll, "build", "--content", content, "--output", Path.Combine(work, "full"), "--theme", theme]);
        if (full.ExitCode != 0)
        {
            Console.Error.WriteLine(full.Output);
            return 1;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold full build (baseline)      {full.WallSeconds * 1000,8:0} ms"));

        var port = LoopbackPort.Free();
        var serve = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { ReleaseGenerator.Dll, "serve", "--content", content, "--output", Path.Combine(work, "_site"), "--theme", theme, "--port", port.ToString(CultureInfo.InvariantCulture) })
            serve.ArgumentList.Add(a);
        using var server = Process.Start(serve)!;
        var rendered = Channel.CreateUnbounded<int>();
        var ready = new TaskCompletionSource();
        _ = Task.Run(async () =>
        {
            while (await server.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Contains("预览地址")) ready.TrySetResult();
                if (UpdatedPages().Match(line) is { Success: true } m) rendered.Writer.TryWrite(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        });
        _ = server.StandardError.ReadToEndAsync();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromMinutes(10));
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var events = Channel.CreateUnbounded<(string Type, long At)>();
            var stream = await http.GetStreamAsync($"http://127.0.0.1:{port}/__portal/events");
            _ = Task.Run(async () =>
            {
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync() is { } line)
                    if (line.StartsWith("event: ", StringComparison.Ordinal)) events.Writer.TryWrite((line[7..], Stopwatch.GetTimestamp()));
            });
            Assert((await events.Reader.ReadAsync()).Type == "connected", "no connected event");

            var files = Directory.GetFiles(Path.Combine(content, "stories"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            async Task<(double Ms, int Pages)> Edit(Action save)
            {
                await Task.Delay(1500); // an editor saves every few seconds at most; `serve` collects garbage in such pauses
                var start = Stopwatch.GetTimestamp();
                save();
                var (type, at) = await events.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(5));
                Assert(type == "reload", $"expected a reload event, got {type}");
                var pages = await rendered.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
                return (Stopwatch.GetElapsedTime(start, at).TotalMilliseconds, pages);
            }

            var kinds = new List<(string Name, List<(double Ms, int Pages)> Runs)>
            {
                ("body edit", []), ("title edit", []), ("new story", []),
            };
            for (var i = 0; i < EditsPerKind; i++)
            {
                var file = files[(i * 7919 + 1) % files.Length];
                kinds[0].Runs.Add(await Edit(() => File.AppendAllText(file, $"\n第{i + 1}次修改补充的一段正文。\n")));
                kinds[1].Runs.Add(await Edit(() => File.WriteAllText(file, File.ReadAllText(file).Replace("title: ", "title: 修改后："))));
                var added = Path.Combine(content, "stories", "2025", $"2025-12-{i + 1:00}-benchmark-{i}.md");
                kinds[2].Runs.Add(await Edit(() => File.WriteAllText(added,
                    $"---\ntitle: 基准测试新稿件{i}\ndate: 2025-12-{i + 1:00}\ntasks: [4]\ndepartments: [公路管理处]\ntype: 即时报道\ntags: [农村公路]\nsummary: 摘要\n---\n\n正文。\n")));
            }

            Console.WriteLine("save → reload event        median      min      max   pages re-rendered (median)   full build / median");
            foreach (var (name, runs) in kinds)
            {
                var ms = runs.Select(r => r.Ms).Order().ToList();
                var pages = runs.Select(r => r.Pages).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-24} {ms[ms.Count / 2],8:0} ms {ms[0],6:0} ms {ms[^1],6:0} ms   {pages[pages.Count / 2],8}                  {full.WallSeconds * 1000 / ms[ms.Count / 2],8:0.0}×"));
            }
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static void Assert(bool condition, string message)
    {
        if (!condition) throw new InvalidOperationException(message);
    }

    [GeneratedRegex(@"更新 (\d+) 个页面")]
    private static partial Regex UpdatedPages();
}
