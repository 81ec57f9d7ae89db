using System.Text;
using Portal.Authoring;
using Portal.Tests.Infrastructure;
using Portal.Tests.Robustness;
using Xunit.Sdk;

namespace Portal.Tests.Schema;

/// <summary>
/// The guide's "改前 → 改后" examples (content/README.md, between &lt;!-- errors:examples --&gt; markers) are generated
/// from the bad-input corpus: the wrong line, the message the generator really prints, and the corrected line that
/// the corpus proves free of that code. PORTAL_ACCEPT_GUIDE=1 rewrites the section after review.
/// </summary>
public sealed class GuideErrorExamplesTests
{
    private const string Section = "errors:examples";
    private const string AcceptVariable = "PORTAL_ACCEPT_GUIDE";

    [Fact]
    public void The_guide_examples_are_what_the_corpus_generates()
    {
        var path = Path.Combine(RepositoryPaths.Content, ContentGuide.FileName);
        var guide = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(MarkedSection.Has(guide, Section), $"content/README.md has no {MarkedSection.StartMarker(Section)} … {MarkedSection.EndMarker(Section)} lines");
        var generated = MarkedSection.Replace(guide, Section, Examples());
        if (generated == guide) return;
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }
        throw new XunitException($"content/README.md's error examples differ from what the bad-input corpus generates. Review, then run with {AcceptVariable}=1 "
            + "(dotnet test tests/Portal.Tests -c Release --filter \"FullyQualifiedName~GuideErrorExamples\") and commit the guide.");
    }

    private static string Examples()
    {
        var cases = BadInputCorpusTests.Cases().Select(c => (BadInputCorpusTests.Case)c[0])
            .Where(c => c.After is not null && c.Code is not null)
            .GroupBy(c => c.Code!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First());
        var text = new StringBuilder("| 代码 | 改前 | 提示（检查时显示） | 改后 |\n| --- | --- | --- | --- |\n");
        foreach (var c in cases)
        {
            using var content = new ContentCase().WriteBytes(c.Path, c.Bytes);
            var diagnostic = content.Check().Diagnostics.First(d => d.Code == c.Code && d.Line == c.Line);
            var (before, after) = FirstDifference(Encoding.UTF8.GetString(c.Bytes), c.After!);
            text.Append($"| {c.Code} | 第 {diagnostic.Line} 行：{Code(before)} | {Cell(diagnostic.Message)}{Cell(diagnostic.Fix ?? "")} | {Code(after)} |\n");
        }
        return text.ToString();
    }

    private static (string Before, string After) FirstDifference(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "";
            var right = i < b.Length ? b[i] : "";
            if (left != right) return (left, right);
        }
        return ("", "");
    }

    private static string Code(string line) =>
        line.Trim().Length == 0 ? "（空行）" : "`" + line.Replace("\uFEFF", "[BOM]").Replace("\t", "[Tab]").Replace("\u3000", "[全角空格]").Replace("|", "\\|") + "`";

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
