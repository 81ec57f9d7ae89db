using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.EndToEnd;

[Trait(Tier.Category, Tier.Slow)] // four full builds of the fixture site
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_in_different_folders_are_byte_identical()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var contentA = FixtureContent.Create(a.Combine("content"));
        var contentB = FixtureContent.Create(b.Combine("content"));
        Build(contentA, a.Combine("_site"));
        Thread.Sleep(1100); // a timestamp anywhere in the output would now differ
        Build(contentB, b.Combine("_site"));

        var filesA = Files(a.Combine("_site"));
        var filesB = Files(b.Combine("_site"));
        Assert.Equal(filesA.Keys, filesB.Keys);
        Assert.True(filesA.Count > 100);
        foreach (var (path, bytes) in filesA)
        {
            Assert.True(bytes.SequenceEqual(filesB[path]), $"{path} differs between builds");
        }
    }

    [Fact]
    public void File_order_on_disk_does_not_change_the_output()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var source = FixtureContent.Create(a.Combine("source"));
        // Same files, created in opposite orders: directory listings come back in different orders.
        foreach (var (target, files) in new[]
        {
            (a.Combine("content"), Directory.GetFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)),
            (b.Combine("content"), Directory.GetFiles(source, "*", SearchOption.AllDirectories).OrderDescending(StringComparer.Ordinal)),
        })
        {
            foreach (var file in files)
            {
                var to = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }
        Build(a.Combine("content"), a.Combine("_site"));
        Build(b.Combine("content"), b.Combine("_site"));
        var filesA = Files(a.Combine("_site"));
        var filesB = Files(b.Combine("_site"));
        Assert.Equal(filesA.Keys, filesB.Keys);
        foreach (var (path, bytes) in filesA) Assert.True(bytes.SequenceEqual(filesB[path]), $"{path} depends on file order");
    }

    [Fact]
    public void The_same_content_built_twice_with_the_same_as_of_is_byte_identical()
    {
        // Through the command line, as CI builds: the date given wins over whatever SOURCE_DATE_EPOCH says.
        using var a = new TempFolder();
        using var b = new TempFolder();
        var content = FixtureContent.Create(a.Combine("content"));
        foreach (var (output, epoch) in new[] { (a.Combine("_site"), "1741969800"), (b.Combine("_site"), "1798675200") })
        {
            var (code, text) = CommandLine.Run(RepositoryPaths.Root, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch },
                "build", "--content", content, "--output", output, "--as-of", "2026-11-26");
            Assert.True(code == 0, text);
        }
        AssertSame(a.Combine("_site"), b.Combine("_site"), "differs between two builds as of the same date");
    }

    [Fact]
    public void Two_dates_in_the_same_half_year_build_the_same_site_but_for_the_boards_as_of_line()
    {
        // Only the half year of "today" may change pages (the progress board's columns), and the board says 截至 which
        // day it counts to: a day later must not rebuild any other page. Both dates are after the fixture's newest story.
        using var a = new TempFolder();
        var content = FixtureContent.Create(a.Combine("content"));
        Build(content, a.Combine("july"), new DateOnly(2026, 7, 1));
        Build(content, a.Combine("december"), new DateOnly(2026, 12, 31));
        var board = Path.Combine("tasks", "progress", "index.html");
        var july = File.ReadAllText(a.Combine("july", board));
        var december = File.ReadAllText(a.Combine("december", board));
        Assert.NotEqual(july, december);
        Assert.Equal(july.Replace("2026年7月1日", "D").Replace("2026-07-01", "D"), december.Replace("2026年12月31日", "D").Replace("2026-12-31", "D"));
        File.Delete(a.Combine("july", board));
        File.Delete(a.Combine("december", board));
        AssertSame(a.Combine("july"), a.Combine("december"), "differs between two dates of the second half of 2026");
    }

    private static void Build(string content, string output, DateOnly? today = null)
    {
        var result = SiteBuild.Build(new BuildOptions
        {
            ContentDir = content, OutputDir = output, ThemeDir = RepositoryPaths.Theme, Today = today ?? new DateOnly(2026, 11, 26),
        });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    private static void AssertSame(string a, string b, string message)
    {
        var filesA = Files(a);
        var filesB = Files(b);
        Assert.Equal(filesA.Keys, filesB.Keys);
        Assert.True(filesA.Count > 100);
        foreach (var (path, bytes) in filesA) Assert.True(bytes.SequenceEqual(filesB[path]), $"{path} {message}");
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);
}
