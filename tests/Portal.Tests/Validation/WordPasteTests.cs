using Portal.Authoring.Fixes;
using Portal.Diagnostics;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Infrastructure.ContentCase;

namespace Portal.Tests.Validation;

/// <summary>
/// Issue 22 item 4: text pasted from Word into the title and the tags gives every slip in one check (each at its own
/// line and column, each separator named as what it is), and `check --fix` repairs them all, never the body.
/// </summary>
public sealed class WordPasteTests
{
    private const string S = "stories/2025/2025-03-14-case.md";
    private const string Title = "关于“四好农村路”建设的报道：提质增效！";
    private const string PastedTags = "tags: 四好农村路，“农村公路”、乡村振兴；交通强省";
    private const string Body = "\u3000\u3000正文从 Word 粘贴：“四好农村路”、乡村振兴；交通强省。\ntags: [甲，乙]";

    private static string Pasted() => Story(title: "\u3000\u3000" + Title, body: Body).Replace("tags: [农村公路]", PastedTags, StringComparison.Ordinal);

    private static IEnumerable<Diagnostic> Errors(Portal.Build.BuildResult result) => result.Diagnostics.Where(d => d.Severity == Severity.Error);

    [Fact]
    public void The_word_paste_gives_all_its_slips_in_one_check()
    {
        using var content = new ContentCase().Write(S, Pasted());
        var errors = Errors(content.Check()).ToList();
        Assert.Equal(
            [(DiagnosticCodes.CurlyQuotedValue, 7, 13), (DiagnosticCodes.FullWidthSpace, 2, 8), (DiagnosticCodes.ChineseListSeparator, 7, 7)],
            errors.Select(d => (d.Code, d.Line, d.Column)).Order().ToList());
        var separators = errors.Single(d => d.Code == DiagnosticCodes.ChineseListSeparator);
        Assert.Contains("中文逗号“，”", separators.Message);
        Assert.Contains("顿号“、”", separators.Message);
        Assert.Contains("中文分号“；”", separators.Message);
        Assert.DoesNotContain("逗号或顿号", separators.Message);
        Assert.Contains("[四好农村路, 农村公路, 乡村振兴, 交通强省]", separators.Fix);
        Assert.Contains("“农村公路”", errors.Single(d => d.Code == DiagnosticCodes.CurlyQuotedValue).Message);
        Assert.Contains("title", errors.Single(d => d.Code == DiagnosticCodes.FullWidthSpace).Message);
    }

    [Fact]
    public void Check_fix_repairs_the_word_paste_and_a_second_check_passes_with_the_body_untouched()
    {
        using var content = new ContentCase().Write(S, Pasted());
        var changes = ContentFixer.Apply(content.ContentDir);
        Assert.Equal([2, 7], changes.Select(c => c.Line));
        var text = File.ReadAllText(Path.Combine(content.ContentDir, S));
        var expected = Story(title: Title, body: Body).Replace("tags: [农村公路]", "tags: [四好农村路, 农村公路, 乡村振兴, 交通强省]", StringComparison.Ordinal);
        Assert.Equal(expected, text);
        var result = content.Check();
        Assert.True(result.Success, string.Join("\n", Errors(result)));
        Assert.Empty(ContentFixer.Apply(content.ContentDir));
    }

    [Fact]
    public void A_yaml_slip_does_not_hide_another_fields_mistake()
    {
        // The full-width colon used to stop the reading of the front matter: the unknown department came a save later.
        using var content = new ContentCase().Write(S, Story(departments: "[交通局]").Replace("type: 即时报道", "type：即时报道", StringComparison.Ordinal));
        var errors = Errors(content.Check()).ToList();
        Assert.Equal([(DiagnosticCodes.FullWidthColon, 6), (DiagnosticCodes.UnknownDepartment, 5)], errors.Select(d => (d.Code, d.Line)).OrderByDescending(e => e.Line).ToList());
    }

    [Fact]
    public void Full_width_indentation_is_reported_and_the_fields_under_it_are_still_read()
    {
        // The indentation is not fixed (only the editor knows the depth meant), but the reader guesses it for the rest of the check.
        var story = Story(extra: "cover:\n\u3000\u3000src: media/2025/none.jpg\n\u3000\u3000alt: 通车现场").Replace("tags: [农村公路]", "tags: [农村公路，四好农村路]", StringComparison.Ordinal);
        using var content = new ContentCase().Write(S, story);
        var errors = Errors(content.Check()).Select(d => (d.Code, d.Line)).Order().ToList();
        Assert.Equal([(DiagnosticCodes.FullWidthSpace, 8), (DiagnosticCodes.FullWidthSpace, 9), (DiagnosticCodes.ChineseListSeparator, 10), (DiagnosticCodes.MissingMedia, 8)],
            errors);
    }

    [Theory]
    [InlineData('，', "中文逗号“，”")]
    [InlineData('、', "顿号“、”")]
    [InlineData('；', "中文分号“；”")]
    public void Each_separator_is_named_as_what_it_is(char separator, string name)
    {
        using var content = new ContentCase().Write(S, Story().Replace("tags: [农村公路]", $"tags: [农村公路{separator}四好农村路]", StringComparison.Ordinal));
        var d = Single(content.Check(), DiagnosticCodes.ChineseListSeparator);
        Assert.Equal($"“农村公路{separator}四好农村路”中用了{name}分隔，会被当成一项。", d.Message);
    }

    [Theory]
    [InlineData("tags: [农村公路, “四好农村路”]")]
    [InlineData("tags: [农村公路, ‘四好农村路’]")]
    [InlineData("tags:\n  - 农村公路\n  - “四好农村路”")]
    [InlineData("tags: [农村公路，\"四好农村路\"]")]
    public void Quotes_around_a_list_item_never_become_part_of_the_tag(string tags)
    {
        using var content = new ContentCase().Write(S, Story().Replace("tags: [农村公路]", tags, StringComparison.Ordinal));
        Assert.Contains(content.Check().Diagnostics, d => d.Code == DiagnosticCodes.CurlyQuotedValue && d.Severity == Severity.Error);
        ContentFixer.Apply(content.ContentDir);
        var result = content.Check();
        Assert.True(result.Success, string.Join("\n", Errors(result)));
        var text = File.ReadAllText(Path.Combine(content.ContentDir, S));
        Assert.DoesNotContain("“", text.Split("\n---\n")[0]);
        Assert.Contains("四好农村路", text.Split("\n---\n")[0]);
    }
}
