using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Authoring;
using Portal.Diagnostics;
using Portal.Tests.Cli;
using Portal.Tests.Robustness;
using Xunit.Sdk;
using static Portal.Tests.Robustness.BadInputCorpusTests;

namespace Portal.Tests.Schema;

/// <summary>
/// The guide's "改前 → 改后" examples (content/README.md, between &lt;!-- errors:examples --&gt; markers) are generated
/// from the bad-input corpus: for each code, the first corpus case with a correction, checked broken (the code is
/// reported at the case's position) and corrected (check passes without the code). The cells show the line or the
/// file as check reports it, the message it prints and the correction: a changed, added or removed line, a renamed or
/// added file, or, where no line of text shows it (an encoding, a file's format), the case's own words.
/// PORTAL_ACCEPT_GUIDE=1 rewrites the section after review. This is the one generated part of the guide that the
/// generator's `gen guide` does not write: its source is test code (the cases of <see cref="BadInputCorpusTests"/>, built on
/// MiniSite and the shipped content, each verified by running check), not data that `gen` could read from the repository.
/// </summary>
public sealed partial class GuideErrorExamplesTests
{
    private const string Section = "errors:examples";
    private const string AcceptVariable = "PORTAL_ACCEPT_GUIDE";

    /// <summary>
    /// The codes no edit of content/ can cause, so no corpus case can show them, each with why. Every other code needs a
    /// corpus case with a correction; a code that gains one leaves this list.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> WithoutExample = new Dictionary<string, string>
    {
        [DiagnosticCodes.ContentFolderMissing] = "check runs outside the repository or with a mistyped --content: no file is at fault",
        [DiagnosticCodes.FileUnreadable] = "another program (Word, an antivirus) holds the file, or permissions forbid reading it: its content is not at fault",
        [DiagnosticCodes.EmptyBody] = Reserved,
        [DiagnosticCodes.OutputNotWritable] = "the output folder _site is held open, the disk is full or read-only",
        [DiagnosticCodes.TemplateError] = "a fault in the theme's templates (theme/), which editors do not edit",
        [DiagnosticCodes.BuildLocked] = "two builds write one output folder at once",
    };

    private const string Reserved = "reserved: no check reports it";

    [Fact]
    public void The_guide_examples_are_what_the_corpus_generates()
    {
        var path = Path.Combine(RepositoryPaths.Content, ContentGuide.FileName);
        var guide = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(MarkedSection.Has(guide, Section), $"content/README.md has no {MarkedSection.StartMarker(Section)} … {MarkedSection.EndMarker(Section)} lines");
        var generated = MarkedSection.Replace(guide, Section, Examples());
        if (generated == guide) return;
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }
        var received = Path.Combine(AppContext.BaseDirectory, "received", "content_README.md");
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, generated);
        throw new XunitException($"content/README.md's error examples differ from what the bad-input corpus generates; the guide as generated is in {received}. "
            + $"Review, then run with {AcceptVariable}=1 (dotnet test tests/Portal.Tests -c Release --filter \"FullyQualifiedName~GuideErrorExamples\") and commit the guide.");
    }

    [Fact]
    public void Every_code_an_editor_can_cause_has_an_example()
    {
        var shown = ExampleCases().Select(c => c.Code!).ToHashSet();
        var missing = AllCodes().Select(c => c.Code).Where(code => !shown.Contains(code) && !WithoutExample.ContainsKey(code)).ToList();
        Assert.True(missing.Count == 0, "no guide example for " + string.Join(", ", missing)
            + ": add a case with a correction (after:, or Corrected for a file) to BadInputCorpusTests, or, if no edit of content/ can cause the code, "
            + "list it in GuideErrorExamplesTests.WithoutExample with why.");
        var listedNeedlessly = WithoutExample.Keys.Where(shown.Contains).ToList();
        Assert.True(listedNeedlessly.Count == 0, "these codes have an example, remove them from WithoutExample: " + string.Join(", ", listedNeedlessly));
        Assert.Subset(AllCodes().Select(c => c.Code).ToHashSet(), WithoutExample.Keys.ToHashSet());
    }

    [Fact]
    public void A_reserved_code_is_reported_nowhere()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "generator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "DiagnosticCodes.cs" && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText).ToList();
        Assert.NotEmpty(sources);
        foreach (var (name, code) in AllCodes().Where(c => WithoutExample.GetValueOrDefault(c.Code)?.StartsWith(Reserved, StringComparison.Ordinal) == true))
        {
            Assert.False(sources.Any(s => s.Contains($"DiagnosticCodes.{name}", StringComparison.Ordinal) || s.Contains($"\"{code}\"", StringComparison.Ordinal)),
                $"{code} ({name}) is listed as reserved in WithoutExample, yet generator/ reports it: give it a corpus case with a correction instead");
        }
    }

    [Fact]
    public void Every_code_has_a_row_in_the_guides_table_of_codes()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Content, ContentGuide.FileName)).Replace("\r\n", "\n");
        var withoutExamples = MarkedSection.Replace(guide, Section, "");
        var missing = AllCodes().Select(c => c.Code).Where(code => !withoutExamples.Contains($"\n| {code} |", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "content/README.md's 错误代码一览 has no row for " + string.Join(", ", missing));
    }

    [Fact]
    public void A_moved_file_shows_as_its_old_and_new_name_and_an_added_line_beside_its_neighbour()
    {
        var moved = Example("stories/2025/2025-03-14-农村公路.md", DiagnosticCodes.InvalidStoryFileName, 0).MovedTo("stories/2025/2025-03-14-rural-roads.md");
        Assert.Equal(("文件名 `stories/2025/2025-03-14-农村公路.md`", "改名为 `2025-03-14-rural-roads.md`"), Cells(moved, Reported(moved, 0)));
        var inserted = Example("stories/2025/2025-03-14-case.md", DiagnosticCodes.CaseMissing, 2) with { After = "---\ntype: 典型案例\ncase: 正面\n---\n" };
        Assert.Equal(("第 2 行：`type: 典型案例`", "在这一行下面加一行 `case: 正面`"), Cells(inserted, Reported(inserted, 2)));
        var removed = inserted with { Bytes = Encoding.UTF8.GetBytes("---\ntype: 典型案例\nauther: 张三\n---\n"), After = "---\ntype: 典型案例\n---\n", Line = 3 };
        Assert.Equal(("第 3 行：`auther: 张三`", "删除这一行"), Cells(removed, Reported(removed, 3)));
        // A file re-encoded shows no line: the case has to say in words what changes.
        var reencoded = removed with { After = null, Corrected = [new(removed.Path, [0xB2, 0xE2, 0xCA, 0xD4])] };
        Assert.Throws<InvalidOperationException>(() => Cells(reencoded, Reported(reencoded, 3)));
        Assert.Equal(("第 3 行，用 GBK 编码保存", "另存为 UTF-8"), Cells(reencoded with { BeforeNote = "{where}，用 GBK 编码保存", AfterNote = "另存为 UTF-8" }, Reported(reencoded, 3)));

        static Case Example(string path, string code, int line) =>
            new("example", path, Encoding.UTF8.GetBytes("---\ntype: 典型案例\n---\n"), code, line, true);

        static Diagnostic Reported(Case c, int line) => new(c.Code!, Severity.Error, c.Path, line, 1, "");
    }

    /// <summary>For each code, the first corpus case with a correction.</summary>
    public static IReadOnlyList<Case> ExampleCases() =>
        Cases().Select(c => (Case)c[0]).Where(c => c.HasCorrection && c.Code is not null)
            .GroupBy(c => c.Code!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();

    private static IEnumerable<(string Name, string Code)> AllCodes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (f.Name, (string)f.GetRawConstantValue()!));

    private static string Examples()
    {
        var text = new StringBuilder("| 代码 | 改前 | 提示（检查时显示） | 改后 |\n| --- | --- | --- | --- |\n");
        // CheckFixTests proves that `check --fix` writes exactly these cases' corrected files.
        var fixable = CheckFixTests.FixableCases().Select(f => ((Case)f[0]).Name).ToHashSet();
        foreach (var c in ExampleCases())
        {
            Assert.True(c.Line is not null, $"{c.Name}: a guide example states its line (0 for the whole file)");
            var reported = Verify(c)!;
            CheckNotes(c);
            var (before, after) = Cells(c, reported, fixable.Contains(c.Name));
            text.Append($"| {c.Code} | {before} | {Cell(reported.Message)}{Cell(reported.Fix ?? "")} | {after} |\n");
        }
        var without = WithoutExample.Keys.Order(StringComparer.Ordinal).Select(code => code.Replace("PORTAL", ""));
        text.Append($"\n没有示例的代码：{string.Join("、", without)}（与所写内容无关，或是预留代码，见上面的一览表）。\n");
        return text.ToString();
    }

    /// <summary>The 改前 and 改后 cells of a case, whose check reported <paramref name="reported"/>.</summary>
    private static (string Before, string After) Cells(Case c, Diagnostic reported, bool fixable = false)
    {
        var changes = Changes(c);
        var edit = changes is [Edited e] && Text(e.Before) is { } a && Text(e.After) is { } b && Hunk(a, b) is { } h ? (e.Path, Lines: a.Split('\n'), Hunk: h) : default;
        string? before = null, after = null;
        string where, line;
        if (edit.Path is not null)
        {
            var (start, removed, added) = edit.Hunk;
            var at = start + 1;
            if (removed.Length == 0)
            {
                // An added line is shown beside a neighbour: the reported line when it is one, else the line above it.
                var below = !(reported.File == edit.Path && reported.Line == at) && at > 1;
                if (below) at--;
                after = $"在这一行{(below ? "下面" : "上面")}加一行 {Code(added[0])}";
            }
            where = $"{Label(edit.Path)}第 {at} 行";
            line = $"{where}：{Code(edit.Lines[at - 1])}";
            before = line;
            if (removed.Length == 1)
            {
                var (was, now) = added.Length == 1 ? WithoutSharedComment(removed[0], added[0]) : (removed[0], "");
                before = $"{where}：{Code(was)}";
                after = added.Length == 0 ? "删除这一行" : Code(now);
            }
        }
        else
        {
            where = reported.Line > 0 ? $"{Label(reported.File)}第 {reported.Line} 行"
                : Path.HasExtension(reported.File) ? $"文件 `{reported.File}`" : "整个网站";
            line = reported.Line > 0 && Text(BrokenState(c, reported.File)) is { } text ? $"{where}：{Code(text.Split('\n')[reported.Line - 1])}" : where;
            switch (changes)
            {
                case [Renamed r]:
                    before = (reported.Line > 0 && reported.File == r.From ? line + "，" : "") + $"文件名 `{r.From}`";
                    after = $"改名为 `{(Path.GetDirectoryName(r.From) == Path.GetDirectoryName(r.To) ? Path.GetFileName(r.To) : r.To)}`";
                    break;
                case [Added added]:
                    before = where;
                    after = $"新增{(added.Path.StartsWith("stories/", StringComparison.Ordinal) ? "稿件" : "文件")} `{added.Path}`";
                    break;
            }
        }
        before = c.BeforeNote?.Replace("{where}", where).Replace("{line}", line) ?? before;
        after = c.AfterNote ?? after;
        if (after is not null && fixable) after += "（可运行 `check --fix` 自动改）";
        if (before is null || after is null)
        {
            throw new InvalidOperationException($"{c.Name}: no line of text shows its correction ({string.Join(", ", changes)}); "
                + "give the case a BeforeNote and an AfterNote, or a correction of one line or one file name.");
        }
        return (before, after);
    }

    /// <summary>A case's notes show only what its files hold: each `code span` is in a file, a file's name, or a command.</summary>
    private static void CheckNotes(Case c)
    {
        var files = c.BrokenFiles.Values.Concat(c.CorrectedFiles.Values).ToList();
        var texts = files.Select(f => f.Path).Concat(files.Where(f => f.Bytes is not null).Select(f => Encoding.UTF8.GetString(f.Bytes!))).ToList();
        foreach (var note in new[] { c.BeforeNote, c.AfterNote }.OfType<string>())
        {
            foreach (Match span in CodeSpan().Matches(note))
            {
                var value = span.Groups[1].Value;
                Assert.True(value == "check --fix" || texts.Any(t => t.Contains(value, StringComparison.Ordinal)), $"{c.Name}: the note's `{value}` is in none of its files");
            }
        }
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    private abstract record Change;

    private sealed record Renamed(string From, string To) : Change;

    private sealed record Added(string Path) : Change;

    private sealed record Removed(string Path) : Change;

    private sealed record Edited(string Path, BadInputCorpusTests.FileState Before, BadInputCorpusTests.FileState After) : Change;

    /// <summary>What the correction does to the broken files; a file removed and one added with its bytes is a rename.</summary>
    private static List<Change> Changes(Case c)
    {
        var changes = new List<Change>();
        var removed = new List<BadInputCorpusTests.FileState>();
        var added = new List<BadInputCorpusTests.FileState>();
        foreach (var file in c.CorrectedChanges)
        {
            var was = BrokenState(c, file.Path);
            if (file.Bytes is null && was.Bytes is null) continue;
            if (file.Bytes is null) removed.Add(was);
            else if (was.Bytes is null) added.Add(file);
            else changes.Add(new Edited(file.Path, was, file));
        }
        foreach (var gone in removed)
        {
            var moved = added.FirstOrDefault(f => !f.LinkedFromOutside && !gone.LinkedFromOutside && f.Bytes!.AsSpan().SequenceEqual(gone.Bytes));
            if (moved is null)
            {
                changes.Add(new Removed(gone.Path));
                continue;
            }
            added.Remove(moved);
            changes.Add(new Renamed(gone.Path, moved.Path));
        }
        changes.AddRange(added.Select(f => new Added(f.Path)));
        return changes;
    }

    private static BadInputCorpusTests.FileState BrokenState(Case c, string path) =>
        c.BrokenFiles.GetValueOrDefault(path) ?? new BadInputCorpusTests.FileState(path, c.BaseBytes(path));

    /// <summary>The file's text when it is UTF-8 text an editor sees as lines; null for a link, an absent or a binary file.</summary>
    private static string? Text(BadInputCorpusTests.FileState file)
    {
        if (file.Bytes is null || file.LinkedFromOutside || file.Bytes.Contains((byte)0)) return null;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.Bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The one changed place of two texts: its first line (0-based) and the lines before and after, when it is at most one line each.</summary>
    private static (int Start, string[] Removed, string[] Added)? Hunk(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        var end = 0;
        while (end < a.Length - start && end < b.Length - start && a[^(end + 1)] == b[^(end + 1)]) end++;
        var removed = a[start..^end];
        var added = b[start..^end];
        return removed.Length + added.Length is > 0 and <= 2 && removed.Length <= 1 && added.Length <= 1 ? (start, removed, added) : null;
    }

    /// <summary>A changed line and its correction without the YAML comment both end with (a shipped file's explanation).</summary>
    private static (string Before, string After) WithoutSharedComment(string before, string after)
    {
        var at = before.IndexOf(" #", StringComparison.Ordinal);
        if (at < 0) return (before, after);
        var comment = before[at..];
        return after.EndsWith(comment, StringComparison.Ordinal) && after.Length > comment.Length
            ? (before[..at].TrimEnd(), after[..^comment.Length].TrimEnd())
            : (before, after);
    }

    /// <summary>Stories are what the table is mostly about: other files are named.</summary>
    private static string Label(string path) => path.StartsWith("stories/", StringComparison.Ordinal) ? "" : $"`{path}` ";

    private static string Code(string line)
    {
        if (line.Trim().Length == 0) return "（空行）";
        var shown = line.TrimStart(' ').Replace("\uFEFF", "[BOM]").Replace("\t", "[Tab]").Replace("\u3000", "[全角空格]").Replace("|", "\\|");
        return shown.Contains('`') ? $"`` {shown} ``" : $"`{shown}`";
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
