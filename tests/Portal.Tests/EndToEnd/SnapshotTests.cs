using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.EndToEnd;

/// <summary>One snapshot of the main content per page kind, plus the full home page for the shared frame.</summary>
public sealed partial class SnapshotTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    // Content hashes in asset and index names change with every CSS or content edit; the markup is what is checked.
    [GeneratedRegex(@"\.[0-9a-f]{10}\.(css|js|svg)|index-[0-9a-f]{12}")]
    private static partial Regex Fingerprint();

    private static string Stable(string html) => Fingerprint().Replace(html, m => m.Value.StartsWith("index-") ? "index-HASH" : ".HASH." + m.Groups[1].Value);

    /// <summary>Named views of the page kinds; <see cref="FixturePageKinds.WithEveryKind"/> adds any kind none of them shows.</summary>
    private static readonly (string Name, string Path)[] Variants =
    [
        ("home", ""),
        ("notice", "notice/"),
        ("mechanism", "mechanism/"),
        ("tasks", "tasks/"),
        ("task", "tasks/4/"),
        ("departments", "departments/"),
        ("department", "departments/highway-administration/"),
        ("stories", "stories/"),
        ("stories-page-2", "stories/page/2/"),
        ("year", "stories/2025/"),
        ("story-video", "stories/2025/2025-03-16-fixture-03/"),
        ("story-cover", "stories/2025/2025-03-06-fixture-01/"),
        ("types", "types/"),
        ("type-cases", "types/cases/"),
        ("type-videos", "types/videos/"),
        ("cases", "cases/"),
        ("cases-positive", "cases/positive/"),
        ("coverage", "coverage/"),
        ("progress", "tasks/progress/"),
        ("task-with-reports", "tasks/2/"),
        ("tags", "tags/"),
        ("tag", "tags/四好农村路/"),
        ("page-accessibility", "accessibility/"),
        ("page-copyright", "copyright/"),
        ("page-privacy", "privacy/"),
        ("page-feedback", "feedback/"),
        ("page-contact", "contact/"),
        ("sitemap", "sitemap/"),
        ("search", "search/"),
        ("not-found", "404.html"),
    ];

    public static TheoryData<string, string> PageKinds
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (name, path) in FixturePageKinds.WithEveryKind(Variants)) data.Add(name, path);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void Main_content_matches_the_snapshot(string name, string path)
    {
        var document = new HtmlParser().ParseDocument(site.Read(path));
        HtmlSnapshot.Match(Stable(document.QuerySelector("main")!.OuterHtml), name);
    }

    [Fact]
    public void Whole_home_page_matches_the_snapshot()
    {
        HtmlSnapshot.Match(Stable(site.Read("")), "home-full");
    }
}
