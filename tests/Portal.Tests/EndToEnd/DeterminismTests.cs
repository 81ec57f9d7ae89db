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

    private static void Build(string content, string output)
    {
        var result = SiteBuild.Build(new BuildOptions { ContentDir = content, OutputDir = output, ThemeDir = RepositoryPaths.Theme, Today = new DateOnly(2026, 11, 26) });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);
}
