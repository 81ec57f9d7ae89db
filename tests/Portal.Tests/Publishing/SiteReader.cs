using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Portal.Tests.Publishing;

/// <summary>
/// A reader on the published site during a deploy: loads the home page and the search page over and over and, a
/// moment later as a browser would, every stylesheet, script, icon and search index that page names. Records every
/// answer that is not 200, and which stylesheet each page named (so a test knows the reader saw both releases).
/// </summary>
public sealed partial class SiteReader : IAsyncDisposable
{
    private static readonly string[] Pages = ["/", "/search/"];

    private readonly HttpClient client;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public SiteReader(Uri site)
    {
        client = new HttpClient { BaseAddress = site, Timeout = TimeSpan.FromSeconds(60) };
        loop = Task.Run(ReadAsync);
    }

    public ConcurrentQueue<string> Failures { get; } = new();

    public ConcurrentDictionary<string, int> StylesheetsSeen { get; } = new();

    public int Rounds => rounds;

    private int rounds;

    [GeneratedRegex(@"(?:href|src)=""(/(?:assets|search/index-[0-9a-f]+)/[^""#?]+)""|data-index=""(/search/index-[0-9a-f]+/)""")]
    private static partial Regex HashedReference();

    [GeneratedRegex(@"href=""(/assets/css/[^""]+\.css)""")]
    private static partial Regex Stylesheet();

    private async Task ReadAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var page in Pages)
            {
                string html;
                try
                {
                    using var response = await client.GetAsync(page, stop.Token);
                    if (!response.IsSuccessStatusCode)
                    {
                        Failures.Enqueue($"{page}: {(int)response.StatusCode}");
                        continue;
                    }
                    html = await response.Content.ReadAsStringAsync(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                var css = Stylesheet().Match(html).Groups[1].Value;
                StylesheetsSeen.AddOrUpdate(css, 1, (_, n) => n + 1);
                var references = HashedReference().Matches(html)
                    .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value + "manifest.json")
                    .Distinct(StringComparer.Ordinal).ToList();
                if (references.Count == 0) Failures.Enqueue($"{page}: names no hashed file (the reader would prove nothing)");
                try
                {
                    // A browser asks for a page's files after it has read the page: the moment a switch falls into.
                    await Task.Delay(20, stop.Token);
                    foreach (var reference in references)
                    {
                        using var response = await client.GetAsync(reference, stop.Token);
                        if (!response.IsSuccessStatusCode)
                            Failures.Enqueue($"{page} (stylesheet {css}) names {reference}: {(int)response.StatusCode}");
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            Interlocked.Increment(ref rounds);
        }
    }

    /// <summary>Waits until the reader has read <paramref name="more"/> further rounds (a state, not a delay).</summary>
    public async Task WaitForRoundsAsync(int more)
    {
        var target = Rounds + more;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Rounds < target)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the reader read {Rounds} rounds, not {target}, in 60 s");
            Assert.False(loop.IsCompleted, "the reader stopped: " + loop.Exception);
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }
        client.Dispose();
        stop.Dispose();
    }
}
