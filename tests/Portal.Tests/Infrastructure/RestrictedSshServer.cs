using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// OpenSSH's sshd on 127.0.0.1 at a free high port, with a throwaway host key and a throwaway client key that
/// authorized_keys restricts to rsync into one folder (<c>command="rrsync -absolute DIR",restrict</c>), as
/// docs/hosting.md tells a department to set up its deploy account. scripts/setup.sh installs sshd and rsync (which
/// ships rrsync); a machine without them fails here with that hint rather than skipping.
/// </summary>
public sealed class RestrictedSshServer : IDisposable
{
    private const string Sshd = "/usr/sbin/sshd";
    private const string Rrsync = "/usr/bin/rrsync";

    private readonly TempFolder folder = new("portal-sshd");
    private readonly Process sshd;

    public RestrictedSshServer()
    {
        foreach (var tool in new[] { Sshd, Rrsync, "/usr/bin/rsync", "/usr/bin/ssh-keygen", "/usr/bin/ssh" })
            Assert.True(File.Exists(tool), $"{tool} is missing: run scripts/setup.sh (it installs openssh-server and rsync)");
        DeployRoot = folder.Combine("srv", "www");
        Directory.CreateDirectory(DeployRoot);
        Run("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "portal-host", "-f", folder.Combine("host_key"));
        Run("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "portal-deploy", "-f", KeyFile);
        File.WriteAllText(folder.Combine("authorized_keys"),
            $"command=\"{Rrsync} -absolute {DeployRoot}\",restrict {File.ReadAllText(KeyFile + ".pub").Trim()}\n");
        Port = FreePort();
        File.WriteAllText(folder.Combine("sshd_config"), $"""
            Port {Port}
            ListenAddress 127.0.0.1
            HostKey {folder.Combine("host_key")}
            AuthorizedKeysFile {folder.Combine("authorized_keys")}
            PidFile {folder.Combine("sshd.pid")}
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            LogLevel VERBOSE
            """);
        File.WriteAllText(KnownHostsFile, $"[127.0.0.1]:{Port} {File.ReadAllText(folder.Combine("host_key.pub")).Trim()}\n");
        // sshd started as root wants its privilege-separation folder (Debian's package makes it at boot only).
        if (Environment.UserName == "root") Directory.CreateDirectory("/run/sshd");
        var start = new ProcessStartInfo(Sshd) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-D", "-e", "-f", folder.Combine("sshd_config") }) start.ArgumentList.Add(arg);
        sshd = Process.Start(start)!;
        sshd.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        sshd.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        sshd.BeginErrorReadLine();
        sshd.BeginOutputReadLine();
        WaitUntilListening();
    }

    private readonly List<string> log = [];

    /// <summary>The folder the key may write: DEPLOY_PATH.</summary>
    public string DeployRoot { get; }

    public int Port { get; }

    public string User => Environment.UserName;

    public string KeyFile => folder.Combine("deploy_key");

    public string KnownHostsFile => folder.Combine("known_hosts");

    /// <summary>The remote shell for rsync -e, as the workflow writes it (host key verified, no prompts).</summary>
    public string SshCommand =>
        $"ssh -i {KeyFile} -p {Port} -o BatchMode=yes -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile={KnownHostsFile}";

    /// <summary>What sshd logged: its answer to every connection (for failure messages).</summary>
    public string Log
    {
        get { lock (log) return string.Join('\n', log); }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(sshd.HasExited, "sshd stopped: " + Log);
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        Assert.Fail("sshd did not listen within 60 s: " + Log);
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{program} did not finish");
        Assert.True(process.ExitCode == 0, $"{program} failed: {output.Result}{error.Result}");
    }

    public void Dispose()
    {
        try
        {
            if (!sshd.HasExited) sshd.Kill(entireProcessTree: true);
            sshd.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        sshd.Dispose();
        folder.Dispose();
    }
}
