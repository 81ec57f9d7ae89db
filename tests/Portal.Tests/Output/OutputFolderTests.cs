using System.Text;
using Portal.Output;

namespace Portal.Tests.Output;

/// <summary>How site files land in a folder: where, in what bytes, and only when they changed.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder temp = new("portal-output");

    private string Site => temp.Combine("_site");

    /// <summary>A full build that wrote <paramref name="files"/>, then the in-place folder `serve` updates after it.</summary>
    private OutputFolder ServedAfter(params (string SitePath, string Text)[] files)
    {
        var first = new OutputFolder(Site);
        foreach (var (sitePath, text) in files) first.WriteText(sitePath, text);
        return new OutputFolder(Site, first.Memo.Next(), inPlace: true);
    }

    private string FileOnDisk(string relative) => Path.Combine(Site, relative);

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("tasks/4/", "tasks/4/index.html")]
    [InlineData("feed.xml", "feed.xml")]
    [InlineData("tasks/ledger.csv", "tasks/ledger.csv")]
    public void A_folder_path_is_served_by_its_index_html(string sitePath, string file)
    {
        Assert.Equal(file, OutputFolder.FileOf(sitePath));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_a_byte_order_mark_into_new_folders()
    {
        var folder = new OutputFolder(Site);
        folder.WriteText("tags/农村公路/", "农村公路");
        Assert.Equal(Encoding.UTF8.GetBytes("农村公路"), File.ReadAllBytes(FileOnDisk("tags/农村公路/index.html")));
        Assert.Equal(1, folder.FilesWritten);
    }

    [Fact]
    public void Unchanged_bytes_are_not_rewritten_and_changed_ones_are()
    {
        var folder = ServedAfter(("stories/", "列表"), ("notice/", "通知"));
        File.SetLastWriteTimeUtc(FileOnDisk("stories/index.html"), LongAgo);

        folder.WriteText("stories/", "列表");
        folder.WriteText("notice/", "通知（修订）");

        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(FileOnDisk("stories/index.html")));
        Assert.Equal("通知（修订）", File.ReadAllText(FileOnDisk("notice/index.html")));
        Assert.Equal(1, folder.FilesWritten);
    }

    [Fact]
    public void The_callers_fingerprint_of_the_inputs_decides_not_the_bytes()
    {
        // A page is skipped when what it is made from is unchanged: IsPublished lets the renderer not render it.
        var first = new OutputFolder(Site);
        first.WriteText("tasks/4/", "任务", inputs: 42);
        var folder = new OutputFolder(Site, first.Memo.Next(), inPlace: true);

        Assert.True(folder.IsPublished("tasks/4/", 42));
        folder.WriteText("tasks/4/", "不同的字节", inputs: 42);
        Assert.Equal("任务", File.ReadAllText(FileOnDisk("tasks/4/index.html")));
        Assert.Equal(0, folder.FilesWritten);
    }

    [Fact]
    public void An_in_place_write_replaces_the_file_whole_so_a_reader_never_sees_half_of_it()
    {
        var old = new string('旧', 100_000);
        var folder = ServedAfter(("search/", old));
        // A reader that opened the page before the write (the preview server sending it) ...
        using var reader = new FileStream(FileOnDisk("search/index.html"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        folder.WriteText("search/", "新");

        // ... still reads the old page to its end: the new one came in by a rename, not over the old bytes.
        using (var text = new StreamReader(reader)) Assert.Equal(old, text.ReadToEnd());
        Assert.Equal("新", File.ReadAllText(FileOnDisk("search/index.html")));
        Assert.Empty(Directory.EnumerateFiles(Site, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_copied_file_is_copied_again_only_when_its_source_changed()
    {
        var source = temp.Combine("road.png");
        File.WriteAllBytes(source, [1, 2, 3]);
        var first = new OutputFolder(Site);
        first.Copy(source, "media/2025/road.png");
        var folder = new OutputFolder(Site, first.Memo.Next(), inPlace: true);
        File.SetLastWriteTimeUtc(FileOnDisk("media/2025/road.png"), LongAgo);

        folder.Copy(source, "media/2025/road.png");
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(FileOnDisk("media/2025/road.png")));

        File.WriteAllBytes(source, [1, 2, 3, 4]);
        var next = new OutputFolder(Site, folder.Memo.Next(), inPlace: true);
        next.Copy(source, "media/2025/road.png");
        Assert.Equal([1, 2, 3, 4], File.ReadAllBytes(FileOnDisk("media/2025/road.png")));
        Assert.Equal(1, next.FilesWritten);
    }

    [Fact]
    public void Vanished_files_and_the_folders_they_leave_empty_are_removed_and_nothing_else()
    {
        var folder = ServedAfter(("", "首页"), ("stories/2025/old/", "旧稿"), ("tags/a/", "甲"), ("tags/b/", "乙"));
        File.WriteAllText(FileOnDisk("stray.txt"), "not the site's");

        folder.WriteText("", "首页");
        folder.WriteText("tags/a/", "甲");
        folder.RemoveVanished();

        Assert.False(Directory.Exists(FileOnDisk("stories")), "stories/2025/old/ and the folders above it emptied");
        Assert.False(Directory.Exists(FileOnDisk("tags/b")));
        Assert.True(File.Exists(FileOnDisk("tags/a/index.html")));
        Assert.True(File.Exists(FileOnDisk("index.html")));
        Assert.True(File.Exists(FileOnDisk("stray.txt")), "only files the site published are removed");
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("tags/../../escape.html")]
    public void A_path_that_leaves_the_output_folder_is_refused(string sitePath)
    {
        var folder = new OutputFolder(Site);
        Assert.Throws<InvalidOperationException>(() => folder.WriteText(sitePath, "x"));
        Assert.False(File.Exists(temp.Combine("escape.html")));
    }

    public void Dispose() => temp.Dispose();
}
