using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace Portal.Benchmarks;

/// <summary>
/// Preview speed end to end, as an editor sees it: `serve` (Release binary, separate process) on an N-story corpus,
/// the edited story's page open in Chromium, a story saved, and the time until the reloaded page has fired `load`
/// with the new text in it. Body and title edits alternate, each on another story, a pause between them (an
/// editor's pace). The split comes from three clocks put on one: the benchmark's (the save), `serve`'s
/// (PORTAL_TIMINGS=1 prints when the watcher saw the save, the rebuild ran and the tabs were told) and the new
/// page's own navigation timing (reload started, HTML received, `load` done).
/// With --baseline DLL THEME a second generator serves a copy of the same corpus; its edits alternate with ours.
/// </summary>
public static partial class PreviewBenchmark
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private const string Usage = "usage: preview N [--edits K] [--content DIR] [--baseline GENERATOR.dll THEME]";

    public static async Task<int> Run(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !int.TryParse(args[0], out var stories))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var edits = 20;
        string? corpus = null;
        var targets = new List<Target> { new("this", ReleaseGenerator.Dll, RepositoryPaths.Theme) };
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--edits": edits = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--content": corpus = args[++i]; break;
                case "--baseline": targets.Add(new Target("baseline", args[++i], args[++i])); break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        if (targets.FirstOrDefault(t => !File.Exists(t.Generator)) is { } missing)
        {
            Console.Error.WriteLine($"no generator at {missing.Generator} (build it first: dotnet build generator -c Release)");
            return 2;
        }

        var work = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "portal-preview-benchmark");
        if (Directory.Exists(work)) Directory.Delete(work, true);
        var source = Path.Combine(work, "corpus");
        if (corpus is not null) TempFolder.CopyDirectory(corpus, source);
        else StoryCorpus.Write(RepositoryPaths.Content, source, stories);
        Console.WriteLine($"# preview benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {(corpus ?? $"{stories} generated stories")}, {edits} body + {edits} title edits per generator, work dir {work}");

        try
        {
            foreach (var target in targets)
            {
                target.Content = Path.Combine(work, target.Name, "content");
                TempFolder.CopyDirectory(source, target.Content);
                var clock = Stopwatch.StartNew();
                await target.Start(Path.Combine(work, target.Name, "_site"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Name}: {target.Generator}, first build {clock.Elapsed.TotalSeconds:0.0} s"));
            }
            var files = Directory.GetFiles(Path.Combine(source, "stories"), "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(source, f)).Order(StringComparer.Ordinal).ToArray();

            await using var chromium = await PlainChromium.Launch(ChromiumArgs);
            for (var i = 0; i < edits; i++)
            {
                // Alternate which generator goes first, so neither always follows the other's garbage.
                foreach (var target in i % 2 == 0 ? targets : Enumerable.Reverse(targets))
                {
                    var body = files[(i * 7919 + 1) % files.Length];
                    var marker = $"预览基准正文标记{i:00}号";
                    target.Body.Add(await Edit(chromium, target, body, text => text + $"\n{marker}。\n", "document.body.textContent", marker));
                    var title = files[(i * 7919 + 5003) % files.Length];
                    var titleMarker = $"标题标记{i:00}号";
                    target.Title.Add(await Edit(chromium, target, title, text => TitleLine().Replace(text, "$0" + titleMarker, 1), "document.title", titleMarker));
                }
            }

            foreach (var target in targets)
            {
                Print(target.Name + " body edit", target.Body);
                Print(target.Name + " title edit", target.Title);
            }
            return 0;
        }
        finally
        {
            foreach (var target in targets) await target.DisposeAsync();
        }
    }

    /// <summary>Opens the story's page, waits an editor's pause, saves the edit, and times it until the reloaded page is ready.</summary>
    private static async Task<Sample> Edit(PlainChromium chromium, Target target, string file, Func<string, string> change, string where, string marker)
    {
        var path = "/" + Path.ChangeExtension(file, null).Replace('\\', '/') + "/";
        await chromium.Navigate(new Uri(target.Address, path));
        await chromium.Evaluate($$"""new Promise(r => { const f = () => location.pathname === '{{path}}' && document.readyState === 'complete' ? r(true) : setTimeout(f, 10); f(); })""");
        await Task.Delay(1500); // the tab's event stream connects; `serve` collects garbage in such pauses
        var offset = await ClockOffset(chromium);
        target.Drain();

        var full = Path.Combine(target.Content!, file);
        var text = change(await File.ReadAllTextAsync(full));
        var saved = UnixMs();
        await File.WriteAllTextAsync(full, text);
        // The page shows the edit in one of two ways. In place (reload.js morphs <main> after an edit of a story's text): it
        // stamps when the event came, the HTML arrived and the page was updated. By a reload: the old page never answers
        // (its context goes with it; Evaluate retries on the new page), and the new one answers once `load` is over, with
        // its navigation timing. Both relative to the page's time origin. The page is polled (every 5 ms) only to find out
        // that it is done: what is measured are the page's own stamps.
        var timing = await chromium.Evaluate($$"""
            new Promise((resolve, reject) => {
              const began = Date.now();
              const check = () => {
                if ({{where}}.includes('{{marker}}')) {
                  const soft = document.documentElement.getAttribute('data-portal-refreshed');
                  if (soft) {
                    const [received, fetched, ready] = soft.split(' ').map(Number);
                    resolve({ origin: performance.timeOrigin, inPlace: true, started: received, responseEnd: fetched, load: ready });
                    return;
                  }
                  if (document.readyState === 'complete') {
                    setTimeout(() => {
                      const n = performance.getEntriesByType('navigation')[0];
                      const last = performance.getEntriesByType('resource').reduce((a, r) => !a || r.responseEnd > a.responseEnd ? r : a, null);
                      resolve({ origin: performance.timeOrigin, inPlace: false, started: 0, responseEnd: n.responseEnd, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd,
                                lastName: last ? new URL(last.name).pathname : '', lastStart: last ? last.startTime : 0, lastEnd: last ? last.responseEnd : 0 });
                    }, 0);
                    return;
                  }
                }
                if (Date.now() - began > 60000) { reject(new Error('the edit did not show within 60 s')); return; }
                setTimeout(check, 5);
              };
              check();
            })
            """) ?? throw new InvalidOperationException("no timing from the page");
        var origin = (double)timing["origin"]! - offset;
        var inPlace = (bool)timing["inPlace"]!;
        var sample = new Sample(saved, origin + (double)timing["started"]!, origin + (double)timing["responseEnd"]!, origin + (double)timing["load"]!) { InPlace = inPlace };
        if (!inPlace)
        {
            sample = sample with
            {
                DomReady = origin + (double)timing["dcl"]!,
                LastResource = ((string)timing["lastName"]!, origin + (double)timing["lastStart"]!, origin + (double)timing["lastEnd"]!),
            };
        }
        return sample with { Server = await target.Steps(saved), Pages = await target.PagesRendered() };
    }

    /// <summary>Chromium's wall clock minus ours (they differ by its monotonic-to-wall conversion), from the midpoint of a round trip.</summary>
    private static async Task<double> ClockOffset(PlainChromium chromium)
    {
        var best = (Rtt: double.MaxValue, Offset: 0.0);
        for (var i = 0; i < 5; i++)
        {
            var before = UnixMs();
            var theirs = (double)(await chromium.Evaluate("performance.timeOrigin + performance.now()"))!;
            var after = UnixMs();
            if (after - before < best.Rtt) best = (after - before, theirs - (before + after) / 2);
        }
        return best.Offset;
    }

    private static double UnixMs() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    private static void Print(string name, List<Sample> samples)
    {
        static string Ms(double v) => double.IsNaN(v) ? "     –" : v.ToString("0", CultureInfo.InvariantCulture).PadLeft(6);
        static double P(IEnumerable<double> values, double q)
        {
            var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        }
        // Over the samples that have the step (a refresh in place has no DOMContentLoaded; an old generator no server marks).
        static double Median(IEnumerable<double> values) => values.Where(v => !double.IsNaN(v)).ToList() is { Count: > 0 } known ? Measured.MedianOf(known) : double.NaN;
        var total = samples.Select(s => s.Ready - s.Saved).ToList();
        Console.WriteLine();
        Console.WriteLine($"{name}: save → the page shows the edit (updated in place, or reloaded and `load` over), {samples.Count} edits");
        Console.WriteLine($"  median {Ms(Median(total))} ms   p90 {Ms(P(total, 0.9))} ms   min {Ms(total.Min())} ms   max {Ms(total.Max())} ms   pages rendered (median) {Measured.MedianOf(samples.Select(s => (double)s.Pages)):0}");
        Console.WriteLine($"  shown in place (no reload) {samples.Count(s => s.InPlace)} of {samples.Count}; page written at once by a quick edit {samples.Count(s => !double.IsNaN(s.Server.Quick))} of {samples.Count}");
        Console.WriteLine("  split (median of each step, ms):");
        var steps = new (string Name, Func<Sample, double> Ms)[]
        {
            ("save → watcher event", s => s.Server.Watched - s.Saved),
            ("watcher event → update starts (quiet period)", s => s.Server.Rebuild - s.Server.Watched),
            ("update starts → tab told (quick edit or update)", s => s.Server.Told - s.Server.Rebuild),
            ("tab told → tab starts its refresh", s => s.ReloadStarted - s.Server.Told),
            ("refresh starts → HTML received", s => s.HtmlReceived - s.ReloadStarted),
            ("HTML received → page ready (in place or load)", s => s.Ready - s.HtmlReceived),
            ("  reloads: HTML received → DOMContentLoaded", s => s.DomReady - s.HtmlReceived),
            ("  reloads: last subresource requested → done", s => s.LastResource.End - s.LastResource.Start),
            ("  reloads: last subresource done → load", s => s.Ready - s.LastResource.End),
            ("save → tab starts its refresh (all of serve)", s => s.ReloadStarted - s.Saved),
            ("the whole update (after the quick edit, if any)", s => s.Server.Built - s.Server.Rebuild),
        };
        foreach (var (step, ms) in steps)
            Console.WriteLine($"    {step,-46} {Ms(Median(samples.Select(ms)))}");
        var stages = samples.SelectMany(s => s.Server.Stages).GroupBy(s => s.Stage)
            .Select(g => (Stage: g.Key, Ms: Measured.MedianOf(samples.Select(s => s.Server.Stages.Where(x => x.Stage == g.Key).Sum(x => x.Ms)))))
            .Where(s => s.Ms >= 1).OrderByDescending(s => s.Ms).ToList();
        var lastPaths = samples.Where(s => s.LastResource.Path.Length > 0).GroupBy(s => s.LastResource.Path).OrderByDescending(g => g.Count()).Take(3)
            .Select(g => $"{g.Key} ×{g.Count()}").ToList();
        if (lastPaths.Count > 0) Console.WriteLine("  last subresource: " + string.Join(", ", lastPaths));
        if (stages.Count > 0)
            Console.WriteLine("  rebuild by stage (median ms): " + string.Join(", ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Ms:0}"))));
    }

    private sealed record Sample(double Saved, double ReloadStarted, double HtmlReceived, double Ready)
    {
        public ServerSteps Server { get; init; } = ServerSteps.Unknown;

        public int Pages { get; init; }

        /// <summary>Shown by reload.js updating the page in place, not by a reload.</summary>
        public bool InPlace { get; init; }

        public double DomReady { get; init; } = double.NaN;

        /// <summary>The subresource that finished last (what `load` waited for), by path.</summary>
        public (string Path, double Start, double End) LastResource { get; init; } = ("", double.NaN, double.NaN);
    }

    /// <summary>`serve`'s own marks for one update (NaN where a generator prints none, as builds before these marks).</summary>
    /// <param name="Quick">When a quick story edit had written the page and told the tab (NaN: none, the update told it).</param>
    private sealed record ServerSteps(double Watched, double Rebuild, double Quick, double Built, double Notified, IReadOnlyList<(string Stage, double Ms)> Stages)
    {
        public static ServerSteps Unknown { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, []);

        /// <summary>When the tab was told to show the edit.</summary>
        public double Told => double.IsNaN(Quick) ? Notified : Quick;
    }

    /// <summary>One generator's `serve` with its own copy of the corpus.</summary>
    private sealed class Target(string name, string generator, string theme) : IAsyncDisposable
    {
        private readonly Channel<string> errorLines = Channel.CreateUnbounded<string>();
        private readonly Channel<int> rendered = Channel.CreateUnbounded<int>();
        private Process? server;

        public string Name => name;

        public string Generator => generator;

        public string? Content { get; set; }

        public Uri Address { get; private set; } = new("http://127.0.0.1/");

        public List<Sample> Body { get; } = [];

        public List<Sample> Title { get; } = [];

        public async Task Start(string output)
        {
            var port = LoopbackPort.Free();
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["PORTAL_TIMINGS"] = "1" } };
            foreach (var a in new[] { generator, "serve", "--content", Content!, "--output", output, "--theme", theme, "--port", port.ToString(CultureInfo.InvariantCulture) })
                start.ArgumentList.Add(a);
            server = Process.Start(start)!;
            var ready = new TaskCompletionSource();
            _ = Task.Run(async () =>
            {
                while (await server.StandardOutput.ReadLineAsync() is { } line)
                {
                    if (line.Contains("预览地址")) ready.TrySetResult();
                    if (UpdatedPages().Match(line) is { Success: true } m) rendered.Writer.TryWrite(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                }
                ready.TrySetException(new InvalidOperationException($"{name}: serve ended before it served"));
            });
            _ = Task.Run(async () =>
            {
                while (await server.StandardError.ReadLineAsync() is { } line) errorLines.Writer.TryWrite(line);
            });
            await ready.Task.WaitAsync(TimeSpan.FromMinutes(20));
            Address = new Uri($"http://127.0.0.1:{port}/");
        }

        /// <summary>Forgets what `serve` printed before this edit.</summary>
        public void Drain()
        {
            while (errorLines.Reader.TryRead(out _)) { }
            while (rendered.Reader.TryRead(out _)) { }
        }

        public async Task<int> PagesRendered() => await rendered.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));

        /// <summary>The marks of the update that followed the save at <paramref name="saved"/>, up to the reload notice.</summary>
        public async Task<ServerSteps> Steps(double saved)
        {
            double watched = double.NaN, rebuild = double.NaN, quick = double.NaN, built = double.NaN;
            var stages = new List<(string, double)>();
            // A generator that prints no marks says nothing within moments of the page showing the edit; one that does
            // may still be running the whole update (a second or more after a quick edit): wait for it.
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                while (true)
                {
                    var line = await errorLines.Reader.ReadAsync(patience.Token);
                    if (!double.IsNaN(watched)) patience.CancelAfter(TimeSpan.FromSeconds(120));
                    if (Mark().Match(line) is { Success: true } m)
                    {
                        var at = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                        switch (m.Groups[1].Value)
                        {
                            case "watched" when double.IsNaN(watched) && at >= saved: watched = at; break;
                            case "rebuild" when !double.IsNaN(watched): rebuild = at; quick = double.NaN; stages.Clear(); break;
                            case "quick" when !double.IsNaN(rebuild): quick = at; break;
                            case "built" when !double.IsNaN(rebuild): built = at; break;
                            case "notified" when !double.IsNaN(built): return new ServerSteps(watched, rebuild, quick, built, at, stages);
                        }
                    }
                    else if (!double.IsNaN(rebuild) && double.IsNaN(built))
                    {
                        stages.AddRange(BuildStages.Parse(line).Where(m => m.Name != "start").Select(m => (m.Name, m.Milliseconds)));
                    }
                }
            }
            catch (OperationCanceledException)
            {
                return ServerSteps.Unknown; // a generator without these marks
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (server is null) return;
            if (!server.HasExited) server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            server.Dispose();
        }
    }

    [GeneratedRegex(@"^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"更新 (\d+) 个页面")]
    private static partial Regex UpdatedPages();

    [GeneratedRegex(@"^\[preview\] (\w+) ([\d.]+)$")]
    private static partial Regex Mark();

}
