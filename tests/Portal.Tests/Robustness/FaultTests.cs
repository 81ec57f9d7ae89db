using System.Diagnostics;
using System.Security.Cryptography;
using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Robustness;

/// <summary>Builds killed at random moments, two builds at once, an unwritable output: the previous site survives.</summary>
[Collection(SerialCollection.Name)]
[Trait(Tier.Category, Tier.Slow)] // generator processes killed mid-build
public sealed class FaultTests
{
    private static Dictionary<string, string> Fingerprint(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private static Process StartBuild(string content, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Portal.Generator.dll"), "build", "--content", content, "--output", output, "--theme", RepositoryPaths.Theme })
            start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_previous_site_complete()
    {
        using var temp = new TempFolder();
        var content = FixtureContent.Create(temp.Combine("content"));
        for (var i = 0; i < 300; i++)
        {
            File.WriteAllText(Path.Combine(content, "stories", "2025", $"2025-01-{i % 28 + 1:00}-bulk-{i:000}.md"),
                ContentCase.Story(title: $"批量稿件{i}", date: $"2025-01-{i % 28 + 1:00}", body: string.Concat(Enumerable.Repeat("推进农村公路建设。", 200))));
        }
        var output = temp.Combine("_site");
        Assert.True(SiteBuild.Build(AsTheCommandLine(new BuildOptions { ContentDir = content, OutputDir = output, ThemeDir = RepositoryPaths.Theme })).Success);
        var previous = Fingerprint(output);
        File.AppendAllText(Path.Combine(content, "pages", "about.md"), "\n新增一段。\n");
        var reference = temp.Combine("reference");
        Assert.True(SiteBuild.Build(AsTheCommandLine(new BuildOptions { ContentDir = content, OutputDir = reference, ThemeDir = RepositoryPaths.Theme })).Success);
        var next = Fingerprint(reference);

        foreach (var delay in new[] { 150, 400, 700, 1000, 1400, 1900 })
        {
            using var process = StartBuild(content, output);
            Thread.Sleep(delay);
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            // Killed before the swap: the previous site, whole. Killed after it (or finished): the new site, whole.
            var now = Fingerprint(output);
            Assert.True(Same(now, previous) || Same(now, next), $"killed after {delay} ms: the output is neither site");
            if (Same(now, next)) previous = next;
        }
        // The next build cleans up leftovers and succeeds.
        Assert.True(SiteBuild.Build(AsTheCommandLine(new BuildOptions { ContentDir = content, OutputDir = output, ThemeDir = RepositoryPaths.Theme })).Success);
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, "._site.*"));
    }

    [Fact]
    public void Two_builds_at_once_are_serialized_never_interleaved()
    {
        using var temp = new TempFolder();
        var content = FixtureContent.Create(temp.Combine("content"));
        var output = temp.Combine("_site");
        using var a = StartBuild(content, output);
        using var b = StartBuild(content, output);
        Assert.True(a.WaitForExit(120_000) && b.WaitForExit(120_000));
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        var reference = temp.Combine("reference");
        Assert.True(SiteBuild.Build(AsTheCommandLine(new BuildOptions { ContentDir = content, OutputDir = reference, ThemeDir = RepositoryPaths.Theme })).Success);
        Assert.Equal(Fingerprint(reference), Fingerprint(output));
    }

    [Fact]
    public void An_unwritable_output_gives_a_clear_error_and_keeps_the_previous_site()
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            // Root ignores permissions (and Windows has no Unix modes): make the output's parent a file instead, which no one can write into.
            using var temp = new TempFolder();
            File.WriteAllText(temp.Combine("blocked"), "not a folder");
            using var content = new ContentCase();
            var result = SiteBuild.Build(content.Options() with { OutputDir = Path.Combine(temp.Combine("blocked"), "_site") });
            Assert.False(result.Success);
            var error = Assert.Single(result.Diagnostics, d => d.Code == Portal.Diagnostics.DiagnosticCodes.OutputNotWritable);
            Assert.Contains("无法写入输出文件夹", error.Message);
            Assert.Equal("not a folder", File.ReadAllText(temp.Combine("blocked")));
        }
        else if (!OperatingSystem.IsWindows()) // always, here: tells the analyzer the Unix file modes below are safe
        {
            using var content = new ContentCase();
            Assert.True(content.Build().Success);
            var before = Fingerprint(content.OutputDir);
            var parent = Path.GetDirectoryName(content.OutputDir)!;
            File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            try
            {
                var result = content.Build();
                Assert.False(result.Success);
                Assert.Contains(result.Diagnostics, d => d.Code == Portal.Diagnostics.DiagnosticCodes.OutputNotWritable);
            }
            finally
            {
                File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            Assert.Equal(before, Fingerprint(content.OutputDir));
        }
    }

    /// <summary>Dated as the command line dates a build of a folder outside git: by the content's newest date, not the clock.</summary>
    private static BuildOptions AsTheCommandLine(BuildOptions options) => options.WithAsOf(null);
}
