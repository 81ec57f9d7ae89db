using Portal.Authoring;
using Portal.Model.ContentSchema;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Schema;

/// <summary>The field tables of content/README.md are generated from the definition between &lt;!-- fields:id --&gt; markers.</summary>
public sealed class ContentGuideTests
{
    [Fact]
    public void The_guide_has_a_field_table_for_every_document_and_they_are_generated()
    {
        var path = Path.Combine(RepositoryPaths.Content, ContentGuide.FileName);
        var guide = File.ReadAllText(path).Replace("\r\n", "\n");
        var generated = ContentGuide.WithFieldTables(guide, out var missing);
        Assert.True(missing.Count == 0, "content/README.md has no table for: " + string.Join(", ", missing.Select(d =>
            $"{d.Id} (add the lines {MarkedSection.StartMarker(ContentGuide.SectionName(d))} and {MarkedSection.EndMarker(ContentGuide.SectionName(d))})")));
        GeneratedFile.Match(path, generated, "content/" + ContentGuide.FileName, GeneratedFile.GenGuide);
    }

    [Fact]
    public void A_table_lists_every_field_and_sub_field_with_its_label()
    {
        var table = FieldTableWriter.Write(StoryFields.Document);
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(StoryFields.Document.Fields.Sum(f => 1 + f.Fields.Count), rows.Count);
        Assert.StartsWith("| `title` | 标题 | 是 |", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("| `cover.alt` | 图片说明（alt） | 是 |"));
        Assert.Contains(rows, r => r.StartsWith("| `case` | 典型类别 | type 为“典型案例”时必填 |"));
        // A pipe inside a cell would split it.
        Assert.All(rows, r => Assert.Equal(6, r.Replace("\\|", "").Count(c => c == '|')));
    }

    [Fact]
    public void Replacing_a_marked_section_keeps_the_rest_of_the_text()
    {
        var text = "前文\n<!-- fields:x -->\n旧表\n<!-- /fields:x -->\n后文\n";
        Assert.Equal("前文\n<!-- fields:x -->\n新表\n<!-- /fields:x -->\n后文\n", MarkedSection.Replace(text, "fields:x", "新表\n"));
        Assert.False(MarkedSection.Has("前文\n<!-- fields:x -->\n", "fields:x"));
    }

    /// <summary>
    /// The guide shows what the tests do (Browser/CmsPublishingTests takes the publishing steps, Browser/ProgressBoardBrowserTests
    /// the public progress page, Reports/DispatchReportTests the office's draft report as LibreOffice prints it;
    /// PORTAL_ACCEPT_SCREENSHOTS=1 writes them): every picture is shown, in the tests' order, and exists; no stale one.
    /// </summary>
    [Fact]
    public void The_guide_shows_every_screenshot_the_tests_take()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "README.md"));
        var shown = System.Text.RegularExpressions.Regex.Matches(guide, @"\]\(\.\./docs/editor-guide/([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(GuideScreenshots.All, shown);
        foreach (var shot in shown)
        {
            var bytes = File.ReadAllBytes(Path.Combine(GuideScreenshots.Folder, shot));
            Assert.True(bytes.Length > 10_000 && bytes[..4].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47 }), $"{shot} is not a screenshot");
        }
        Assert.Equal(shown.Order(StringComparer.Ordinal),
            Directory.GetFiles(GuideScreenshots.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
