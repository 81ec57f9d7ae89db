using System.Text;
using Portal.Authoring.Fixes;
using Portal.Diagnostics;
using Portal.Tests.Infrastructure;
using Portal.Tests.Robustness;
using static Portal.Tests.Infrastructure.ContentCase;

namespace Portal.Tests.Cli;

/// <summary>`check --fix` applies the fixes the messages propose, only those, never in a story's body, and a second run changes nothing.</summary>
public sealed class CheckFixTests
{
    private const string S = "stories/2025/2025-03-14-case.md";

    /// <summary>Every bad-input case with a mechanical fix: the fixer writes exactly the files the message asks for.</summary>
    public static IEnumerable<object[]> FixableCases() =>
        BadInputCorpusTests.Cases().Select(c => (BadInputCorpusTests.Case)c[0])
            .Where(c => c.HasCorrection && c.Code is not null && ContentFixer.FixableCodes.Contains(c.Code))
            // Full-width indentation is left to the editor, who alone knows the depth meant (A_full_width_indentation_is_not_guessed).
            .Where(c => c.Name != "full-width space at the start of a line")
            .Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(FixableCases))]
    public void A_fixable_case_becomes_what_its_message_asks_for_and_a_second_run_changes_nothing(BadInputCorpusTests.Case c)
    {
        using var content = c.WriteBroken();
        var changes = ContentFixer.Apply(content.ContentDir);
        Assert.NotEmpty(changes);
        var corrected = c.CorrectedChanges;
        Assert.All(changes, change => Assert.Contains(change.File, corrected.Select(f => f.Path)));
        foreach (var file in corrected)
        {
            var full = Path.Combine(content.ContentDir, file.Path);
            if (file.Bytes is null) Assert.False(File.Exists(full), $"{file.Path} should be gone");
            else Assert.Equal(Encoding.UTF8.GetString(file.Bytes), File.ReadAllText(full));
        }
        Assert.Empty(ContentFixer.Apply(content.ContentDir));
    }

    [Fact]
    public void The_fixable_cases_cover_every_fix()
    {
        var codes = FixableCases().Select(c => ((BadInputCorpusTests.Case)c[0]).Code).ToHashSet();
        Assert.Superset(ContentFixer.FixableCodes.ToHashSet<string?>(), codes);
    }

    [Fact]
    public void A_full_width_indentation_is_not_guessed()
    {
        using var content = new ContentCase().Write(S, Story().Replace("type: ", "\u3000type: "));
        Assert.Empty(ContentFixer.Apply(content.ContentDir));
        Single(content.Check(), DiagnosticCodes.FullWidthSpace);
    }

    [Fact]
    public void A_story_body_is_never_changed()
    {
        const string body = "type：即时报道\ntitle: “专访: 某某”\n——\ntags: [甲，乙]\n\u3000\u3000首行缩进的段落。\n\n---\n\ndate：2025-01-01";
        var story = Story(body: body).Replace("type: 即时报道", "type：即时报道").Replace("tags: [农村公路]", "tags: [农村公路，公路]");
        using var content = new ContentCase().Write(S, story);
        var changes = ContentFixer.Apply(content.ContentDir);
        Assert.Equal([6, 7], changes.Select(c => c.Line));
        var text = File.ReadAllText(Path.Combine(content.ContentDir, S));
        Assert.EndsWith("---\n\n" + body + "\n", text);
        Assert.True(content.Check().Success);
    }

    [Fact]
    public void Without_a_closing_fence_nothing_is_changed_for_the_body_cannot_be_told_apart()
    {
        // The closing "---" is missing: the body's "type：…" line looks like front matter, and must stay as written.
        var story = Story(body: "type：即时报道的说明\ntags: [甲，乙]").Replace("type: 即时报道", "type：即时报道").Replace("\n---\n\n", "\n\n");
        using var content = new ContentCase().Write(S, story);
        Assert.Empty(ContentFixer.Apply(content.ContentDir));
        Assert.Equal(story, File.ReadAllText(Path.Combine(content.ContentDir, S)));
    }

    [Fact]
    public void Line_endings_and_the_byte_order_mark_are_kept()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Story().Replace("type: ", "type：").Replace("\n", "\r\n"))).ToArray();
        using var content = new ContentCase().WriteBytes(S, bytes);
        Assert.Single(ContentFixer.Apply(content.ContentDir));
        var expected = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Story().Replace("\n", "\r\n"))).ToArray();
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(content.ContentDir, S)));
    }

    [Fact]
    public void A_story_whose_date_disagrees_moves_to_its_year_and_name_and_links_to_it_follow()
    {
        using var content = new ContentCase()
            .Write("stories/2024/2024-12-30-case.md", Story(date: "2025-01-02"))
            .Write("stories/2025/2025-03-14-linking.md", Story(title: "引用稿件", body: "见[上一篇](/stories/2024/2024-12-30-case/)。"));
        Assert.Contains(content.Check().Diagnostics, d => d.Code == DiagnosticCodes.DateDiffersFromFileName);
        var changes = ContentFixer.Apply(content.ContentDir);
        Assert.Contains(changes, c => c.Before == "stories/2024/2024-12-30-case.md" && c.After == "stories/2025/2025-01-02-case.md" && c.Line == 3);
        Assert.False(File.Exists(Path.Combine(content.ContentDir, "stories/2024/2024-12-30-case.md")));
        Assert.Contains("见[上一篇](/stories/2025/2025-01-02-case/)。", File.ReadAllText(Path.Combine(content.ContentDir, "stories/2025/2025-03-14-linking.md")));
        var result = content.Check();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.DateDiffersFromFileName or DiagnosticCodes.BrokenInternalLink);
        Assert.Empty(ContentFixer.Apply(content.ContentDir));
    }

    [Trait(Tier.Category, Tier.Slow)] // the generator as a process
    [Fact]
    public void The_command_prints_each_change_and_exits_0_when_nothing_remains()
    {
        using var content = new ContentCase().Write(S, Story().Replace("type: ", "type："));
        var (code, output) = CommandLine.Run(RepositoryPaths.Root, "check", "--content", content.ContentDir, "--fix");
        Assert.Equal(0, code);
        Assert.Contains($"{S}:6: type：即时报道 → type: 即时报道", output);
        var (again, secondOutput) = CommandLine.Run(RepositoryPaths.Root, "check", "--content", content.ContentDir, "--fix");
        Assert.Equal(0, again);
        Assert.Contains("没有可以自动修正的问题。", secondOutput);
    }

    [Trait(Tier.Category, Tier.Slow)] // the generator as a process
    [Fact]
    public void Check_without_fix_suggests_it_for_a_fixable_error()
    {
        using var content = new ContentCase().Write(S, Story().Replace("type: ", "type："));
        var (code, output) = CommandLine.Run(RepositoryPaths.Root, "check", "--content", content.ContentDir);
        Assert.Equal(1, code);
        Assert.Contains("check --fix", output);
    }
}
