using System.Text.RegularExpressions;

namespace Portal.TestSupport;

/// <summary>
/// The txtar text archive of Go and Hugo test files: a line "-- path --" starts a file, whose text runs to the next
/// such line. Text before the first file is a comment. Lets a test hold a whole folder in one string.
/// </summary>
public static partial class Txtar
{
    [GeneratedRegex(@"^-- (?<path>\S(?:.*\S)?) --$")]
    private static partial Regex FileMarker();

    /// <summary>The files of <paramref name="archive"/> in order, each text with its lines ending in "\n".</summary>
    public static IReadOnlyList<(string Path, string Text)> Parse(string archive)
    {
        var files = new List<(string Path, string Text)>();
        string? path = null;
        var text = new List<string>();
        foreach (var line in archive.ReplaceLineEndings("\n").Split('\n'))
        {
            var marker = FileMarker().Match(line);
            if (!marker.Success)
            {
                text.Add(line);
                continue;
            }
            if (path is not null) files.Add((path, Join(text)));
            path = marker.Groups["path"].Value;
            text.Clear();
        }
        if (path is not null) files.Add((path, Join(text)));
        return files;
    }

    // A raw string literal has no final newline; every file gets one, as an editor would save it.
    private static string Join(List<string> lines)
    {
        var count = lines.Count;
        while (count > 0 && lines[count - 1].Length == 0) count--;
        return string.Concat(lines.Take(count).Select(l => l + "\n"));
    }
}
