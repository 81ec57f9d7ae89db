using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using Microsoft.Playwright;
using Portal.Build;
using Portal.Preview;

namespace Portal.Benchmarks;

/// <summary>
/// Our search and Pagefind 1.6.0 (npm, extended build) on the very same built site, in Debian's Chromium:
/// recall@5 and MRR@10 over the relevance suite, bytes transferred for a cold and a warm query, latency, and
/// index size; then cold/warm bytes and latency on a generated N-story site.
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly string[] LargeSiteQueries = ["债务风险", "农村公路", "兰州", "零碳服务区", "安全生产治本攻坚", "信用修复"];

    /// <summary>
    /// Queries typed on the large site: the six above and every eighth query of the graded relevance set (every kind:
    /// traditional characters, variants, partial titles, department names…), so the typed figure has a spread.
    /// </summary>
    private static IReadOnlyList<string> TypedQueries() =>
        [.. LargeSiteQueries, .. GradedRelevance.Queries().Where((_, i) => i % 8 == 0).Select(q => q.Text)];

    private const string Harness = """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>pagefind</title></head><body>
        <ol id="results" data-state="loading"></ol>
        <script type="module">
          const list = document.getElementById('results');
          let pagefind;
          // What Pagefind's own UI does while a reader types: preload the index chunks of the words so far.
          window.preload = async (q) => {
            pagefind ??= await import('/pagefind/pagefind.js');
            await pagefind.preload(q);
          };
          window.runSearch = async (q) => {
            list.dataset.state = 'loading';
            list.textContent = '';
            performance.mark('pf-start');
            pagefind ??= await import('/pagefind/pagefind.js');
            const search = await pagefind.search(q);
            const top = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
            performance.mark('pf-done');
            for (const r of top) { const li = document.createElement('li'); const a = document.createElement('a'); a.href = r.url; a.textContent = r.meta.title; li.append(a); list.append(li); }
            list.dataset.state = 'done';
          };
          window.runSearch(new URLSearchParams(location.search).get('q'));
        </script></body></html>
        """;

    public static async Task<int> Run(int largeStories)
    {
        var pagefind = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", ".bin", "pagefind");
        if (!File.Exists(pagefind))
        {
            Console.Error.WriteLine("run `bash scripts/setup.sh` first (npm ci in tests/tools installs pagefind 1.6.0)");
            return 2;
        }
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        Console.WriteLine($"# search benchmark {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, Chromium {browser.Version}, Pagefind 1.6.0 (extended)");

        var queries = RelevanceSuite.Queries();
        await using (var site = await BuiltSite.Create(content => RelevanceSuite.CreateContent(content), pagefind))
        {
            Console.WriteLine($"## relevance suite: {queries.Count} queries on {site.Documents} pages (real content + fixture stories)");
            var texts = queries.Select(q => q.Text).ToList();
            var ours = await Evaluate(browser, site, queries, Engine.Ours) with { PlainWarmMs = await PlainLatency(site, Engine.Ours, texts, 1) };
            var theirs = await Evaluate(browser, site, queries, Engine.Pagefind) with { PlainWarmMs = await PlainLatency(site, Engine.Pagefind, texts, 1) };
            Print("portal", ours, site.OurIndexBytes);
            Print("pagefind", theirs, site.PagefindIndexBytes);
        }

        if (largeStories > 0)
        {
            await using var large = await BuiltSite.Create(content => StoryCorpus.Write(RepositoryPaths.Content, content, largeStories), pagefind);
            Console.WriteLine($"## generated site: {largeStories} stories, queries {string.Join(" ", LargeSiteQueries)}");
            var ours = await Transfer(browser, large, Engine.Ours) with
            {
                PlainWarmMs = await PlainLatency(large, Engine.Ours, LargeSiteQueries, 3), Typed = await PlainLatencies(large, Engine.Ours, TypedQueries(), 1, typed: true),
            };
            var theirs = await Transfer(browser, large, Engine.Pagefind) with
            {
                PlainWarmMs = await PlainLatency(large, Engine.Pagefind, LargeSiteQueries, 3), Typed = await PlainLatencies(large, Engine.Pagefind, TypedQueries(), 1, typed: true),
            };
            Print("portal", ours, large.OurIndexBytes);
            Print("pagefind", theirs, large.PagefindIndexBytes);
        }
        return 0;
    }

    /// <summary>
    /// Only our typed-query latency on a generated N-story site (no Pagefind): median and 90th percentile from the
    /// submit of a typed query to its rendered results, in Chromium without Playwright attached.
    /// </summary>
    public static async Task<int> Typed(int stories)
    {
        await using var large = await BuiltSite.Create(content => StoryCorpus.Write(RepositoryPaths.Content, content, stories), pagefind: null);
        var queries = TypedQueries();
        Console.WriteLine($"# typed search {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {stories} generated stories, {queries.Count} queries");
        var each = new List<(string Query, double Ms)>();
        PrintTyped("portal", await PlainLatencies(large, Engine.Ours, queries, 1, typed: true, each));
        Console.WriteLine("          slowest: " + string.Join("  ", each.OrderByDescending(e => e.Ms).Take(6).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Query} {e.Ms:0.0}"))));
        return 0;
    }

    private static void PrintTyped(string name, IReadOnlyList<double> samples) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-9} typed query, keystroke pause → results rendered: median {Median(samples):0.0} ms, p90 {Percentile(samples, 0.9):0.0} ms over {samples.Count} typed queries"));

    /// <summary>The nearest-rank percentile (0.9: the value 90 % of the samples are at or under).</summary>
    private static double Percentile(IReadOnlyList<double> samples, double share)
    {
        var sorted = samples.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>
    /// Developer tool: where a warm query's time goes on the site built from CONTENT (no Pagefind): the page's
    /// phase marks (shards fetched, ranked, facets, records fetched, done) for each warm query, repeated.
    /// </summary>
    public static async Task<int> Profile(string contentDir, string? servedAt)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        await using var built = servedAt is null ? await BuiltSite.Create(content => TempFolder.CopyDirectory(contentDir, content), pagefind: null) : null;
        var site = built?.Address ?? new Uri(servedAt!);
        var totals = new Dictionary<string, List<double>>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < LargeSiteQueries.Length; i++)
            {
                var first = await ColdQuery(browser, site, Engine.Ours, LargeSiteQueries[i]);
                for (var k = 1; k <= 3; k++)
                {
                    var query = LargeSiteQueries[(i + k) % LargeSiteQueries.Length];
                    await WarmQuery(first.Page, Engine.Ours, query);
                    var marks = await first.Page.EvaluateAsync<double?[]>(PhaseMarks, Phases);
                    var line = new System.Text.StringBuilder($"{query,-10}");
                    for (var p = 1; p < Phases.Length; p++)
                    {
                        var delta = (marks[p] - marks[p - 1]) ?? double.NaN;
                        line.Append(CultureInfo.InvariantCulture, $" {Phases[p]} {delta,6:0.0}");
                        Add(totals, Phases[p], delta);
                    }
                    line.Append(CultureInfo.InvariantCulture, $"  total {marks[^1] - marks[0],6:0.0} ms");
                    if (round == 2) Console.WriteLine(line);
                }
                await first.Page.Context.CloseAsync();
            }
        }
        // Raw fetch cost on this machine: ten uncached record files in parallel, and one after another.
        var probe = await ColdQuery(browser, site, Engine.Ours, "兰州");
        foreach (var part in new[] { 0.25, 0.5, 0.75 })
        {
            var raw = await probe.Page.EvaluateAsync<string>(@"async part => {
                const base = document.getElementById('search-results').getAttribute('data-index');
                const documents = (await (await fetch(base + 'manifest.json')).json()).documents;
                const offset = Math.max(0, Math.floor(documents * part) - 20);
                let t = performance.now();
                await Promise.all([...Array(10).keys()].map(i => fetch(base + 'd/' + (offset + i) + '.json').then(r => r.json())));
                const parallel = performance.now() - t;
                t = performance.now();
                for (let i = 10; i < 20; i++) await (await fetch(base + 'd/' + (offset + i) + '.json')).json();
                return 'ten in parallel ' + parallel.toFixed(1) + ' ms, ten in sequence ' + (performance.now() - t).toFixed(1) + ' ms';
            }", part);
            Console.WriteLine(raw);
        }
        Console.WriteLine("median (Playwright) " + string.Join(" ", totals.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {Median(t.Value):0.0}"))));

        // The same phases in Chromium without Playwright attached.
        var plain = new Dictionary<string, List<double>>();
        await using (var chromium = await PlainChromium.Launch(ChromiumArgs))
        {
            for (var round = 0; round < 3; round++)
            {
                for (var i = 0; i < LargeSiteQueries.Length; i++)
                {
                    await LoadCold(chromium, site, Engine.Ours, LargeSiteQueries[i]);
                    for (var k = 1; k <= 3; k++)
                    {
                        var query = LargeSiteQueries[(i + k) % LargeSiteQueries.Length];
                        var marks = await chromium.Evaluate(SubmitScript(Engine.Ours, query, $"{PhaseMarks}({System.Text.Json.JsonSerializer.Serialize(Phases)})"));
                        var times = marks!.AsArray().Select(m => m?.GetValue<double>() ?? double.NaN).ToArray();
                        for (var p = 1; p < Phases.Length; p++) Add(plain, Phases[p], times[p] - times[p - 1]);
                        Add(plain, "total", times[^1] - times[0]);
                    }
                }
            }
        }
        Console.WriteLine("median (plain)      " + string.Join(" ", plain.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {Median(t.Value):0.0}"))));
        return 0;
    }

    private enum Engine { Ours, Pagefind }

    private sealed record Figures(double Recall, double Mrr, long ColdBytes, long WarmBytes, double ColdMs, double WarmMs)
    {
        /// <summary>Median warm latency in Chromium without Playwright attached (see <see cref="PlainChromium"/>).</summary>
        public double PlainWarmMs { get; init; } = double.NaN;

        /// <summary>Latencies from submit of queries typed into the page (see <see cref="PlainLatencies"/>).</summary>
        public IReadOnlyList<double> Typed { get; init; } = [];

        public double TypedMs => Typed.Count > 0 ? Median(Typed) : double.NaN;

        /// <summary>A cold query's bytes by file kind (see <see cref="FileKind"/>), averaged over the cold queries.</summary>
        public IReadOnlyDictionary<string, double> ColdByKind { get; init; } = new Dictionary<string, double>();
    }

    private static void Print(string name, Figures f, (long Raw, long Gzip) index)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-9} recall@5 {f.Recall:0.000}  MRR@10 {f.Mrr:0.000}  cold query {f.ColdBytes / 1024.0,6:0.0} KiB  warm query {f.WarmBytes / 1024.0,6:0.0} KiB  latency cold {f.ColdMs,6:0} ms warm {f.WarmMs,6:0} ms (plain Chromium {f.PlainWarmMs,4:0} ms, typed {f.TypedMs,4:0} ms)  index {index.Raw / 1048576.0:0.00} MiB ({index.Gzip / 1048576.0:0.00} MiB gzip)"));
        if (f.Typed.Count > 0) PrintTyped(name, f.Typed);
        Console.WriteLine("          cold query by file (KiB, mean per query, gzip + headers): " + string.Join("  ",
            f.ColdByKind.OrderByDescending(k => k.Value).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key} {k.Value / 1024.0:0.0}"))));
    }

    /// <summary>
    /// What a counted request fetched, for the cold query's breakdown: our scripts by name, the index's manifest,
    /// facets (meta), shards (s/) and records (d/); Pagefind's files by their folder or extension.
    /// </summary>
    private static string FileKind(string url)
    {
        var path = new Uri(url).AbsolutePath;
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (path.Contains("/assets/js/", StringComparison.Ordinal)) return System.Text.RegularExpressions.Regex.Replace(name, @"\.[0-9a-f]{8,}\.", ".");
        if (path.Contains("/search/index-", StringComparison.Ordinal))
        {
            if (path.Contains("/s/", StringComparison.Ordinal)) return "shards";
            if (path.Contains("/d/", StringComparison.Ordinal)) return "records";
            return Path.GetFileNameWithoutExtension(name);
        }
        var folder = path[..path.LastIndexOf('/')];
        // Pagefind: its scripts and entry by name, its index, fragment and filter chunks by folder.
        return folder.EndsWith("/pagefind", StringComparison.Ordinal) ? name : folder[(folder.LastIndexOf('/') + 1)..];
    }

    private static Dictionary<string, double> MeanByKind(IReadOnlyCollection<Dictionary<string, long>> queries)
    {
        var sum = new Dictionary<string, double>();
        foreach (var q in queries)
            foreach (var (kind, bytes) in q) sum[kind] = sum.GetValueOrDefault(kind) + bytes;
        return sum.ToDictionary(k => k.Key, k => k.Value / queries.Count);
    }

    private static string UrlFor(Uri site, Engine engine, string query) =>
        new Uri(site, (engine == Engine.Ours ? "search/?q=" : "pagefind-harness/?q=") + Uri.EscapeDataString(query)).ToString();

    /// <summary>Relevance plus bytes and latency: each query cold in a fresh context, then one warm follow-up.</summary>
    private static async Task<Figures> Evaluate(IBrowser browser, BuiltSite site, IReadOnlyList<RelevanceSuite.Query> queries, Engine engine)
    {
        int hits = 0, answerable = 0;
        double reciprocal = 0;
        var cold = new List<(long Bytes, double Ms)>();
        var warm = new List<(long Bytes, double Ms)>();
        var kinds = new List<Dictionary<string, long>>();
        for (var i = 0; i < queries.Count; i++)
        {
            var query = queries[i];
            var (links, bytes, ms, page, byKind) = await ColdQuery(browser, site.Address, engine, query.Text);
            cold.Add((bytes, ms));
            kinds.Add(byKind);
            var second = await WarmQuery(page, engine, queries[(i + 1) % queries.Count].Text);
            warm.Add((second.Bytes, second.Ms));
            await page.Context.CloseAsync();
            if (query.Expected.Count == 0) continue;
            answerable++;
            var rank = RelevanceSuite.RankOf(query, links);
            if (rank is >= 1 and <= 5) hits++;
            if (rank is >= 1 and <= 10) reciprocal += 1.0 / rank;
        }
        return new Figures(hits / (double)answerable, reciprocal / answerable,
            (long)cold.Average(c => c.Bytes), (long)warm.Average(c => c.Bytes), Median(cold.Select(c => c.Ms)), Median(warm.Select(c => c.Ms)))
            { ColdByKind = MeanByKind(kinds) };
    }

    private static async Task<Figures> Transfer(IBrowser browser, BuiltSite site, Engine engine)
    {
        var cold = new List<(long, double)>();
        var warm = new List<(long, double)>();
        var kinds = new List<Dictionary<string, long>>();
        for (var i = 0; i < LargeSiteQueries.Length; i++)
        {
            var first = await ColdQuery(browser, site.Address, engine, LargeSiteQueries[i]);
            cold.Add((first.Bytes, first.Ms));
            kinds.Add(first.ByKind);
            // Warm: the next queries typed into the same page, as a reader refines a search.
            for (var k = 1; k <= 3; k++)
            {
                var next = await WarmQuery(first.Page, engine, LargeSiteQueries[(i + k) % LargeSiteQueries.Length]);
                warm.Add((next.Bytes, next.Ms));
            }
            await first.Page.Context.CloseAsync();
        }
        return new Figures(double.NaN, double.NaN, (long)cold.Average(c => c.Item1), (long)warm.Average(c => c.Item1),
            Median(cold.Select(c => c.Item2)), Median(warm.Select(c => c.Item2))) { ColdByKind = MeanByKind(kinds) };
    }

    /// <summary>
    /// Warm latency without Playwright: each query loaded cold, then <paramref name="warmPerCold"/> further queries
    /// submitted on the same page, each timed by the page's marks. <paramref name="typed"/>: each further query is
    /// first typed as a reader types it, two characters at a time (an input method commits words), 300 ms apart,
    /// and submitted 300 ms after the last; each engine may look ahead meanwhile (ours fetches the shards of the
    /// words so far and, after a pause, the first results' records; Pagefind's harness preloads as its UI does).
    /// Timed from submit either way.
    /// </summary>
    private static async Task<double> PlainLatency(BuiltSite site, Engine engine, IReadOnlyList<string> queries, int warmPerCold, bool typed = false) =>
        Median(await PlainLatencies(site, engine, queries, warmPerCold, typed));

    /// <summary>The samples of <see cref="PlainLatency"/>, one per further query.</summary>
    /// <param name="each">When given, receives each query with its latency.</param>
    private static async Task<List<double>> PlainLatencies(BuiltSite site, Engine engine, IReadOnlyList<string> queries, int warmPerCold, bool typed = false, List<(string Query, double Ms)>? each = null)
    {
        await using var chromium = await PlainChromium.Launch(ChromiumArgs);
        var warm = new List<double>();
        for (var i = 0; i < queries.Count; i++)
        {
            await LoadCold(chromium, site.Address, engine, queries[i]);
            for (var k = 1; k <= warmPerCold; k++)
            {
                var query = queries[(i + k) % queries.Count];
                for (var end = 2; typed && end < query.Length + 2; end += 2)
                {
                    var prefix = Js(query[..Math.Min(end, query.Length)]);
                    await chromium.Evaluate(engine == Engine.Ours
                        ? $"(() => {{ const f = document.getElementById('search-q'); f.value = {prefix}; f.dispatchEvent(new Event('input')); }})()"
                        : $"(() => {{ window.preload({prefix}); }})()");
                    await Task.Delay(300);
                }
                var ms = await chromium.Evaluate(SubmitScript(engine, query, LatencyScript(engine)));
                warm.Add(ms!.GetValue<double>());
                each?.Add((query, warm[^1]));
            }
        }
        return warm;
    }

    /// <summary>Loads <paramref name="query"/>'s search page afresh and waits for its results.</summary>
    private static async Task LoadCold(PlainChromium chromium, Uri site, Engine engine, string query)
    {
        await chromium.Evaluate("window.portalBenchmarkLeft = true"); // the page being left must not be taken for the new one
        await chromium.Navigate(new Uri(UrlFor(site, engine, query)));
        await chromium.Evaluate(WhenDone(engine == Engine.Ours ? "search-results" : "results", query));
    }

    /// <summary>
    /// Submits <paramref name="query"/> on the loaded page (our form; the harness's search function) and, once its
    /// results are done, evaluates <paramref name="then"/>. Both submit paths set the list to "loading" before they
    /// return, so waiting starts after them.
    /// </summary>
    private static string SubmitScript(Engine engine, string query, string then)
    {
        var submit = engine == Engine.Ours
            ? $"document.getElementById('search-q').value = {Js(query)}; document.getElementById('search-form').requestSubmit();"
            : $"window.runSearch({Js(query)});";
        var list = engine == Engine.Ours ? "search-results" : "results";
        return $"(() => {{ {submit} return {WhenDone(list, engine == Engine.Ours ? query : null)}.then(() => {then}); }})()";
    }

    /// <summary>
    /// A promise that settles when the result list says done (for <paramref name="query"/>, when given, as the
    /// address shows it); a MutationObserver, so the measured page does no polling.
    /// </summary>
    private static string WhenDone(string listId, string? query)
    {
        var matches = query is null ? "true" : $"new URLSearchParams(location.search).get('q') === {Js(query)}";
        return "new Promise(resolve => { " +
            $"const list = document.getElementById('{listId}'); if (!list || window.portalBenchmarkLeft) throw new Error('not loaded yet'); " +
            $"const ready = () => list.getAttribute('data-state') === 'done' && {matches}; " +
            "if (ready()) return resolve(true); " +
            "const watch = new MutationObserver(() => { if (ready()) { watch.disconnect(); resolve(true); } }); " +
            "watch.observe(list, { attributes: true, attributeFilter: ['data-state'] }); })";
    }

    private static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>A first query in a fresh browser context (empty cache): loads the search page and the engine.</summary>
    private static async Task<(List<string> Links, long Bytes, double Ms, IPage Page, Dictionary<string, long> ByKind)> ColdQuery(IBrowser browser, Uri site, Engine engine, string query)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = Record(page);
        await page.GotoAsync(UrlFor(site, engine, query));
        var links = await Results(page, engine);
        var byKind = new Dictionary<string, long>();
        var bytes = await SearchBytes(requests, engine, byKind);
        return (links, bytes, await Latency(page, engine), page, byKind);
    }

    /// <summary>A further query typed on the same page: only what the new terms need is fetched.</summary>
    private static async Task<(List<string> Links, long Bytes, double Ms)> WarmQuery(IPage page, Engine engine, string query)
    {
        var requests = Record(page);
        if (engine == Engine.Ours)
        {
            await page.FillAsync("#search-q", query);
            await page.PressAsync("#search-q", "Enter");
            await page.WaitForFunctionAsync("q => new URLSearchParams(location.search).get('q') === q", query);
        }
        else
        {
            await page.EvaluateAsync("q => { window.runSearch(q); }", query);
        }
        var links = await Results(page, engine);
        return (links, await SearchBytes(requests, engine, null), await Latency(page, engine));
    }

    private static List<IRequest> Record(IPage page)
    {
        var requests = new List<IRequest>();
        page.RequestFinished += (_, r) => { lock (requests) requests.Add(r); };
        return requests;
    }

    private static async Task<List<string>> Results(IPage page, Engine engine)
    {
        var list = engine == Engine.Ours ? "#search-results" : "#results";
        await page.WaitForSelectorAsync($"{list}[data-state='done']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        return (await page.EvalOnSelectorAllAsync<string[]>($"{list} > li", "items => items.map(li => li.querySelector('a').getAttribute('href'))")).ToList();
    }

    /// <summary>Time from the start of the (latest) search to its rendered results, from the page's own marks.</summary>
    private static Task<double> Latency(IPage page, Engine engine) => page.EvaluateAsync<double>(LatencyScript(engine));

    /// <summary>Milliseconds from the latest search's start mark to its done mark, as the page recorded them.</summary>
    private static string LatencyScript(Engine engine) => engine == Engine.Ours
        ? "(() => { const s = performance.getEntriesByName('portal-search-start').at(-1), d = performance.getEntriesByName('portal-search-done').at(-1); return s && d ? d.startTime - s.startTime : 0; })()"
        : "performance.getEntriesByName('pf-done').at(-1).startTime - performance.getEntriesByName('pf-start').at(-1).startTime";

    /// <summary>A function of phase names giving each phase mark's time in the latest search (null: not reached).</summary>
    private const string PhaseMarks =
        "(names => { const start = performance.getEntriesByName('portal-search-start').at(-1).startTime; " +
        "return names.map(n => { const e = performance.getEntriesByName('portal-search-' + n).filter(m => m.startTime >= start).at(-1); return e ? e.startTime : null; }); })";

    private static readonly string[] Phases = ["start", "shards", "ranked", "facets", "records", "done"];

    private static void Add(Dictionary<string, List<double>> samples, string key, double value) =>
        (samples.TryGetValue(key, out var list) ? list : samples[key] = []).Add(value);

    /// <summary>Bytes of the search's own requests (engine, index, result records) as transferred, gzip included.</summary>
    /// <param name="byKind">When given, receives the bytes by <see cref="FileKind"/>.</param>
    private static async Task<long> SearchBytes(List<IRequest> requests, Engine engine, Dictionary<string, long>? byKind)
    {
        await Task.Delay(50);
        List<IRequest> finished;
        lock (requests) finished = [.. requests];
        long bytes = 0;
        foreach (var request in finished)
        {
            var url = request.Url;
            // Ours: the index and both scripts (search.js and search-worker.js).
            var counted = engine == Engine.Ours ? url.Contains("/search/index-") || url.Contains("/assets/js/search") : url.Contains("/pagefind/");
            if (!counted || await request.ResponseAsync() is not { } response) continue;
            var sizes = await request.SizesAsync();
            long body = sizes.ResponseBodySize;
            // Playwright reports no body size for a worker's own script (search-worker.js; Pagefind has such a
            // file too: its cold query grew by 12 KiB with this): ask the server again for exactly what it sends, compressed as it compresses it. A response
            // from the browser's cache would also say 0, but every query here runs in a fresh context and both
            // engines keep what they fetched in memory, so none is asked for twice.
            if (body == 0 && response.Status == 200) body = await TransferredBodySize(url);
            bytes += body + sizes.ResponseHeadersSize;
            if (byKind is not null) byKind[FileKind(url)] = byKind.GetValueOrDefault(FileKind(url)) + body + sizes.ResponseHeadersSize;
        }
        return bytes;
    }

    private static readonly HttpClient RawClient = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });

    private static async Task<long> TransferredBodySize(string url)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        using var response = await RawClient.SendAsync(message);
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    private static double Median(IEnumerable<double> values) => Measured.MedianOf(values);

    /// <summary>A site built for a loopback address, indexed by Pagefind too, and served like a static host.</summary>
    private sealed class BuiltSite : IAsyncDisposable
    {
        private readonly string work;
        private readonly PreviewServer server;

        private BuiltSite(string work, PreviewServer server)
        {
            this.work = work;
            this.server = server;
        }

        public Uri Address => server.Address;
        public int Documents { get; private set; }
        public (long Raw, long Gzip) OurIndexBytes { get; private set; }
        public (long Raw, long Gzip) PagefindIndexBytes { get; private set; }

        public static async Task<BuiltSite> Create(Action<string> writeContent, string? pagefind)
        {
            var work = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "portal-search-bench-" + Guid.NewGuid().ToString("N")[..8]);
            var content = Path.Combine(work, "content");
            var output = Path.Combine(work, "_site");
            writeContent(content);
            var server = await PreviewServer.StartAsync(output, 0, new PreviewState(), new ReloadBroadcaster(), injectReload: false);
            var site = new BuiltSite(work, server);
            var result = SiteBuild.Build(new BuildOptions
            {
                ContentDir = content, OutputDir = output, ThemeDir = RepositoryPaths.Theme, BaseUrl = server.Address,
            });
            if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
            site.OurIndexBytes = Size(Directory.EnumerateDirectories(Path.Combine(output, "search"), "index-*").Single());
            if (pagefind is null) return site;
            var clock = Stopwatch.StartNew();
            var run = Measured.Run(pagefind, ["--site", output, "--root-selector", "main", "--exclude-selectors", ".breadcrumbs, .share, .pagination"]);
            if (run.ExitCode != 0) throw new InvalidOperationException(run.Output);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# pagefind indexed {output} in {clock.Elapsed.TotalSeconds:0.0} s"));
            Directory.CreateDirectory(Path.Combine(output, "pagefind-harness"));
            File.WriteAllText(Path.Combine(output, "pagefind-harness", "index.html"), Harness);
            site.Documents = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
            site.PagefindIndexBytes = Size(Path.Combine(output, "pagefind"));
            return site;
        }

        private static (long, long) Size(string folder)
        {
            long raw = 0, gzip = 0;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var bytes = File.ReadAllBytes(file);
                raw += bytes.Length;
                using var compressed = new MemoryStream();
                using (var gz = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(bytes);
                gzip += compressed.Length;
            }
            return (raw, gzip);
        }

        public async ValueTask DisposeAsync()
        {
            await server.DisposeAsync();
            Directory.Delete(work, recursive: true);
        }
    }
}
