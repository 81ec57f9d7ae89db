using System.Xml.Linq;

namespace Portal.Tests.Architecture;

/// <summary>The generator builds with the .NET analyzers and every warning as an error; .editorconfig says which rules are off and why.</summary>
public sealed class AnalyzerSettingsTests
{
    private static string Property(string name) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "generator", "Portal.Generator.csproj"))
            .Descendants(name).Single().Value;

    [Fact]
    public void The_generator_treats_warnings_as_errors_with_the_recommended_analyzers()
    {
        Assert.Equal("true", Property("TreatWarningsAsErrors"));
        Assert.Equal("latest-recommended", Property("AnalysisLevel"));
        Assert.Equal("true", Property("EnforceCodeStyleInBuild"));
    }

    [Fact]
    public void Every_rule_turned_off_says_why()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".editorconfig"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].EndsWith(".severity = none", StringComparison.Ordinal)) continue;
            var above = lines.Take(i).Reverse().TakeWhile(l => l.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) || l.StartsWith('#')).ToList();
            Assert.True(above.Any(l => l.StartsWith('#')), $".editorconfig line {i + 1} turns a rule off without a comment saying why");
        }
    }
}
