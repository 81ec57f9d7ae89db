namespace Portal.Authoring;

/// <summary>A generated part of a hand-written Markdown file, between &lt;!-- name --&gt; and &lt;!-- /name --&gt; lines.</summary>
public static class MarkedSection
{
    public static string StartMarker(string name) => $"<!-- {name} -->";

    public static string EndMarker(string name) => $"<!-- /{name} -->";

    public static bool Has(string text, string name) => Bounds(text, name) is not null;

    /// <summary>Puts <paramref name="body"/> between the markers, leaving everything else as it was.</summary>
    public static string Replace(string text, string name, string body)
    {
        var (start, end) = Bounds(text, name)
            ?? throw new InvalidOperationException($"no “{StartMarker(name)}” … “{EndMarker(name)}” lines");
        return text[..start] + "\n" + body.TrimEnd('\n') + "\n" + text[end..];
    }

    /// <summary>Where the body starts (just after the start marker) and ends (at the end marker's line).</summary>
    private static (int Start, int End)? Bounds(string text, string name)
    {
        var start = text.IndexOf(StartMarker(name), StringComparison.Ordinal);
        if (start < 0) return null;
        start += StartMarker(name).Length;
        var end = text.IndexOf(EndMarker(name), start, StringComparison.Ordinal);
        return end < 0 ? null : (start, end);
    }
}
