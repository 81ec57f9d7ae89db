using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>
/// A story's video: its files exist and it has captions browsers show. Browsers show WebVTT only, and judge it by
/// content: a renamed .srt file shows no captions at all. .srt files are converted at build time, so they are checked
/// by converting them. The caption text comes from the loader (<see cref="ContentSet.CaptionTexts"/>).
/// </summary>
public static class CaptionRules
{
    public static void CheckVideo(RuleContext context, string file, MediaVideo video)
    {
        context.CheckMedia(file, video.Src, "视频", StoryFields.VideoSrc);
        if (video.Poster is { } poster) context.CheckMedia(file, poster, "视频封面", StoryFields.VideoPoster);
        if (video.Captions is { } captions)
        {
            if (context.CheckMedia(file, captions, "字幕文件", StoryFields.VideoCaptions)) CheckCaptions(context, file, captions);
        }
        else
        {
            context.Diagnostics.Error(DiagnosticCodes.VideoWithoutCaptions, file, video.Src.Line, video.Src.Column,
                "视频缺少字幕文件（captions）。", "请提供 WebVTT 字幕（.vtt），放在 content/media/ 下，并在 video 中写“captions: media/…/xxx.vtt”。");
        }
    }

    private static void CheckCaptions(RuleContext context, string file, Located<string> captions)
    {
        var diagnostics = context.Diagnostics;
        var path = MediaPath.Normalize(captions.Value)!;
        var isSrt = CaptionFile.IsSrtPath(path);
        if (!isSrt && !path.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.CaptionsNotWebVtt, file, captions.Line, captions.Column,
                $"字幕文件“{captions.Value}”既不是 WebVTT（.vtt）也不是 SRT（.srt）字幕，浏览器不会显示。",
                "请用字幕软件把字幕另存为 .vtt 或 .srt 文件，放到 content/media/ 下并改写 captions。");
            return;
        }
        // Absent: the loader could not read it and said so (PORTAL0002).
        if (context.Content.CaptionTexts.GetValueOrDefault(path) is not { } text) return;
        if (isSrt)
        {
            if (CaptionFile.SrtToWebVtt(text) is null)
            {
                diagnostics.Error(DiagnosticCodes.CaptionsNotWebVtt, file, captions.Line, captions.Column,
                    $"字幕文件“{captions.Value}”不是有效的 SRT 字幕，无法转换为网页字幕。",
                    "每条字幕应为：序号一行，“00:00:01,000 --> 00:00:04,000”一行，字幕文字，再空一行。请用字幕软件重新导出。");
            }
            return;
        }
        if (CaptionFile.WebVttProblem(text) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.CaptionsNotWebVtt, file, captions.Line, captions.Column,
                $"字幕文件“{captions.Value}”不是有效的 WebVTT 字幕：{problem.Problem}，浏览器不会显示。",
                CaptionFile.LooksLikeSrt(text)
                    ? "请把文件扩展名改回 .srt 并改写 captions（网站会自动转换），或运行 `check --fix` 把它转换为 WebVTT。"
                    : "WebVTT 文件第一行必须是“WEBVTT”，每条字幕的时间写成“00:00:01.000 --> 00:00:04.000”。请用字幕软件另存为 .vtt。");
        }
    }
}
