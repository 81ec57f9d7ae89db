using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Tests.Architecture;

/// <summary>
/// Issue 19: every word the generator composes for a page or a file lives in the theme (theme/theme.yml, slugs.yml),
/// not in C#. Reads every generator/**/*.cs, finds string literals with Chinese in them and fails on each one that is
/// neither in an allowed place nor a message to a person (a diagnostic, an exception, the progress line, the terminal).
/// </summary>
public sealed class WordsInThemeTests
{
    /// <summary>Folders and files (under generator/) whose Chinese literals are allowed, and why.</summary>
    private static readonly (string Path, string Why)[] Allowed =
    [
        ("Diagnostics/", "coded messages and their fixes, to the person running the generator"),
        ("Validation/", "the content rules' messages"),
        ("Model/ContentSchema/", "field definitions: labels, hints, examples and choices of every content field"),
        ("Loading/", "readers' messages: YAML slips, unknown keys, the theme's own errors"),
        ("Cli/", "the command line's help, usage errors and terminal lines"),
        ("Build/AsOfDate.cs", "usage errors of --as-of and SOURCE_DATE_EPOCH, which the command line prints"),
        ("Preview/LocalBackend/", "the editor's local backend: refusals and errors the browser editor shows as messages"),
        ("Search/TraditionalToSimplified.cs", "search language data: traditional → simplified characters for queries, not words shown"),
        ("Search/IndexManifest.cs", "search language data: question words a query drops before ranking, not words shown"),
        ("Search/SearchSynonyms.cs", "search language data: word forms of one meaning a document is indexed under, not words shown"),
        ("Model/StoryType.cs", "content vocabulary: the type names editors write (type: 即时报道)"),
        ("Model/MediaOutlets.cs", "content vocabulary: the media kinds editors write (source.medium)"),
        ("Model/Department.cs", "content vocabulary: the department kinds editors write in departments.yml"),
        ("Model/ReportPeriod.cs", "content vocabulary: half years as editors write them (2025上半年), parsed and printed back"),
        ("Model/ReportKinds.cs", "content vocabulary: the report kinds (report: 进展), the dispatch cadences (dispatch.every) and the office's name (a departments.yml alias) as editors write them"),
        ("Reports/OfficialFonts.cs", "font family names of GB/T 9704 and their stock fallbacks, written into the docx and xlsx: names of fonts, not words"),
        ("Model/CaptionFile.cs", "caption-file checks' messages (check --fix and validation report them)"),
        ("Authoring/FieldWording.cs", "the guide's and the schemas' wording of the field definitions (content/README.md, content/.schemas)"),
        ("Authoring/FieldTableWriter.cs", "the guide's field table header, written from the field definitions"),
        ("Authoring/JsonSchemaWriter.cs", "the schemas' descriptions and errors, written from the field definitions"),
        ("Authoring/ThemeSchemaWriter.cs", "theme.schema.json's title and description, for whoever edits theme.yml in VS Code"),
    ];

    /// <summary>A literal in a statement with one of these is a message to a person, not a word of a page or file.</summary>
    private static readonly string[] MessageMarkers =
    [
        "DiagnosticCodes.", "diagnostics.", "Exception(", "Fail(", "Step =>", "Progress?.Report(", "Console.", "changes.Add(new FixChange(",
    ];

    [Fact]
    public void Chinese_in_generator_code_is_only_in_messages_and_allowed_places()
    {
        var root = Path.Combine(RepositoryPaths.Root, "generator");
        var offending = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is "bin" or "obj")) continue;
            if (Allowed.Any(a => relative.StartsWith(a.Path, StringComparison.Ordinal))) continue;
            var source = File.ReadAllText(file);
            var (code, literals) = CSharpLiterals.Scan(source);
            foreach (var (start, end) in literals)
            {
                var literal = source[start..end];
                if (!literal.Any(IsChinese)) continue;
                var statementStart = code.LastIndexOfAny([';', '{', '}'], Math.Max(0, start - 1)) + 1;
                var statement = code[statementStart..start];
                if (MessageMarkers.Any(m => statement.Contains(m, StringComparison.Ordinal))) continue;
                var line = source[..start].Count(c => c == '\n') + 1;
                offending.Add($"generator/{relative}:{line}: {literal.Split('\n')[0]}");
            }
        }
        Assert.True(offending.Count == 0,
            "Chinese words in C# outside messages: move them into theme/theme.yml (declare the key in generator/Model/ThemeKeys.cs), "
            + "or, if it is a message or content vocabulary, add the place to this test's Allowed list with why:\n" + string.Join("\n", offending));
    }

    [Theory]
    // Its facet labels and value formats come from the index manifest (theme.yml's search block), as the page's do.
    [InlineData("search-worker.js", "search")]
    // What 朗读 says comes from the toolbar's data attributes, written by the layout from theme.yml's readAloud block.
    [InlineData("read-aloud.js", "readAloud")]
    // What 生成分享海报 says and draws comes from the poster element's data attributes (theme.yml's poster block).
    [InlineData("share-poster.js", "poster")]
    // What the coverage filter says comes from the figures section's data attributes (theme.yml's coverage block).
    [InlineData("coverage-filter.js", "coverage")]
    public void A_script_has_no_words_of_its_own(string script, string block)
    {
        var path = Path.Combine(RepositoryPaths.Theme, "assets", "js", script);
        var lines = File.ReadAllLines(path)
            .Select((line, i) => (Number: i + 1, Code: Regex.Replace(line, @"(^|\s)//.*$", "")))
            .Where(l => l.Code.Any(IsChinese))
            .Select(l => $"theme/assets/js/{script}:{l.Number}: {l.Code.Trim()}")
            .ToList();
        Assert.True(lines.Count == 0, $"Chinese in {script} outside comments (put it in theme.yml's {block} block):\n" + string.Join("\n", lines));
    }

    [Fact]
    public void The_scanner_finds_top_level_literals_and_skips_comments()
    {
        const string source = "// \"注释\"\nvar a = $\"x{string.Join(\"、\", b)}\" + @\"he said \"\"hi\"\"\" + \"\"\"\n  raw \"q\"\n  \"\"\"; /* \"c\" */ var c = '\"';";
        var (code, literals) = CSharpLiterals.Scan(source);
        Assert.Equal(
            ["$\"x{string.Join(\"、\", b)}\"", "@\"he said \"\"hi\"\"\"", "\"\"\"\n  raw \"q\"\n  \"\"\""],
            literals.Select(l => source[l.Start..l.End]));
        Assert.Equal(source.Length, code.Length);
        Assert.DoesNotContain("注释", code);
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';
}

/// <summary>
/// A small C# lexer, enough to find string literals: regular, verbatim, raw and interpolated (holes may hold literals
/// of their own, which belong to the outer one), outside comments and character literals.
/// </summary>
internal static class CSharpLiterals
{
    /// <summary>The source with comments and literals blanked (same length, line breaks kept), and each top-level literal's span.</summary>
    public static (string Code, List<(int Start, int End)> Literals) Scan(string s)
    {
        var code = new StringBuilder(s);
        var literals = new List<(int, int)>();
        var i = 0;
        void Blank(int from, int to) { for (var k = from; k < to; k++) if (code[k] != '\n') code[k] = ' '; }
        while (i < s.Length)
        {
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/') { var e = s.IndexOf('\n', i); e = e < 0 ? s.Length : e; Blank(i, e); i = e; continue; }
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*') { var e = s.IndexOf("*/", i + 2, StringComparison.Ordinal); e = e < 0 ? s.Length : e + 2; Blank(i, e); i = e; continue; }
            if (s[i] == '\'') { var e = i + 1; while (e < s.Length && s[e] != '\'') e += s[e] == '\\' ? 2 : 1; Blank(i, e + 1); i = e + 1; continue; }
            if (s[i] is '"' or '$' or '@' && LiteralAt(s, i) is { } end) { literals.Add((i, end)); Blank(i, end); i = end; continue; }
            i++;
        }
        return (code.ToString(), literals);
    }

    /// <summary>The end of the literal starting at <paramref name="i"/> (its prefix $, @, $@, @$, $$…), or null when none starts there.</summary>
    private static int? LiteralAt(string s, int i)
    {
        var p = i;
        var dollars = 0;
        var verbatim = false;
        while (p < s.Length && (s[p] == '$' || s[p] == '@')) { if (s[p] == '$') dollars++; else verbatim = true; p++; }
        if (p >= s.Length || s[p] != '"') return null;
        if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_') && p > i) return null; // an identifier's end, not a prefix
        var quotes = 0;
        while (p + quotes < s.Length && s[p + quotes] == '"') quotes++;
        if (quotes >= 3) // raw: ends at the same run of quotes; holes use as many braces as there are dollars
        {
            var close = s.IndexOf(new string('"', quotes), p + quotes, StringComparison.Ordinal);
            return close < 0 ? s.Length : close + quotes;
        }
        if (quotes == 2 && !verbatim) return p + 2; // ""
        var j = p + 1;
        while (j < s.Length)
        {
            var c = s[j];
            if (verbatim && c == '"') { if (j + 1 < s.Length && s[j + 1] == '"') { j += 2; continue; } return j + 1; }
            if (!verbatim && c == '\\') { j += 2; continue; }
            if (!verbatim && c == '"') return j + 1;
            if (dollars > 0 && c == '{')
            {
                if (j + 1 < s.Length && s[j + 1] == '{') { j += 2; continue; }
                j = HoleEnd(s, j + 1);
                continue;
            }
            j++;
        }
        return s.Length;
    }

    /// <summary>The index after the '}' closing an interpolation hole that starts at <paramref name="j"/>.</summary>
    private static int HoleEnd(string s, int j)
    {
        var depth = 0;
        while (j < s.Length)
        {
            var c = s[j];
            if (c is '"' or '$' or '@' && LiteralAt(s, j) is { } end) { j = end; continue; }
            if (c == '\'') { j++; while (j < s.Length && s[j] != '\'') j += s[j] == '\\' ? 2 : 1; j++; continue; }
            if (c == '{') depth++;
            if (c == '}') { if (depth == 0) return j + 1; depth--; }
            j++;
        }
        return j;
    }
}
