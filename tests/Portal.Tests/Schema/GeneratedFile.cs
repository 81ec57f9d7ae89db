using Xunit.Sdk;

namespace Portal.Tests.Schema;

/// <summary>
/// A committed file that is generated from the field definition (a schema, the guide's field tables) must equal what
/// the definition produces now. The test only compares: on a difference, or when the file is missing, the generated
/// text is written to received/ beside the test binaries and the test fails. Files are rewritten by the generator's
/// `gen` verb only (generator/Cli/GeneratedFiles.cs), never by a test run.
/// </summary>
public static class GeneratedFile
{
    /// <summary>The command that rewrites the content/.schemas files and the .vscode mapping.</summary>
    public const string GenSchemas = "dotnet run --project generator -- gen schemas";

    /// <summary>The command that rewrites the field tables of content/README.md.</summary>
    public const string GenGuide = "dotnet run --project generator -- gen guide";

    /// <param name="path">The committed file.</param>
    /// <param name="expected">What the definition generates.</param>
    /// <param name="name">The file's name in messages, relative to the repository.</param>
    /// <param name="command">The gen command that rewrites it.</param>
    public static void Match(string path, string expected, string name, string command)
    {
        var committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        var received = Path.Combine(AppContext.BaseDirectory, "received", name.Replace('/', '_'));
        if (committed == expected)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, expected);
        throw new XunitException(
            (committed is null ? $"{name} is missing." : $"{name} is not what the field definition (generator/Model/ContentSchema) generates: {FirstDifference(committed, expected)}")
            + $"\nThe generated text is in {received}."
            + $"\nIf the definition changed on purpose, run `{command}` from the repository root, review the diff and commit it;"
            + " if the file was edited by hand, make the change in the definition instead.");
    }

    private static string FirstDifference(string committed, string expected)
    {
        var a = committed.Split('\n');
        var b = expected.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < b.Length ? b[i] : "(end of file)";
            if (left != right) return $"first difference at line {i + 1}\n  committed: {left.Trim()}\n  generated: {right.Trim()}";
        }
        return "they differ";
    }
}
