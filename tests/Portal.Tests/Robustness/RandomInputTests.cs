using CsCheck;
using Portal.Build;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Rendering;
using Portal.Site;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Robustness;

/// <summary>Property tests: random front matter and Markdown never crash loading or rendering; rendering is deterministic.</summary>
[Trait(Tier.Category, Tier.Slow)] // property tests: hundreds of random checks
public sealed class RandomInputTests
{
    private static Gen<T> Constants<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<string> Line = Gen.String[Gen.OneOf(Gen.Char, Gen.Char['\u4E00', '\u9FFF'], Constants(':', '-', '[', ']', '{', '}', '"', '\'', '#', '*', '|', '>', '\t', ' ', '\n', '`', '<', '&', '!', '(', ')', '\\')), 0, 300];

    private static readonly Gen<string> FrontMatter = Gen.OneOf(
        Line,
        Gen.Select(Line, Line, Gen.Int[-5, 30], (title, tags, task) => $"title: {title}\ndate: 2025-03-14\ntasks: [{task}]\ntype: 即时报道\ntags: [{tags}]"),
        Gen.Select(Line, Line, (a, b) => $"title:\n  - {a}\n  - {b}\ndate: {a}\ncover: {{ src: {b} }}"));

    private static readonly Gen<string> Markdown = Gen.String[Gen.OneOf(Gen.Char, Constants('#', '*', '_', '`', '[', ']', '(', ')', '!', '|', '-', '>', '<', '\n', ' ', '\t', '债', '务')), 0, 3000];

    [Fact]
    public void Random_story_files_never_crash_the_loader()
    {
        using var content = new ContentCase();
        var path = Path.Combine(content.ContentDir, "stories", "2025", "2025-03-14-random.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Gen.Select(FrontMatter, Markdown).Sample((front, body) =>
        {
            File.WriteAllText(path, $"---\n{front}\n---\n{body}");
            var result = SiteBuild.Check(content.Options());
            // Every outcome is a result with located diagnostics, never an exception.
            Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Message)));
        }, iter: 150, seed: "0aHlH7cq1l8v");
    }

    [Fact]
    public void Random_bytes_never_crash_the_loader()
    {
        using var content = new ContentCase();
        var path = Path.Combine(content.ContentDir, "stories", "2025", "2025-03-14-bytes.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Gen.Byte.Array[0, 2000].Sample(bytes =>
        {
            File.WriteAllBytes(path, bytes);
            var result = SiteBuild.Check(content.Options());
            Assert.True(result.Success || result.Errors > 0);
        }, iter: 100, seed: "0fCSSzA3aGcA");
    }

    [Fact]
    public void Random_markdown_renders_deterministically()
    {
        var renderer = new MarkdownRenderer(new SiteUrls(new Uri("https://example.gov.cn/portal/")));
        Markdown.Sample(text =>
        {
            var first = renderer.ToHtml(MarkdownParser.Parse(text, "x.md", 1));
            var second = renderer.ToHtml(MarkdownParser.Parse(text, "x.md", 1));
            Assert.Equal(first, second);
            Assert.DoesNotContain("<script", first, StringComparison.OrdinalIgnoreCase);
            Portal.Search.SearchTokenizer.Tokens(text);
        }, iter: 300, seed: "0N7wQ8o2Uj0W");
    }
}
