using Xunit.Sdk;

namespace Portal.Tests.Schema;

/// <summary>
/// A committed file that is generated from the field definition (a schema, the guide's field tables) must equal what
/// the definition produces now. On a difference the generated text is written to received/ beside the test binaries
/// and the test fails; with PORTAL_ACCEPT_SCHEMAS=1 the committed file is rewritten instead (review the diff, commit it).
/// </summary>
public static class GeneratedFile
{
    public const string AcceptVariable = "PORTAL_ACCEPT_SCHEMAS";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <param name="path">The committed file.</param>
    /// <param name="expected">What the definition generates.</param>
    /// <param name="name">The file's name in messages, relative to the repository.</param>
    public static void Match(string path, string expected, string name)
    {
        var committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        var received = Path.Combine(AppContext.BaseDirectory, "received", name.Replace('/', '_'));
        if (committed == expected)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Accepting)
        {
            File.WriteAllText(path, expected);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, expected);
        throw new XunitException(
            (committed is null ? $"{name} is missing." : $"{name} is not what the field definition (generator/Model/ContentSchema) generates: {FirstDifference(committed, expected)}")
            + $"\nThe generated text is in {received}."
            + $"\nIf the definition changed on purpose, run the tests with {AcceptVariable}=1"
            + " (dotnet test tests/Portal.Tests -c Release --filter \"FullyQualifiedName~Schema\") and commit the rewritten file;"
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
