using Portal.Diagnostics;
using Portal.Output;

namespace Portal.Tests.Output;

/// <summary>A build renders into a staging folder and swaps it in only on success; `serve` updates in place.</summary>
public sealed class SitePublisherTests : IDisposable
{
    private readonly TempFolder temp = new("portal-publish");
    private readonly DiagnosticBag diagnostics = new();

    private string Site => temp.Combine("_site");

    private string Read(string relative) => File.ReadAllText(Path.Combine(Site, relative));

    /// <summary>What the publisher may leave beside the output: nothing but the output itself (and a serve marker).</summary>
    private IEnumerable<string> Beside() =>
        Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Where(n => n != "_site")!;

    private OutputFolder? Publish(Func<OutputFolder, bool> render, string? session = null) =>
        SitePublisher.Publish(Site, render, diagnostics, session);

    /// <summary>A folder a killed build left beside the output, holding a home page.</summary>
    private void LeftBehind(string name, string homePage)
    {
        Directory.CreateDirectory(temp.Combine(name));
        File.WriteAllText(temp.Combine(name, "index.html"), homePage);
    }

    private void PublishOld() => Assert.NotNull(Publish(f => { f.WriteText("", "旧首页"); f.WriteText("old/", "旧页"); return true; }));

    [Fact]
    public void A_publish_replaces_the_whole_output_and_leaves_nothing_beside_it()
    {
        PublishOld();
        var folder = Publish(f => { f.WriteText("", "新首页"); return true; });

        Assert.NotNull(folder);
        Assert.Equal(1, folder.FilesWritten);
        Assert.Equal("新首页", Read("index.html"));
        Assert.False(Directory.Exists(Path.Combine(Site, "old")), "a full build starts from an empty folder");
        Assert.Empty(Beside());
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_render_that_fails_keeps_the_previous_site_untouched()
    {
        PublishOld();
        var folder = Publish(f => { f.WriteText("", "写了一半"); return false; });

        Assert.Null(folder);
        Assert.Equal("旧首页", Read("index.html"));
        Assert.Equal("旧页", Read("old/index.html"));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_write_error_keeps_the_previous_site_and_is_reported_as_such()
    {
        PublishOld();
        var folder = Publish(f => { f.WriteText("", "新"); throw new IOException("磁盘已满"); });

        Assert.Null(folder);
        Assert.Equal("旧首页", Read("index.html"));
        var error = Assert.Single(diagnostics.Snapshot());
        Assert.Equal(DiagnosticCodes.OutputNotWritable, error.Code);
        Assert.Contains("磁盘已满", error.Message);
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_swap_killed_between_its_two_renames_is_undone_before_the_next_build()
    {
        // Killed after "_site → ._site.previous-N" and before "staging → _site": only the previous site exists.
        LeftBehind("._site.previous-999999", "旧首页");

        Assert.Null(Publish(_ => false));

        Assert.Equal("旧首页", Read("index.html"));
        Assert.Empty(Beside());
    }

    [Fact]
    public void Staging_folders_left_by_a_killed_build_are_removed()
    {
        LeftBehind("._site.staging-999999", "半个网站");

        Assert.NotNull(Publish(f => { f.WriteText("", "首页"); return true; }));

        Assert.Empty(Beside());
    }

    [Fact]
    public void The_serve_session_marker_sits_beside_the_output_and_a_plain_build_removes_it()
    {
        Assert.NotNull(Publish(f => { f.WriteText("", "首页"); return true; }, session: "serve-1"));

        Assert.Equal(["._site.serve-session"], Beside());
        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(Site).Select(Path.GetFileName));
        Assert.True(SitePublisher.IsSession(Site, "serve-1"));
        Assert.False(SitePublisher.IsSession(Site, "serve-2"));

        Assert.NotNull(Publish(f => { f.WriteText("", "首页"); return true; }));
        Assert.False(SitePublisher.IsSession(Site, "serve-1"), "a build into the served folder ends the session's claim");
        Assert.Empty(Beside());
    }

    [Fact]
    public void An_update_rewrites_changed_files_in_place_and_removes_vanished_ones()
    {
        var published = Publish(f => { f.WriteText("", "首页"); f.WriteText("tags/a/", "甲"); f.WriteText("tags/b/", "乙"); return true; });
        File.SetLastWriteTimeUtc(Path.Combine(Site, "tags/a/index.html"), new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var updated = SitePublisher.Update(Site, published!.Memo.Next(), f => { f.WriteText("", "新首页"); f.WriteText("tags/a/", "甲"); return true; }, diagnostics);

        Assert.NotNull(updated);
        Assert.Equal(1, updated.FilesWritten);
        Assert.Equal("新首页", Read("index.html"));
        Assert.Equal(2000, File.GetLastWriteTimeUtc(Path.Combine(Site, "tags/a/index.html")).Year);
        Assert.False(Directory.Exists(Path.Combine(Site, "tags", "b")));
        Assert.Empty(Beside());
    }

    [Fact]
    public void An_update_whose_render_fails_removes_nothing()
    {
        var published = Publish(f => { f.WriteText("", "首页"); f.WriteText("tags/b/", "乙"); return true; });

        var updated = SitePublisher.Update(Site, published!.Memo.Next(), f => { f.WriteText("", "首页"); return false; }, diagnostics);

        Assert.Null(updated);
        Assert.Equal("乙", Read("tags/b/index.html"));
    }

    public void Dispose() => temp.Dispose();
}
