using System.Text.RegularExpressions;
using CsCheck;
using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// `serve`'s quick story edit (<see cref="QuickStoryEdit"/>): a save that changes only a published story's words shows its
/// page at once. What it writes must be exactly what the full update then makes (which therefore leaves the page alone),
/// the site after that update exactly a full build, and every other kind of edit must go the full way.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // random edit sequences, a full build after each
public sealed class QuickStoryEditTests
{
    /// <summary>An edit of one story: which kind, on which story (an index into the published ones), with which value.</summary>
    private sealed record Edit(int Kind, int Target, int Value)
    {
        public override string ToString() => $"{Kinds[Kind].Name}#{Target}:{Value}";
    }

    /// <summary>Each kind with whether the quick edit may take it: words in place, yes; any other field, a new link, no.</summary>
    private static readonly (string Name, bool Quick)[] Kinds =
    [
        ("body-append", true), ("body-rewrite", true), ("title", true), ("summary", true), ("editor", true),
        ("tags", false), ("tasks", false), ("body-new-link", false), ("field-added", false),
    ];

    private static readonly Gen<Edit> Edits = Gen.Select(Gen.Int[0, Kinds.Length - 1], Gen.Int[0, 1000], Gen.Int[0, 1000], (k, t, v) => new Edit(k, t, v));

    [Fact]
    public void A_quick_edit_writes_the_page_the_full_update_makes_and_only_for_words()
    {
        Edits.Array[3, 6].Sample(edits =>
        {
            using var temp = new TempFolder();
            var (content, options, live) = LiveSite.Serve(temp);
            var done = new List<Edit>();
            foreach (var edit in edits)
            {
                done.Add(edit);
                var label = $"after [{string.Join(", ", done)}]";
                var (story, page) = PublishedStory(content, options.OutputDir, edit.Target);
                // An edit that found nothing to change leaves the words as they were: quick, trivially.
                var quickExpected = !Apply(story, edit) || Kinds[edit.Kind].Quick;

                var quick = live.TryQuickEdit([story]);
                Assert.True((quick is not null) == quickExpected, $"{label}: quick edit {(quick is null ? "not taken" : "taken")}");
                var shown = quick is null ? null : File.ReadAllBytes(page);
                var result = live.Build([story]);
                Assert.True(result.Success, $"{label}: {string.Join("; ", result.Diagnostics.Where(d => d.Severity == Portal.Diagnostics.Severity.Error).Select(d => d.Message))}");
                if (shown is not null)
                {
                    // The update took the page as already made: same fingerprint, so not rendered or written again.
                    Assert.Equal(shown, File.ReadAllBytes(page));
                    Assert.DoesNotContain(Path.GetRelativePath(options.OutputDir, page).Replace('\\', '/'), result.Changed ?? []);
                }
                LiveSite.AssertSameAsFullBuild(temp, options, label);
            }
        }, iter: 4, threads: 1);
    }

    [Fact]
    public void A_quick_edit_followed_by_a_failed_update_leaves_the_last_good_page()
    {
        using var temp = new TempFolder();
        var (content, options, live) = LiveSite.Serve(temp);
        var (story, page) = PublishedStory(content, options.OutputDir, 0);
        var (other, _) = PublishedStory(content, options.OutputDir, 1);
        var before = LiveSite.Snapshot(options.OutputDir);

        File.AppendAllText(story, "\n\n快速预览后又失败的补充段落。\n");
        Assert.NotNull(live.TryQuickEdit([story]));
        Assert.Contains("快速预览后又失败的补充段落", File.ReadAllText(page));
        // Another story broken in the same moment (the watcher missed it): the update checks every file and fails.
        var good = File.ReadAllText(other);
        File.WriteAllText(other, Regex.Replace(good, "(?m)^type: .*$", "type: 不存在的类型"));
        Assert.False(live.Build(null).Success);

        Assert.Equal(before, LiveSite.Snapshot(options.OutputDir));
        Assert.Null(live.TryQuickEdit([story])); // and no quick edit until an update succeeds again
        // The other story mended, the story's edit is published after all, exactly as a full build makes it.
        File.WriteAllText(other, good);
        Assert.True(live.Build([other]).Success);
        Assert.Contains("快速预览后又失败的补充段落", File.ReadAllText(page));
        LiveSite.AssertSameAsFullBuild(temp, options, "after the failed update was mended");
    }

    /// <summary>The published stories' files in order, and the page of the one at <paramref name="index"/>.</summary>
    private static (string Story, string Page) PublishedStory(string content, string output, int index)
    {
        var published = Directory.GetFiles(Path.Combine(content, "stories"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Story: f, Page: Path.Combine(output, Path.ChangeExtension(Path.GetRelativePath(content, f), null), "index.html")))
            .Where(s => File.Exists(s.Page))
            .ToList();
        return published[index % published.Count];
    }

    /// <summary>Applies the edit; false when it found nothing to change (no summary line to reword, say).</summary>
    private static bool Apply(string story, Edit edit)
    {
        var text = File.ReadAllText(story);
        var v = edit.Value;
        var edited = Kinds[edit.Kind].Name switch
        {
            "body-append" => text + $"\n\n补充段落{v}：进展顺利。\n",
            // New lines before the old body: every link moves down, which the quick edit must not mind.
            "body-rewrite" => text[..^BodyOf(text).Length] + $"改写后的导语{v}。\n\n## 小标题{v}\n\n" + BodyOf(text),
            "title" => Regex.Replace(text, "(?m)^title: .*$", $"title: 快速预览标题{v}"),
            "summary" => Regex.IsMatch(text, "(?m)^summary: ") ? Regex.Replace(text, "(?m)^summary: .*$", $"summary: 快速预览摘要{v}") : text,
            "editor" => Regex.IsMatch(text, "(?m)^editor: ") ? Regex.Replace(text, "(?m)^editor: .*$", $"editor: 编辑{v}") : text,
            "tags" => Regex.Replace(text, "(?m)^tags: .*$", $"tags: [快速标签{v % 3}]"),
            "tasks" => Regex.Replace(Regex.Replace(text, "(?m)^period: .*\n", ""), "(?m)^tasks: .*$", $"tasks: [{v % 9 + 1}, {(v + 1) % 9 + 1}]"),
            "body-new-link" => text + $"\n\n详见[通知原文{v}](/notice/)。\n",
            // 责任编辑 filled in where it was not (five stories in six): a line added under the title moves every field below it.
            "field-added" => Regex.IsMatch(text, "(?m)^editor: ") ? text : Regex.Replace(text, "(?m)^title: .*$", $"$0\neditor: 新增编辑{v}"),
            _ => throw new InvalidOperationException(Kinds[edit.Kind].Name),
        };
        File.WriteAllText(story, edited);
        return edited != text;
    }

    private static string BodyOf(string text)
    {
        var close = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        return close < 0 ? "" : text[(text.IndexOf('\n', close + 1) + 1)..];
    }
}
