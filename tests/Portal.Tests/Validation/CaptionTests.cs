using Portal.Diagnostics;
using Portal.Model;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Infrastructure.ContentCase;

namespace Portal.Tests.Validation;

/// <summary>Caption files are judged by content; .srt captions are served as WebVTT converted at build time.</summary>
public sealed class CaptionTests
{
    public const string Srt = "1\n00:00:01,000 --> 00:00:04,500\n农村公路通到了家门口。\n\n2\n00:00:05,000 --> 00:00:08,000\n群众出行更方便了。\n";

    private const string S = "stories/2025/2025-03-14-case.md";

    private static string VideoStory(string captions) => Story(type: "宣传短片", extra: $"video: {{ src: media/2025/film.mp4, captions: {captions} }}");

    [Fact]
    public void Srt_converts_to_WebVTT_with_dots_in_the_timings()
    {
        Assert.Equal("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\n农村公路通到了家门口。\n\n2\n00:00:05.000 --> 00:00:08.000\n群众出行更方便了。\n",
            CaptionFile.SrtToWebVtt(Srt.Replace("\n", "\r\n")));
        Assert.Null(CaptionFile.WebVttProblem(CaptionFile.SrtToWebVtt(Srt)!));
        Assert.Null(CaptionFile.SrtToWebVtt("1\n00:00:01 --> 00:00:04\n没有毫秒\n"));
    }

    [Theory]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:04.000\n字幕\n", null)]
    [InlineData("字幕\n", 1)]
    [InlineData("WEBVTT\n\n00:00:01,000 --> 00:00:04,000\n字幕\n", 3)]
    [InlineData("WEBVTT\n", 1)]
    public void WebVTT_is_judged_by_its_header_and_cue_timings(string text, int? faultLine) =>
        Assert.Equal(faultLine, CaptionFile.WebVttProblem(text)?.Line);

    [Fact]
    public void A_renamed_srt_file_fails_the_build_with_its_code()
    {
        using var content = new ContentCase().WriteBytes("media/2025/film.mp4", [0, 0, 0, 24]).Write("media/2025/film.vtt", Srt).Write(S, VideoStory("media/2025/film.vtt"));
        var d = Single(content.Build(), DiagnosticCodes.CaptionsNotWebVtt);
        Assert.Equal((S, 7), (d.File, d.Line));
        Assert.Contains("SRT", d.Message);
    }

    [Fact]
    public void An_srt_file_is_served_as_WebVTT_and_the_track_points_at_it()
    {
        using var content = new ContentCase().WriteBytes("media/2025/film.mp4", [0, 0, 0, 24]).Write("media/2025/film.srt", Srt).Write(S, VideoStory("media/2025/film.srt"));
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(CaptionFile.SrtToWebVtt(Srt), File.ReadAllText(Path.Combine(content.OutputDir, "media/2025/film.vtt")));
        var page = File.ReadAllText(Path.Combine(content.OutputDir, "stories/2025/2025-03-14-case/index.html"));
        Assert.Contains("media/2025/film.vtt\"", page);
        Assert.DoesNotContain("film.srt\"", page);
    }

    [Fact]
    public void A_picture_path_with_a_space_fails_the_build_and_the_angle_bracket_form_is_served()
    {
        using var broken = new ContentCase().Write(S, Story(body: "![培训现场](media/2025/通车 现场.png)"));
        Assert.Equal(11, Single(broken.Build(), DiagnosticCodes.UnparsedLink).Line);
        using var content = new ContentCase().WriteBytes("media/2025/通车 现场.png", [0x89, 0x50]).Write(S, Story(body: "![培训现场](<media/2025/通车 现场.png>)"));
        var result = content.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(content.OutputDir, "media/2025/通车 现场.png")));
        var page = File.ReadAllText(Path.Combine(content.OutputDir, "stories/2025/2025-03-14-case/index.html"));
        Assert.Contains("<img", page);
        Assert.DoesNotContain("![培训现场]", page);
    }
}
