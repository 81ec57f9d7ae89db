using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Theme;

/// <summary>
/// theme.yml's keys are the ones declared in <see cref="ThemeKeys"/>: a missing or an unknown key is a theme error
/// naming the key when the theme is loaded (so at the start of build, check and serve), never a crash halfway through.
/// </summary>
public sealed class ThemeWordsTests : IDisposable
{
    private readonly TempFolder theme = new();

    public ThemeWordsTests() => TempFolder.CopyDirectory(RepositoryPaths.Theme, theme.Path);

    public void Dispose() => theme.Dispose();

    private string Yml => Path.Combine(theme.Path, ThemeTextReader.FileName);

    private void Edit(string from, string to)
    {
        var text = File.ReadAllText(Yml);
        Assert.Contains(from, text);
        File.WriteAllText(Yml, text.Replace(from, to));
    }

    private (ThemeText? Text, Diagnostic[] Errors) Read()
    {
        var diagnostics = new DiagnosticBag();
        var text = ThemeTextReader.Read(theme.Path, diagnostics);
        return (text, diagnostics.Snapshot());
    }

    [Fact]
    public void The_repository_theme_has_every_declared_key_and_no_other()
    {
        var (text, errors) = Read();
        Assert.Empty(errors);
        Assert.NotNull(text);
        var sections = text.Sections.Select(s => "sections." + s.Key);
        Assert.Equal(
            ThemeKeys.All.Order(StringComparer.Ordinal),
            text.Words.Keys.Concat(sections).Concat(typeof(ThemeKeys.Root).GetFields().Select(f => (string)f.GetRawConstantValue()!))
                .Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(ThemeKeys.All.Count, ThemeKeys.All.Distinct().Count());
    }

    [Fact]
    public void A_missing_key_is_a_theme_error_naming_it()
    {
        Edit("  taskValue:  \"重点任务{number}\"\n", "");
        var (text, errors) = Read();
        Assert.Null(text);
        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.Contains("缺少“search.taskValue”", error.Message);
        Assert.Equal(File.ReadAllLines(Yml).ToList().IndexOf("search:") + 1, error.Line);
        Assert.Contains("ThemeKeys.cs", error.Fix);
    }

    [Fact]
    public void An_unknown_key_is_a_theme_error_naming_it_at_its_line()
    {
        Edit("  year: \"{year}年\"\n", "  year: \"{year}年\"\n  yearSuffix: 年\n");
        var (text, errors) = Read();
        Assert.Null(text);
        var error = Assert.Single(errors);
        Assert.Contains("“labels.yearSuffix”不是生成器使用的键", error.Message);
        var line = File.ReadAllLines(Yml).ToList().FindIndex(l => l.StartsWith("  yearSuffix:", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void An_unknown_block_and_a_story_type_without_description_are_named()
    {
        Edit("  cases:      正面典型激励和反面典型警示案例。\n", "");
        File.AppendAllText(Yml, "\nwordz:\n  x: 文字\n");
        var (_, errors) = Read();
        Assert.Equal(2, errors.Length);
        Assert.Contains(errors, e => e.Message.Contains("缺少“storyTypes.cases”"));
        Assert.Contains(errors, e => e.Message.Contains("“wordz”不是生成器使用的键"));
    }

    [Fact]
    public void A_word_that_is_not_text_is_named()
    {
        Edit("  number:      任务序号\n  task:        重点任务\n  lead:", "  number:      任务序号\n  task:        [重点任务]\n  lead:");
        var error = Assert.Single(Read().Errors);
        Assert.Contains("“progressCsv.task”应为一段文字", error.Message);
    }

    [Fact]
    public void A_bad_slug_in_the_glossary_is_a_theme_error()
    {
        var slugs = Path.Combine(theme.Path, ThemeTextReader.SlugsFileName);
        File.AppendAllText(slugs, "高铁: High Speed Rail\n");
        var error = Assert.Single(Read().Errors);
        Assert.EndsWith("slugs.yml", error.File);
        Assert.Contains("“高铁”的英文标识“High Speed Rail”", error.Message);
    }

    [Fact]
    public void The_glossary_keeps_the_files_order_longer_words_first()
    {
        var glossary = Read().Text!.SlugGlossary;
        Assert.Equal(66, glossary.Count);
        Assert.Equal(("四好农村路", "rural-roads"), glossary[0]);
        Assert.True(glossary.ToList().IndexOf(("信用修复", "credit-repair")) < glossary.ToList().IndexOf(("信用", "credit")));
    }

    [Trait(Tier.Category, Tier.Slow)] // the generator or a script as a process

    [Fact]
    public void Check_stops_at_the_start_on_a_missing_key_and_names_it()
    {
        Edit("  listSeparator: 、\n", "");
        var (code, output) = CommandLine.Run(RepositoryPaths.Root, "check", "--theme", theme.Path);
        Assert.Equal(1, code);
        Assert.Contains("PORTAL0091", output);
        Assert.Contains("theme.yml:" + (File.ReadAllLines(Yml).ToList().IndexOf("ledgerCsv:") + 1) + ":1: 错误 PORTAL0091: theme.yml 缺少“ledgerCsv.listSeparator”", output);
    }

    // The index folder is cached as immutable (docs/hosting.md), so words the manifest carries must rename it when they change.
    [Trait(Tier.Category, Tier.Slow)] // the generator or a script as a process
    [Fact]
    public void Changing_the_search_words_renames_the_search_index_folder()
    {
        using var content = new ContentCase(new MiniSite());
        using var outputs = new TempFolder();
        string IndexFolder(string output)
        {
            var (code, text) = CommandLine.Run(RepositoryPaths.Root, "build", "--content", content.ContentDir, "--theme", theme.Path, "--output", output);
            Assert.True(code == 0, text);
            return Path.GetFileName(Directory.GetDirectories(Path.Combine(output, "search"), "index-*").Single());
        }
        var before = IndexFolder(outputs.Combine("a"));
        Edit("  year: \"{year}年\"", "  year: \"{year} 年\"");
        Assert.NotEqual(before, IndexFolder(outputs.Combine("b")));
    }
}
