using System.Threading.Channels;

namespace Portal.Preview;

/// <summary>Fans preview events (reload, build errors) out to every open browser tab.</summary>
public sealed class ReloadBroadcaster
{
    private readonly Lock gate = new();
    private readonly List<Channel<PreviewEvent>> clients = [];

    public int ClientCount
    {
        get { lock (gate) return clients.Count; }
    }

    public Channel<PreviewEvent> Subscribe()
    {
        var channel = Channel.CreateBounded<PreviewEvent>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate) clients.Add(channel);
        return channel;
    }

    public void Unsubscribe(Channel<PreviewEvent> channel)
    {
        lock (gate) clients.Remove(channel);
        channel.Writer.TryComplete();
    }

    public void Publish(PreviewEvent message)
    {
        lock (gate)
        {
            foreach (var client in clients) client.Writer.TryWrite(message);
        }
    }
}

/// <summary>An event sent to preview tabs: "reload", or "error" with the build's diagnostics as JSON.</summary>
public sealed record PreviewEvent(string Type, string Data);
