using System.Runtime.CompilerServices;
using AngleSharp.Diffing;
using Xunit.Sdk;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Verify-style HTML snapshots compared semantically with AngleSharp.Diffing (whitespace and attribute order
/// do not matter). A test only compares: when NAME.verified.html is missing or differs, the actual HTML is written
/// beside it as NAME.received.html and the test fails, on every machine. Accepting is an explicit step: review the
/// .received.html files, then run <c>bash scripts/accept-snapshots.sh</c> (it renames them to .verified.html) and commit.
/// </summary>
public static class HtmlSnapshot
{
    public const string AcceptCommand = "bash scripts/accept-snapshots.sh";

    public static void Match(string actualHtml, string name, [CallerFilePath] string sourceFile = "") =>
        MatchIn(Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots"), actualHtml, name);

    /// <summary>Compares with <paramref name="folder"/>/NAME.verified.html.</summary>
    public static void MatchIn(string folder, string actualHtml, string name)
    {
        var verified = Path.Combine(folder, name + ".verified.html");
        var received = Path.Combine(folder, name + ".received.html");
        if (!File.Exists(verified))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(received, actualHtml);
            throw new XunitException($"snapshot {name}.verified.html is missing; the page as built is in {received}.\n"
                + $"Review it, then run `{AcceptCommand}` and commit {name}.verified.html.");
        }
        var diffs = DiffBuilder.Compare(File.ReadAllText(verified)).WithTest(actualHtml).Build().ToList();
        if (diffs.Count == 0)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actualHtml);
        var first = string.Join("\n", diffs.Take(5).Select(d => $"  {d.Result}: {d.Target}"));
        throw new XunitException($"{diffs.Count} HTML difference(s) from {name}.verified.html; see {received}\n{first}\n"
            + $"If the change is intended, run `{AcceptCommand}` and commit the .verified.html files.");
    }
}
