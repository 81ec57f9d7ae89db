using System.Text;
using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;

namespace Portal.Authoring.Fixes;

/// <summary>
/// `check --fix`: the mechanical fixes the messages propose, and only those. Front matter and YAML files get
/// half-width punctuation, straight quotes and English list commas; a story moves to the name and year folder of
/// its date (links to it follow); a renamed .srt caption file becomes WebVTT. A story's body is never changed,
/// except a link to a story that moved.
/// </summary>
public static partial class ContentFixer
{
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<slug>.+)\.md$")]
    private static partial Regex StoryFileName();

    /// <summary>Codes whose problem `check --fix` can repair, so that `check` and `serve` can say so.</summary>
    public static readonly IReadOnlySet<string> FixableCodes = new HashSet<string>
    {
        DiagnosticCodes.DashFence, DiagnosticCodes.FullWidthColon, DiagnosticCodes.FullWidthSpace, DiagnosticCodes.CurlyQuotedValue,
        DiagnosticCodes.ChineseListSeparator, DiagnosticCodes.DateDiffersFromFileName, DiagnosticCodes.CaptionsNotWebVtt,
    };

    /// <summary>The hint printed after a check that found something <see cref="FixableCodes"/> covers; null otherwise.</summary>
    public static string? Suggestion(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => FixableCodes.Contains(d.Code))
            ? "提示：其中部分问题可以自动修正，运行 `dotnet run --project generator -- check --fix` 即可（只改元数据区的标点、日期对应的文件名和字幕格式，不改正文）。"
            : null;

    public static IReadOnlyList<FixChange> Apply(string contentDir)
    {
        var changes = new List<FixChange>();
        foreach (var file in Files(contentDir, "*.md").Where(f => Path.GetFileName(f) != ContentGuide.FileName || Path.GetDirectoryName(f) != Path.GetFullPath(contentDir)))
            FixFrontMatter(contentDir, file, changes);
        foreach (var file in Files(contentDir, "*.yml")) FixYaml(contentDir, file, changes);
        MoveStoriesToTheirDates(contentDir, changes);
        ConvertRenamedSrt(contentDir, changes);
        return changes;
    }

    /// <summary>The files the site reads, listed as the loader lists them: nothing behind a link that leads out of content/.</summary>
    private static IEnumerable<string> Files(string contentDir, string pattern) =>
        new ContentFiles(contentDir, new DiagnosticBag()).List("", pattern, recursive: true)
            .Where(f => !Relative(contentDir, f).Split('/').Any(part => part.StartsWith('.')));

    private static string Relative(string contentDir, string file) => Path.GetRelativePath(Path.GetFullPath(contentDir), file).Replace('\\', '/');

    private static void FixFrontMatter(string contentDir, string file, List<FixChange> changes)
    {
        var text = EditorText.Read(file);
        if (FrontMatterFixes.Apply(text.Lines, Relative(contentDir, file), changes)) text.Write(file);
    }

    private static void FixYaml(string contentDir, string file, List<FixChange> changes)
    {
        var text = EditorText.Read(file);
        var changed = false;
        for (var i = 0; i < text.Lines.Length; i++)
            changed |= FrontMatterFixes.SetLine(text.Lines, i, YamlSlips.Repair(text.Lines[i], i + 1), Relative(contentDir, file), changes);
        if (changed) text.Write(file);
    }

    /// <summary>
    /// A story whose file name or year folder disagrees with its date moves to "stories/年/日期-标识.md" (<see cref="StoryPlacement"/>).
    /// The name keeps the file's own 标识: a different slug field is the field's slip (PORTAL0046), whose fix is to the field.
    /// </summary>
    private static void MoveStoriesToTheirDates(string contentDir, List<FixChange> changes)
    {
        var root = Path.GetFullPath(contentDir);
        var storiesDir = Path.Combine(root, "stories");
        if (!Directory.Exists(storiesDir)) return;
        foreach (var file in Files(contentDir, "*.md").Where(f => f.StartsWith(storiesDir + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList())
        {
            var name = StoryFileName().Match(Path.GetFileName(file));
            var oldRelative = Relative(contentDir, file);
            if (!name.Success || StoryPlacement.Read(EditorText.Read(file).Joined, oldRelative) is not { } facts) continue;
            var newRelative = StoryPlacement.RelativePath(facts.Date.Value, name.Groups["slug"].Value);
            var target = Path.Combine(root, newRelative);
            if (target == file || File.Exists(target)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target);
            changes.Add(new FixChange(oldRelative, facts.Date.Line, oldRelative, newRelative));
            StoryPlacement.Relink(contentDir, oldRelative, newRelative, changes);
        }
    }

    /// <summary>A .vtt file holding SubRip (a renamed .srt) is rewritten as WebVTT.</summary>
    private static void ConvertRenamedSrt(string contentDir, List<FixChange> changes)
    {
        var media = Path.Combine(Path.GetFullPath(contentDir), "media");
        if (!Directory.Exists(media)) return;
        foreach (var file in Directory.EnumerateFiles(media, "*.vtt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (CaptionFile.WebVttProblem(text) is null || !CaptionFile.LooksLikeSrt(text)) continue;
            if (CaptionFile.SrtToWebVtt(text) is not { } converted) continue;
            File.WriteAllText(file, converted, new UTF8Encoding(false));
            changes.Add(new FixChange(Relative(contentDir, file), 1, "SRT 字幕", "WebVTT 字幕"));
        }
    }
}
