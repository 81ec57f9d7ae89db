using System.Net;
using Portal.Build;
using Portal.Preview;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>The preview server over real HTTP on 127.0.0.1: serving, live reload, error overlay, path traversal.</summary>
[Trait(Tier.Category, Tier.Slow)] // a server, a storm of rebuilds
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly ContentCase content = new();
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewSession session = null!;

    public async Task InitializeAsync()
    {
        session = await PreviewSession.StartAsync(content.Options(), 0, _ => { });
    }

    public async Task DisposeAsync()
    {
        await session.DisposeAsync();
        http.Dispose();
        content.Dispose();
    }

    private Task<HttpResponseMessage> Get(string path) => http.GetAsync(new Uri(session.Address, path));

    [Fact]
    public async Task Serves_the_site_on_loopback_with_the_reload_script()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(session.Address.Host)));
        var home = await Get("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/__portal/reload.js\" defer></script>", html);
        Assert.Contains($"href=\"{session.Address.AbsolutePath}notice/\"", html);
        Assert.Equal(HttpStatusCode.Redirect, (await Get("notice")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get("__portal/reload.js")).StatusCode);
    }

    /// <summary>A reload after each save fetches the page again but not its stylesheet and scripts, whose names change with their bytes.</summary>
    [Fact]
    public async Task Pages_are_never_cached_and_hashed_theme_assets_are()
    {
        var home = await Get("");
        Assert.True(home.Headers.CacheControl?.NoStore, "a page must be fetched anew after each save");
        var html = await home.Content.ReadAsStringAsync();
        var stylesheet = System.Text.RegularExpressions.Regex.Match(html, "href=\"/(assets/css/site\\.[0-9a-f]{10}\\.css)\"").Groups[1].Value;
        Assert.NotEmpty(stylesheet);
        var asset = await Get(stylesheet);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
        Assert.False(asset.Headers.CacheControl?.NoStore);
        // A name that is no content hash (here a missing file) and an unhashed file are not cacheable.
        Assert.True((await Get("assets/css/site.not-a-hash.css")).Headers.CacheControl?.NoStore);
        Assert.True((await Get("robots.txt")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public void The_published_build_has_no_reload_script()
    {
        using var other = new ContentCase();
        Assert.True(other.Build().Success);
        foreach (var file in Directory.EnumerateFiles(other.OutputDir, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("__portal", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("%252e%252e%252f%252e%252e%252fetc%252fpasswd")]
    [InlineData("..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("..\\..\\etc\\passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("%2fetc%2fpasswd")]
    [InlineData(".%2e/.%2e/.%2e/etc/passwd")]
    public async Task Path_traversal_returns_404(string path)
    {
        // A raw TCP request, so neither the client nor a URI class can normalise the dots away.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(session.Address.Host, session.Address.Port);
        var stream = tcp.GetStream();
        var request = $"GET /{path} HTTP/1.1\r\nHost: {session.Address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        var response = await new StreamReader(stream).ReadToEndAsync();
        Assert.True(response.StartsWith("HTTP/1.1 404") || response.StartsWith("HTTP/1.1 400"), response.Split('\n')[0]);
        Assert.DoesNotContain("root:", response);
    }

    [Fact]
    public async Task Editing_a_story_changes_the_served_page_and_notifies_clients()
    {
        using var events = await http.GetStreamAsync(new Uri(session.Address, "__portal/events"));
        using var reader = new StreamReader(events);
        Assert.Equal("event: connected", await reader.ReadLineAsync());

        var path = "stories/2025/2025-02-25-notice-issued.md";
        var file = Path.Combine(content.ContentDir, path);
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: 省交通运输厅印发", "title: 预览测试：省交通运输厅印发"));

        var reload = await ReadEvent(reader);
        Assert.Equal("reload", reload);
        var page = await (await Get("stories/2025/2025-02-25-notice-issued/")).Content.ReadAsStringAsync();
        Assert.Contains("预览测试：省交通运输厅印发", page);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_site_and_reports_the_error()
    {
        using var events = await http.GetStreamAsync(new Uri(session.Address, "__portal/events"));
        using var reader = new StreamReader(events);
        await reader.ReadLineAsync();

        var good = await (await Get("tasks/")).Content.ReadAsStringAsync();
        content.Write("stories/2025/2025-03-14-broken.md", ContentCase.Story(departments: "[政策法规科]"));

        Assert.Equal("error-report", await ReadEvent(reader));
        var errors = await (await Get("__portal/errors")).Content.ReadAsStringAsync();
        Assert.Contains("PORTAL0031", errors);
        Assert.Contains("2025-03-14-broken.md", errors);
        Assert.Contains("\"line\":5", errors);
        Assert.Equal(good, await (await Get("tasks/")).Content.ReadAsStringAsync());
    }

    /// <summary>
    /// An edit of a story's words: its page is written and the tab showing it told first (the event names that page),
    /// then the update runs and tells the tabs of what else changed, which no longer includes that page.
    /// </summary>
    [Fact]
    public async Task A_story_text_edit_refreshes_its_page_first_then_the_update_names_only_what_else_changed()
    {
        using var events = await http.GetStreamAsync(new Uri(session.Address, "__portal/events"));
        using var reader = new StreamReader(events);
        Assert.Equal("event: connected", await reader.ReadLineAsync());
        var file = Path.Combine(content.ContentDir, "stories/2025/2025-02-25-notice-issued.md");
        var builds = session.State.Builds;

        File.AppendAllText(file, "\n\n预览快速显示的补充段落。\n");

        var (first, firstScope) = await ReadEventWithData(reader);
        Assert.Equal(("reload", "[\"/stories/2025/2025-02-25-notice-issued/\"]"), (first, firstScope));
        Assert.Contains("预览快速显示的补充段落", await (await Get("stories/2025/2025-02-25-notice-issued/")).Content.ReadAsStringAsync());
        var (second, secondScope) = await ReadEventWithData(reader);
        Assert.Equal("reload", second);
        Assert.Equal(builds + 1, session.State.Builds);
        // The search index took the new words; no page changed besides the one already shown.
        Assert.Equal("[\"/search/\"]", secondScope);
    }

    private static async Task<(string Type, string Data)> ReadEventWithData(StreamReader reader)
    {
        var type = await ReadEvent(reader);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException();
        Assert.StartsWith("data: ", line);
        return (type, line["data: ".Length..]);
    }

    private static async Task<string> ReadEvent(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            if (line is null) throw new EndOfStreamException();
            if (line.StartsWith("event: ", StringComparison.Ordinal)) return line["event: ".Length..];
        }
    }

    [Fact]
    public async Task A_flood_of_1000_concurrent_requests_is_served_without_errors()
    {
        string[] paths = ["", "notice/", "tasks/", "stories/", "search/", "feed.xml", "sitemap.xml", "no-such-page/"];
        var tasks = Enumerable.Range(0, 1000).Select(async i =>
        {
            using var response = await Get(paths[i % paths.Length]);
            await response.Content.ReadAsByteArrayAsync();
            return (i % paths.Length == paths.Length - 1) == (response.StatusCode == HttpStatusCode.NotFound) && (int)response.StatusCode < 500;
        });
        var results = await Task.WhenAll(tasks);
        Assert.All(results, Assert.True);
    }

    [Fact]
    public async Task A_storm_of_500_changed_files_makes_few_rebuilds()
    {
        using var events = await http.GetStreamAsync(new Uri(session.Address, "__portal/events"));
        using var reader = new StreamReader(events);
        await reader.ReadLineAsync();
        var before = session.State.Builds;
        var folder = Path.Combine(content.ContentDir, "stories", "2025");
        for (var i = 0; i < 500; i++)
            File.WriteAllText(Path.Combine(folder, $"2025-04-{i % 28 + 1:00}-storm-{i:000}.md"), ContentCase.Story(title: $"风暴{i}", date: $"2025-04-{i % 28 + 1:00}"));
        // A rebuild that starts while files are still being written may report a half-written one (the overlay shows it);
        // the rebuild after the last write must reload the site.
        var received = new List<string> { await ReadEvent(reader) };
        while (received[^1] != "reload" && received.Count < 3) received.Add(await ReadEvent(reader));
        Assert.Equal("reload", received[^1]);
        await Task.Delay(1500); // any straggling events would have triggered another rebuild by now
        var rebuilds = session.State.Builds - before;
        // A handful, not 500: on a loaded two-core machine a burst can outlast the debounce once or twice.
        Assert.InRange(rebuilds, 1, 6);
        var page = await (await Get("stories/2025/2025-04-01-storm-000/")).Content.ReadAsStringAsync();
        Assert.Contains("风暴0", page);
    }
}
