using System.Text.RegularExpressions;
using Portal.Model;

namespace Portal.Loading;

/// <summary>
/// The mechanical fixes of a Markdown file's front matter (half-width punctuation and spaces, straight quotes, list items
/// pasted from Word made items of their own), never of its body: one rule set for `check --fix` (Authoring.Fixes.ContentFixer)
/// and for the browser editor's local save (Preview.LocalBackend.SaveFixes).
/// </summary>
public static partial class FrontMatterFixes
{
    [GeneratedRegex(@"^(?<head>(?:departments|tags):[ ]*\[)(?<items>[^\]]*)(?<tail>\][ ]*)$")]
    private static partial Regex FlowList();

    // "tags: 甲，乙" written as one text, which YAML reads as a one-item list.
    [GeneratedRegex(@"^(?<head>(?:departments|tags):[ ]+)(?<item>[^\[{\s].*?)[ ]*$")]
    private static partial Regex TextList();

    [GeneratedRegex(@"^(?<indent>[ ]*)-[ ]+(?<item>\S.*?)[ ]*$")]
    private static partial Regex BlockItem();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_]*):")]
    private static partial Regex TopLevelKey();

    private static readonly string[] ListKeys = ["departments", "tags"];

    /// <summary>
    /// The fixes of one Markdown file's front matter, made in <paramref name="lines"/> (a line that becomes several holds
    /// "\n"), each added to <paramref name="changes"/> with its line: what `check --fix` does to a file, and the browser
    /// editor's local save to the story it saves. The body is never touched.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public static bool Apply(string[] lines, string relative, List<FixChange> changes)
    {
        if (lines.Length == 0) return false;
        var opening = lines[0].TrimEnd();
        if (opening != "---" && !FrontMatterDocument.IsDashFence(opening)) return false;
        // Without a closing fence nothing tells front matter from body: leave the file to check's message (PORTAL0013).
        var closing = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "..." || FrontMatterDocument.IsDashFence(l.TrimEnd()));
        if (closing < 0) return false;
        var changed = SetLine(lines, 0, "---", relative, changes);
        string? key = null;
        for (var i = 1; i < closing; i++)
        {
            if (TopLevelKey().Match(lines[i]) is { Success: true } top) key = top.Groups["key"].Value;
            changed |= SetLine(lines, i, FrontMatterLine(lines[i], i + 1, ListKeys.Contains(key)), relative, changes);
        }
        changed |= SetLine(lines, closing, lines[closing].TrimEnd() == "..." ? "..." : "---", relative, changes);
        return changed;
    }

    /// <summary>
    /// A front-matter line with its slips repaired and list items pasted from Word (joined by Chinese separators, wrapped
    /// in quotes) made items of their own; <paramref name="inList"/>: the line is under departments or tags.
    /// </summary>
    private static string FrontMatterLine(string line, int lineNumber, bool inList)
    {
        line = RepairSlips(line, lineNumber);
        if (FlowList().Match(line) is { Success: true } flow)
        {
            var items = flow.Groups["items"].Value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            if (!items.Any(NeedsRepair)) return line;
            return flow.Groups["head"].Value + string.Join(", ", items.SelectMany(Pieces)) + flow.Groups["tail"].Value;
        }
        if (TextList().Match(line) is { Success: true } text && NeedsRepair(text.Groups["item"].Value))
            return text.Groups["head"].Value.TrimEnd() + " [" + string.Join(", ", Pieces(text.Groups["item"].Value)) + "]";
        if (inList && BlockItem().Match(line) is { Success: true } block && NeedsRepair(block.Groups["item"].Value))
        {
            // One item per line, as the list is written; EditorText writes the inserted breaks in the file's own line ending.
            var indent = block.Groups["indent"].Value;
            return string.Join('\n', Pieces(block.Groups["item"].Value).Select(p => $"{indent}- {p}"));
        }
        return line;
    }

    /// <summary>An item in straight quotes is quoted YAML, read without them: nothing to repair.</summary>
    private static bool NeedsRepair(string item) =>
        !(item.Length >= 2 && item[0] is '"' or '\'' && item[^1] == item[0]) && PastedListItems.NeedsRepair(item);

    private static IEnumerable<string> Pieces(string item) => PastedListItems.Split(item).Select(p => p.Text);

    private static string RepairSlips(string line, int lineNumber) => YamlSlips.Repair(line, lineNumber);

    /// <summary>Sets a line, recording the change when there is one.</summary>
    public static bool SetLine(string[] lines, int index, string after, string file, List<FixChange> changes)
    {
        if (lines[index] == after) return false;
        changes.Add(new FixChange(file, index + 1, lines[index], after));
        lines[index] = after;
        return true;
    }
}
