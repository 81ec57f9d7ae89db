using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Benchmarks;

/// <summary>
/// Debian's Chromium driven over the DevTools protocol with nothing but <c>Runtime.evaluate</c>: no network
/// domain, so no per-request events are sent out while a query runs. Playwright reports every request to its
/// driver process; on two cores that roughly doubles the time of each fetch, which is the harness's cost, not the
/// page's. Latency figures taken here are the page's own performance marks, as with Playwright.
/// </summary>
public sealed class PlainChromium : IAsyncDisposable
{
    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private int nextId;

    private PlainChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    public static async Task<PlainChromium> Launch(IEnumerable<string> chromiumArgs)
    {
        var profile = Directory.CreateTempSubdirectory("portal-chromium-").FullName;
        var start = new ProcessStartInfo("/usr/bin/chromium") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in chromiumArgs.Concat(["--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank"])) start.ArgumentList.Add(a);
        var chromium = new PlainChromium(Process.Start(start)!, profile);
        _ = chromium.process.StandardError.ReadToEndAsync();
        _ = chromium.process.StandardOutput.ReadToEndAsync();
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(portFile) || (await File.ReadAllLinesAsync(portFile)).Length < 2)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("Chromium did not open its DevTools port");
            await Task.Delay(50);
        }
        var port = (await File.ReadAllLinesAsync(portFile))[0];
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        await chromium.socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
        return chromium;
    }

    public Task Navigate(Uri url) => Send("Page.navigate", new JsonObject { ["url"] = url.ToString() });

    /// <summary>Evaluates <paramref name="expression"/> in the page, awaiting a promise; retried while a navigation replaces the page.</summary>
    public async Task<JsonNode?> Evaluate(string expression)
    {
        for (var attempt = 0; ; attempt++)
        {
            var reply = await Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true });
            if (reply?["exceptionDetails"] is null && reply?["result"] is { } result) return result["value"];
            if (attempt > 200) throw new InvalidOperationException("evaluation failed: " + reply?.ToJsonString());
            await Task.Delay(25);
        }
    }

    private async Task<JsonNode?> Send(string method, JsonObject parameters)
    {
        var id = ++nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult part;
            do
            {
                part = await socket.ReceiveAsync(buffer, CancellationToken.None);
                received.Write(buffer, 0, part.Count);
            } while (!part.EndOfMessage);
            var reply = JsonNode.Parse(received.ToArray());
            if ((int?)reply?["id"] != id) continue; // events of domains never enabled do not come; stray replies are skipped
            if (reply["error"] is { } error) return new JsonObject { ["exceptionDetails"] = error.DeepClone() };
            return reply["result"];
        }
    }

    public async ValueTask DisposeAsync()
    {
        socket.Dispose();
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's helpers may still hold a file for a moment; the temporary folder is left behind.
        }
    }
}
