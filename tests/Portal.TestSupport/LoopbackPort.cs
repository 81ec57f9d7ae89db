using System.Net;
using System.Net.Sockets;

namespace Portal.TestSupport;

/// <summary>A port on 127.0.0.1 that was free a moment ago, for a server a test starts as a separate process.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
