using Portal.Authoring;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>
/// `gen` rewrites the repository's generated files (content/.schemas/, the .vscode mapping, the guide's field tables);
/// run on a copy of the repository's generated files it writes exactly what is committed, and it rewrites stale ones.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // the generator as a process
public sealed class GenCommandTests : IDisposable
{
    private readonly TempFolder repo = new("portal-gen");

    /// <summary>Every file gen writes, relative to the repository.</summary>
    private static IReadOnlyList<string> GeneratedPaths() =>
    [
        .. Directory.GetFiles(Path.Combine(RepositoryPaths.Content, JsonSchemaWriter.Folder))
            .Select(f => $"content/{JsonSchemaWriter.Folder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal),
        ".vscode/settings.json",
        "content/" + ContentGuide.FileName,
        "theme/" + ThemeSchemaWriter.FileName,
    ];

    public GenCommandTests()
    {
        foreach (var file in GeneratedPaths()) Copy(file);
    }

    [Fact]
    public void Gen_on_a_copy_of_the_repository_writes_exactly_the_committed_files()
    {
        var (code, text) = CommandLine.Run(repo.Path, "gen");
        Assert.True(code == 0, text);
        Assert.Contains("生成的文件都已是最新，没有改动。", text);
        AssertAsCommitted(GeneratedPaths());
    }

    [Fact]
    public void Gen_rewrites_stale_files_each_target_its_own()
    {
        var schema = $"content/{JsonSchemaWriter.Folder}/story.schema.json";
        var undefined = $"content/{JsonSchemaWriter.Folder}/old.schema.json";
        var guide = "content/" + ContentGuide.FileName;
        File.WriteAllText(Full(schema), "{}\n");
        File.WriteAllText(Full(undefined), "{}\n");
        File.WriteAllText(Full(".vscode/settings.json"), "{\n  // VS Code allows comments\n  \"yaml.schemas\": {},\n  \"files.encoding\": \"utf8\",\n}\n");
        var staleGuide = File.ReadAllText(Full(guide)).Replace("| `title` | 标题 | 是 |", "| `title` | 题目 | 是 |");
        Assert.NotEqual(File.ReadAllText(Full(guide)), staleGuide);
        File.WriteAllText(Full(guide), staleGuide);

        var (code, text) = CommandLine.Run(repo.Path, "gen", "schemas");
        Assert.True(code == 0, text);
        Assert.Contains($"已重写 {schema}", text);
        Assert.Contains($"已删除 {undefined}", text);
        Assert.Contains("已重写 .vscode/settings.json", text);
        Assert.DoesNotContain($"已重写 {guide}", text);
        Assert.False(File.Exists(Full(undefined)));
        AssertAsCommitted(GeneratedPaths().Where(p => p != guide));
        Assert.Equal(staleGuide, File.ReadAllText(Full(guide)));

        // From another folder, with the repository given by the option.
        (code, text) = CommandLine.Run(RepositoryPaths.Root, "gen", "guide", "--repository", repo.Path);
        Assert.True(code == 0, text);
        Assert.Contains($"已重写 {guide}", text);
        AssertAsCommitted(GeneratedPaths());
    }

    [Fact]
    public void A_guide_without_a_tables_markers_is_named_and_left_unchanged()
    {
        var guide = "content/" + ContentGuide.FileName;
        var section = ContentGuide.SectionName(Portal.Model.ContentSchema.TaskFields.Document);
        var text = File.ReadAllText(Full(guide)).Replace(MarkedSection.EndMarker(section), "");
        File.WriteAllText(Full(guide), text);
        var (code, output) = CommandLine.Run(repo.Path, "gen", "guide");
        Assert.Equal(1, code);
        Assert.Contains(MarkedSection.StartMarker(section), output);
        Assert.Contains("未改动", output);
        Assert.Equal(text, File.ReadAllText(Full(guide)));
    }

    private void AssertAsCommitted(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)).Replace("\r\n", "\n");
            Assert.True(committed == File.ReadAllText(Full(path)), $"gen wrote {path} differently from the committed file: the committed file is stale (run gen and commit it), or gen and the Schema tests disagree");
        }
    }

    private string Full(string relative) => repo.Combine(relative.Split('/'));

    private void Copy(string relative)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(relative))!);
        File.Copy(Path.Combine(RepositoryPaths.Root, relative), Full(relative));
    }

    public void Dispose() => repo.Dispose();
}
