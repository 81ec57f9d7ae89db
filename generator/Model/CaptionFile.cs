using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Model;

/// <summary>
/// Video captions: browsers show only WebVTT in a &lt;track&gt;, production companies deliver SubRip (.srt).
/// An .srt file is converted at build time; a caption file is judged by its content, not its extension.
/// </summary>
public static partial class CaptionFile
{
    [GeneratedRegex(@"^(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}[ \t]+-->[ \t]+(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}(?:[ \t].*)?$")]
    private static partial Regex VttTiming();

    [GeneratedRegex(@"^[ \t]*(\d{1,3}:[0-5]?\d:[0-5]?\d)[,.](\d{1,3})[ \t]*-->[ \t]*(\d{1,3}:[0-5]?\d:[0-5]?\d)[,.](\d{1,3})[ \t]*(?:[Xx]\d.*)?$")]
    private static partial Regex SrtTiming();

    public static bool IsSrtPath(string path) => path.EndsWith(".srt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the site serves a caption file: an .srt file as its converted .vtt.</summary>
    public static string ServedPath(string path) => IsSrtPath(path) ? path[..^4] + ".vtt" : path;

    /// <summary>Null when <paramref name="text"/> is WebVTT a browser shows; otherwise the line at fault and what is wrong, in Chinese.</summary>
    public static (int Line, string Problem)? WebVttProblem(string text)
    {
        var lines = Lines(text);
        if (lines.Length == 0 || !(lines[0] == "WEBVTT" || lines[0].StartsWith("WEBVTT ", StringComparison.Ordinal) || lines[0].StartsWith("WEBVTT\t", StringComparison.Ordinal)))
        {
            return (1, LooksLikeSrt(text) ? "内容是 SRT 字幕（第一行是序号，时间用逗号分隔），只是扩展名改成了 .vtt" : "第一行不是“WEBVTT”");
        }
        var cues = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (!lines[i].Contains("-->")) continue;
            if (!VttTiming().IsMatch(lines[i].Trim())) return (i + 1, $"第 {i + 1} 行的时间“{lines[i].Trim()}”不是“00:00:01.000 --> 00:00:04.000”的格式");
            cues++;
        }
        return cues == 0 ? (1, "没有任何一条带时间的字幕") : null;
    }

    /// <summary>Whether the text reads as SubRip: a cue number, then a timing line with commas.</summary>
    public static bool LooksLikeSrt(string text)
    {
        var lines = Lines(text).SkipWhile(l => l.Trim().Length == 0).Take(2).ToArray();
        return lines.Length == 2 && lines[0].Trim().All(char.IsAsciiDigit) && lines[0].Trim().Length > 0 && SrtTiming().IsMatch(lines[1]);
    }

    /// <summary>SubRip to WebVTT: a header, the cues as they are with "," made "." in the timings; null when a cue has no valid timing.</summary>
    public static string? SrtToWebVtt(string srt)
    {
        var output = new StringBuilder("WEBVTT\n");
        var cues = 0;
        foreach (var block in Blocks(Lines(srt)))
        {
            var timing = block.FindIndex(l => l.Contains("-->"));
            if (timing < 0 || timing > 1) return null;
            var m = SrtTiming().Match(block[timing]);
            if (!m.Success) return null;
            output.Append('\n');
            if (timing == 1) output.Append(block[0].Trim()).Append('\n');
            output.Append(System.Globalization.CultureInfo.InvariantCulture, $"{Stamp(m.Groups[1].Value, m.Groups[2].Value)} --> {Stamp(m.Groups[3].Value, m.Groups[4].Value)}\n");
            // "-->" may not appear in a WebVTT cue's text.
            foreach (var line in block.Skip(timing + 1)) output.Append(line.Replace("-->", "->")).Append('\n');
            cues++;
        }
        return cues == 0 ? null : output.ToString();
    }

    private static string Stamp(string hms, string fraction)
    {
        var parts = hms.Split(':').Select(int.Parse).ToArray();
        return $"{parts[0]:00}:{parts[1]:00}:{parts[2]:00}.{fraction.PadRight(3, '0')}";
    }

    private static IEnumerable<List<string>> Blocks(string[] lines)
    {
        var block = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (block.Count > 0) yield return block;
                block = [];
                continue;
            }
            block.Add(line.TrimEnd());
        }
        if (block.Count > 0) yield return block;
    }

    private static string[] Lines(string text)
    {
        var normal = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n');
        return normal.Length == 0 ? [] : normal.Split('\n');
    }
}
