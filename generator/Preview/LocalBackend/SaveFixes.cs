using Portal.Loading;
using Portal.Model;
using Portal.Validation;

namespace Portal.Preview.LocalBackend;

/// <summary>
/// The mechanical fixes of `check --fix` (<see cref="FrontMatterFixes"/>, as `check --fix` makes them:
/// full-width spaces and colons, curly quotes, list items joined by Chinese separators), made by the local editor's save
/// itself to the front matter of the story, page or task it saves, never to its body; each told to the editor by its
/// form label ("「标签」已自动改为…"), never silently.
/// </summary>
public static class SaveFixes
{
    /// <param name="contentRelative">The file's path under content/ ("stories/2025/….md").</param>
    /// <returns>The text to write, and the notes for the editor (empty when nothing was changed).</returns>
    public static (string Raw, IReadOnlyList<string> Notes) Apply(string contentRelative, string raw, ThemeText? words)
    {
        if (FormFieldPlace.EditedDocument(contentRelative) is not { } document || !contentRelative.EndsWith(".md", StringComparison.Ordinal)) return (raw, []);
        var newline = raw.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var saved = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var lines = (string[])saved.Clone();
        var changes = new List<FixChange>();
        if (!FrontMatterFixes.Apply(lines, contentRelative, changes)) return (raw, []);
        var fixedRaw = string.Join(newline, lines.Select(l => l.Replace("\n", newline, StringComparison.Ordinal)));
        var notes = words is null ? changes.Select(c => c.ToString()).ToList() : FormWording.FixNotes(saved, changes, document, words);
        return (fixedRaw, notes);
    }
}
