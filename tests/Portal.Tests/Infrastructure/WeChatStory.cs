namespace Portal.Tests.Infrastructure;

/// <summary>
/// A story with what the 公众号 copy must carry (#23): headings, a table, a link inside the site and one outside, two
/// pictures with captions, a 来源 with the original's address and a 责任编辑.
/// </summary>
public static class WeChatStory
{
    public const string File = "stories/2025/2025-03-14-wechat-copy.md";
    public const string Path = "stories/2025/2025-03-14-wechat-copy/";
    public const string Title = "农村公路养护工作取得新进展";
    public const string FirstCaption = "图为养护工人清理积雪";
    public const string SecondCaption = "图为新建成的农村公路";
    public const string OutsideLink = "https://www.mot.gov.cn/";
    public const string SourceUrl = "https://www.gansudaily.com.cn/";
    public const string Editor = "张三";

    public static readonly string[] Headings = ["主要做法", "取得成效", "下一步"];

    public static string Body =>
        """
        导语：全省交通运输系统推进农村公路养护。详见[通知原文](/notice/)和[交通运输部网站](https://www.mot.gov.cn/)。

        ## 主要做法

        ^^^
        ![养护工人在雪后清理路面](media/2025/road.png)
        ^^^ 图为养护工人清理积雪

        | 项目 | 里程 |
        | --- | ---: |
        | 新改建农村公路 | 120公里 |
        | 日常养护 | 300公里 |

        ## 取得成效

        ^^^
        ![新建成的农村公路，两侧是麦田](media/2025/poster.png)
        ^^^ 图为新建成的农村公路

        ### 下一步

        继续推进**农村公路**高质量发展。
        """;

    /// <summary>Writes the story and its two pictures into a content folder.</summary>
    public static void WriteTo(string contentDir)
    {
        var media = System.IO.Path.Combine(contentDir, "media", "2025");
        Directory.CreateDirectory(media);
        System.IO.File.WriteAllBytes(System.IO.Path.Combine(media, "road.png"), FixtureContent.Png);
        System.IO.File.WriteAllBytes(System.IO.Path.Combine(media, "poster.png"), FixtureContent.Png);
        var story = ContentCase.Story(title: Title,
            extra: $"source:\n  name: 甘肃日报\n  medium: 报纸\n  url: {SourceUrl}\n  date: 2025-03-15\neditor: {Editor}", body: Body);
        var full = System.IO.Path.Combine(contentDir, File);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, story);
    }
}
