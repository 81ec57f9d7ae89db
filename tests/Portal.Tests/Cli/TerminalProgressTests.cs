using Portal.Cli;

namespace Portal.Tests.Cli;

/// <summary>The progress line a terminal shows during a build: redrawn in place and erased at the end.</summary>
public sealed class TerminalProgressTests
{
    [Fact]
    public void Steps_are_drawn_on_one_line_with_a_page_count_and_erased_at_the_end()
    {
        var output = new StringWriter();
        using (var progress = new TerminalProgress(output, TimeSpan.Zero))
        {
            progress.Report("读取内容");
            progress.Report("生成页面", 12, 48);
            progress.Report("生成页面", 48, 48);
        }
        var frames = output.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("读取内容…", frames[0].TrimEnd());
        Assert.Equal("生成页面 ██████░░░░░░░░░░░░░░░░░░ 12/48", frames[1].TrimEnd());
        Assert.Equal("生成页面 ████████████████████████ 48/48", frames[2].TrimEnd());
        // The last frame blanks out the widest text shown and returns to the start of the line.
        Assert.Equal("", frames[3].Trim());
        Assert.True(frames[3].Length >= frames[2].Length, "the erasing frame must cover the previous one");
        Assert.EndsWith("\r", output.ToString());
        Assert.DoesNotContain('\n', output.ToString());
    }

    [Fact]
    public void Counts_within_a_step_are_throttled_but_the_last_one_is_always_shown()
    {
        var output = new StringWriter();
        var progress = new TerminalProgress(output, TimeSpan.FromHours(1));
        for (var i = 1; i <= 1000; i++) progress.Report("生成页面", i, 1000);
        var frames = output.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, frames.Length);
        Assert.EndsWith("1/1000", frames[0].TrimEnd());
        Assert.EndsWith("1000/1000", frames[1].TrimEnd());
    }
}
