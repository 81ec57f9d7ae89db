using Portal.Tests.Infrastructure;

namespace Portal.Tests.Quality;

/// <summary>The W3C Nu HTML Checker (vnu.jar from npm, on Java 17) over every page of the fixture site.</summary>
[Trait(Tier.Category, Tier.Slow)] // Java: the W3C Nu HTML Checker
public sealed class HtmlValidityTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Every_page_has_zero_nu_checker_errors()
    {
        NodeTools.RequireInstalled(NodeTools.VnuJar);
        var pages = Directory.GetFiles(site.OutputDir, "*.html", SearchOption.AllDirectories).Length;
        Assert.True(pages > 90, $"only {pages} pages");
        var (code, output) = NodeTools.Run("java", ["-jar", NodeTools.VnuJar, "--errors-only", "--skip-non-html", site.OutputDir]);
        Assert.True(code == 0 && output.Trim().Length == 0, output);
    }

    [Fact]
    public void The_checker_does_report_broken_markup()
    {
        // Guards the gate: a page with an error must make vnu fail.
        NodeTools.RequireInstalled(NodeTools.VnuJar);
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("bad.html"), "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>x</title></head><body><p><div>x</p></body></html>");
        var (code, output) = NodeTools.Run("java", ["-jar", NodeTools.VnuJar, "--errors-only", temp.Path]);
        Assert.NotEqual(0, code);
        Assert.Contains("error", output);
    }
}
