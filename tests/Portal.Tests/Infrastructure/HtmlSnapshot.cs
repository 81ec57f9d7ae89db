using System.Runtime.CompilerServices;
using AngleSharp.Diffing;
using Xunit.Sdk;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Verify-style HTML snapshots compared semantically with AngleSharp.Diffing (whitespace and attribute order
/// do not matter). On a difference the actual HTML is written beside the snapshot as NAME.received.html.
/// To accept changes: review the .received.html files, then run the tests with PORTAL_ACCEPT_SNAPSHOTS=1
/// (or rename .received.html to .verified.html). In CI a missing snapshot fails the test.
/// </summary>
public static class HtmlSnapshot
{
    public static void Match(string actualHtml, string name, [CallerFilePath] string sourceFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        Directory.CreateDirectory(folder);
        var verified = Path.Combine(folder, name + ".verified.html");
        var received = Path.Combine(folder, name + ".received.html");
        var accept = Environment.GetEnvironmentVariable("PORTAL_ACCEPT_SNAPSHOTS") == "1";
        if (!File.Exists(verified) || accept)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true" && !accept)
                throw new XunitException($"snapshot {name}.verified.html is missing; run the tests locally and commit it");
            File.WriteAllText(verified, actualHtml);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        var diffs = DiffBuilder.Compare(File.ReadAllText(verified)).WithTest(actualHtml).Build().ToList();
        if (diffs.Count == 0)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actualHtml);
        var first = string.Join("\n", diffs.Take(5).Select(d => $"  {d.Result}: {d.Target}"));
        throw new XunitException($"{diffs.Count} HTML difference(s) from {name}.verified.html; see {name}.received.html\n{first}");
    }
}
