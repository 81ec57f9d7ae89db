using Portal.Output;

namespace Portal.Tests.Output;

/// <summary>The memo `serve` hands from one build to the next: what is already published, what vanished.</summary>
public sealed class OutputMemoTests
{
    /// <summary>The memo after a build that published <paramref name="files"/>.</summary>
    private static OutputMemo Published(params (string File, ulong Fingerprint)[] files)
    {
        var memo = new OutputMemo();
        foreach (var (file, fingerprint) in files) memo.IsPublished(file, fingerprint);
        return memo.Next();
    }

    [Fact]
    public void A_full_build_memo_knows_no_file_and_nothing_vanishes()
    {
        var memo = new OutputMemo();
        Assert.False(memo.IsPublished("index.html", 1));
        Assert.Empty(memo.Vanished());
    }

    [Fact]
    public void An_unrecorded_memo_writes_every_file_and_has_no_next_build()
    {
        var memo = OutputMemo.Unrecorded();
        Assert.False(memo.IsPublished("index.html", 1));
        Assert.False(memo.IsPublished("index.html", 1));
        Assert.Empty(memo.Vanished());
        Assert.Throws<InvalidOperationException>(() => memo.Next());
    }

    [Fact]
    public void A_file_is_published_when_its_fingerprint_is_the_one_the_last_build_wrote()
    {
        var memo = Published(("index.html", 1), ("feed.xml", 2));
        Assert.True(memo.IsPublished("index.html", 1));
        Assert.False(memo.IsPublished("feed.xml", 3));
        Assert.False(memo.IsPublished("new.html", 1));
    }

    [Fact]
    public void Next_carries_changed_fingerprints_and_new_files_to_the_build_after()
    {
        var memo = Published(("index.html", 1), ("feed.xml", 2));
        memo.IsPublished("index.html", 1);
        memo.IsPublished("feed.xml", 3);
        memo.IsPublished("new.html", 4);

        var next = memo.Next();
        Assert.True(next.IsPublished("index.html", 1));
        Assert.True(next.IsPublished("feed.xml", 3));
        Assert.True(next.IsPublished("new.html", 4));
        Assert.Empty(next.Vanished());
    }

    [Fact]
    public void Files_the_build_does_not_produce_again_vanish_in_ordinal_order()
    {
        var memo = Published(("b.html", 1), ("a.html", 1), ("Z.html", 1), ("kept.html", 1));
        memo.IsPublished("kept.html", 1);
        Assert.Equal(["Z.html", "a.html", "b.html"], memo.Vanished());
    }

    [Fact]
    public void A_vanished_file_is_forgotten_by_the_next_memo()
    {
        var memo = Published(("a.html", 1), ("gone.html", 1));
        memo.IsPublished("a.html", 1);
        var next = memo.Next();

        next.IsPublished("a.html", 1);
        Assert.Empty(next.Vanished());
        Assert.False(next.IsPublished("gone.html", 1), "a file that came back is written again");
    }

    [Fact]
    public void A_file_the_last_build_produced_but_this_one_does_not_vanishes_two_builds_on()
    {
        var memo = Published(("a.html", 1), ("b.html", 1));
        memo.IsPublished("a.html", 1);
        memo.IsPublished("b.html", 1);
        var third = memo.Next();

        third.IsPublished("a.html", 1);
        Assert.Equal(["b.html"], third.Vanished());
    }

    [Fact]
    public void A_file_marked_by_two_render_threads_counts_once()
    {
        // Counted twice, "a" would make up for the vanished "c": the count would say all came back, and "c" would stay on the site.
        var memo = Published(("a.html", 1), ("b.html", 1), ("c.html", 1));
        Parallel.For(0, 2, _ => memo.IsPublished("a.html", 1));
        memo.IsPublished("b.html", 1);
        Assert.Equal(["c.html"], memo.Vanished());
    }
}
