namespace Portal.Loading;

/// <summary>
/// Theme scripts as published: without their whole-line comments, indentation and blank lines, which are a third of
/// what the search page's scripts weigh even gzipped (the theme keeps them for its readers). Only what cannot change
/// the program goes: in a script without template literals and without lines continued by a backslash, no string
/// or regular expression spans lines, so a line that starts with // is a comment and leading white space is layout;
/// line breaks stay where they were, so automatic semicolon insertion sees the same program (a // line that closes
/// a block comment stays). A script with either construct is published as it is.
/// </summary>
public static class ScriptCompactor
{
    public static string Compact(string script)
    {
        var lines = script.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (script.Contains('`', StringComparison.Ordinal) || lines.Any(line => line.TrimEnd().EndsWith('\\'))) return script;
        var kept = lines.Select(line => line.Trim()).Where(line => line.Length > 0 && !(line.StartsWith("//", StringComparison.Ordinal) && !line.Contains("*/", StringComparison.Ordinal)));
        return string.Join('\n', kept) + "\n";
    }
}
