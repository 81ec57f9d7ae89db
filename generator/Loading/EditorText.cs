using System.Text;

namespace Portal.Loading;

/// <summary>A content file's lines, written back with the BOM and line endings it came with, so a fix changes only what it names.</summary>
public sealed class EditorText
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private bool hasBom;
    private string newline = "\n";

    public string[] Lines { get; private set; } = [];

    public string Joined => string.Join('\n', Lines);

    public static EditorText Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var hasBom = bytes.AsSpan().StartsWith(Bom);
        var text = new UTF8Encoding(false).GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        return new EditorText
        {
            hasBom = hasBom,
            newline = text.Contains("\r\n") ? "\r\n" : "\n",
            Lines = text.Replace("\r\n", "\n").Split('\n'),
        };
    }

    public void Write(string file)
    {
        // A fix may split a line in two ("\n" inside a line): written with the file's own line ending too.
        var body = Encoding.UTF8.GetBytes(string.Join(newline, Lines.Select(l => l.Replace("\n", newline, StringComparison.Ordinal))));
        File.WriteAllBytes(file, hasBom ? [.. Bom, .. body] : body);
    }
}
