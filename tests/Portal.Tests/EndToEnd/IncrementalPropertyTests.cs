using System.Text.RegularExpressions;
using CsCheck;
using Portal.Build;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Random sequences of the edits editors make, applied under `serve` (a <see cref="BuildSession"/>, told what changed
/// as its file watcher would, or not), must leave exactly the site a full build of the same content makes. A broken edit
/// must change nothing, and the fix after it must catch up.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // random edit sequences, minutes
public sealed class IncrementalPropertyTests
{
    /// <summary>An edit: which kind, on which file (an index into the current ones), with which value.</summary>
    private sealed record Edit(int Kind, int Target, int Value)
    {
        public override string ToString() => $"{Names[Kind]}#{Target}:{Value}";
    }

    private static readonly string[] Names =
    [
        "title", "summary", "tags", "tasks", "departments", "type", "body", "move-date", "move-year", "draft", "delete", "new-story",
        "task-file", "departments-yml", "site-yml", "mechanism-yml", "static-page", "broken-then-fixed",
    ];

    private static readonly Gen<Edit> Edits = Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, 1000], Gen.Int[0, 1000], (k, t, v) => new Edit(k, t, v));

    [Fact]
    public void Random_edit_sequences_under_serve_equal_a_full_build()
    {
        Gen.Select(Edits.Array[3, 7], Gen.Bool).Sample((edits, watcherList) =>
        {
            using var temp = new TempFolder();
            var (content, options, live) = LiveSite.Serve(temp);
            var done = new List<Edit>();
            foreach (var edit in edits)
            {
                done.Add(edit);
                var label = $"after [{string.Join(", ", done)}] ({(watcherList ? "watcher list" : "time stamps")})";
                var changed = Apply(content, edit, options, live, watcherList, label);
                var result = live.Build(watcherList ? changed : null);
                Assert.True(result.Success, $"{label}: {string.Join("; ", result.Diagnostics.Where(d => d.Severity == Portal.Diagnostics.Severity.Error).Select(d => d.Message))}");
                LiveSite.AssertSameAsFullBuild(temp, options, label);
            }
        }, iter: 6, threads: 1);
    }

    /// <summary>Applies one edit and returns the paths a file watcher would report.</summary>
    private static List<string> Apply(string content, Edit edit, BuildOptions options, BuildSession live, bool watcherList, string label)
    {
        var stories = Directory.GetFiles(Path.Combine(content, "stories"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var story = stories[edit.Target % stories.Count];
        var v = edit.Value;
        switch (Names[edit.Kind])
        {
            case "title": return Replace(story, "title", $"随机标题{v}");
            case "summary": return Replace(story, "summary", $"随机摘要{v}");
            case "tags": return Replace(story, "tags", $"[标签{v % 5}, 三抓三促]");
            // A half-year report must stay sent by its task's lead: changing its task or departments makes it an ordinary story.
            case "tasks": return Replace(NotAReport(story), "tasks", $"[{v % 9 + 1}]");
            case "departments": return Replace(NotAReport(story), "departments", v % 2 == 0 ? "[运输处]" : "[科技处, 乡村振兴办]");
            case "type":
                if (File.ReadAllText(story).Contains("case:")) return [];
                return Replace(story, "type", new[] { "即时报道", "综述评论", "专题访谈" }[v % 3]);
            case "body":
                File.AppendAllText(story, $"\n\n## 补充{v}\n\n新增段落{v}。\n");
                return [story];
            case "move-date": return Move(story, new DateOnly(2025, 1, 1).AddDays(v % 360));
            case "move-year": return Move(story, new DateOnly(2024 + v % 2 * 2, 1 + v % 12, 1 + v % 28));
            case "draft":
            {
                var text = File.ReadAllText(story);
                var draft = Regex.Match(text, "(?m)^draft: (true|false).*$");
                File.WriteAllText(story, draft.Success
                    ? text.Replace(draft.Value, draft.Groups[1].Value == "true" ? "draft: false" : "draft: true")
                    : text.Replace("\ntitle: ", "\ndraft: true\ntitle: "));
                return [story];
            }
            case "delete":
                if (stories.Count < 5) return [];
                File.Delete(story);
                return [story];
            case "new-story":
            {
                var date = new DateOnly(2025, 1, 1).AddDays(v % 360);
                var path = Path.Combine(content, "stories", "2025", $"{date:yyyy-MM-dd}-new-{v}.md");
                if (File.Exists(path)) return [];
                File.WriteAllText(path, ContentCase.Story(title: $"新稿件{v}", date: $"{date:yyyy-MM-dd}", tasks: $"[{v % 9 + 1}]"));
                return [path];
            }
            case "task-file":
            {
                var task = Directory.GetFiles(Path.Combine(content, "tasks"), "*.md").Order(StringComparer.Ordinal).ToList()[edit.Target % 9];
                return v % 2 == 0 ? Replace(task, "summary", $"修订后的任务摘要{v}。") : Append(task, $"\n补充要求{v}。\n");
            }
            case "departments-yml":
                return ReplaceFirst(Path.Combine(content, "departments.yml"), "fullName: 甘肃省交通运输厅办公室", $"fullName: 甘肃省交通运输厅办公室{v}");
            case "site-yml":
                return ReplaceFirst(Path.Combine(content, "site.yml"), "organizer: ", $"organizer: 第{v}");
            case "mechanism-yml":
                return Regex.IsMatch(File.ReadAllText(Path.Combine(content, "mechanism.yml")), "(?m)^duties: ")
                    ? ReplaceFirst(Path.Combine(content, "mechanism.yml"), "duties: ", $"duties: 第{v}条，")
                    : [];
            case "static-page": return Append(Path.Combine(content, "pages", "about.md"), $"\n更新说明{v}。\n");
            case "broken-then-fixed":
            {
                var good = File.ReadAllText(story);
                var before = LiveSite.Snapshot(options.OutputDir);
                File.WriteAllText(story, Regex.Replace(good, "(?m)^type: .*$", "type: 不存在的类型"));
                Assert.False(live.Build(watcherList ? [story] : null).Success, $"{label}: a broken edit built");
                Assert.Equal(before, LiveSite.Snapshot(options.OutputDir));
                File.WriteAllText(story, good + $"\n修正后补充{v}。\n");
                return [story];
            }
            default: throw new InvalidOperationException(Names[edit.Kind]);
        }
    }

    private static string NotAReport(string file)
    {
        File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), "(?m)^period: .*\n", ""));
        return file;
    }

    private static List<string> Replace(string file, string key, string value)
    {
        var text = File.ReadAllText(file);
        File.WriteAllText(file, Regex.Replace(text, $"(?m)^{key}: .*$", $"{key}: {value}", RegexOptions.None, TimeSpan.FromSeconds(1)));
        return [file];
    }

    private static List<string> ReplaceFirst(string file, string find, string replace)
    {
        var text = File.ReadAllText(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{find} not in {file}");
        File.WriteAllText(file, text[..at] + replace + text[(at + find.Length)..]);
        return [file];
    }

    private static List<string> Append(string file, string text)
    {
        File.AppendAllText(file, text);
        return [file];
    }

    /// <summary>Renames the story for its new date (file name and year folder follow the date, as the guide says).</summary>
    private static List<string> Move(string story, DateOnly date)
    {
        var name = Path.GetFileNameWithoutExtension(story);
        var slug = name.Length > 11 ? name[11..] : name;
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(story))!, date.Year.ToString());
        var target = Path.Combine(folder, $"{date:yyyy-MM-dd}-{slug}.md");
        if (File.Exists(target)) return [];
        Directory.CreateDirectory(folder);
        var text = Regex.Replace(File.ReadAllText(story), "(?m)^date: .*$", $"date: {date:yyyy-MM-dd}");
        // A report moved before the half year it reports on would be refused (PORTAL0049): an editor moving it back in
        // time lets it count for its date's half year instead, by dropping the period.
        var period = Regex.Match(text, "(?m)^period: (.*)\n");
        if (period.Success && Portal.Model.ReportPeriod.Parse(period.Groups[1].Value) is { } reported && Portal.Model.ReportPeriod.Of(date) < reported)
            text = text.Replace(period.Value, "", StringComparison.Ordinal);
        File.Delete(story);
        File.WriteAllText(target, text);
        return [story, target, folder];
    }
}
