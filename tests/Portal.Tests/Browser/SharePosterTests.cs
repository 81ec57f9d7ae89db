using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>The fixture site plus a story with a long, punctuated title, a summary dense with punctuation and a real picture.</summary>
public sealed class PosterSite : ServedSite
{
    public const string StoryPath = "stories/2025/2025-06-18-share-poster/";

    /// <summary>Too long for three lines at the largest size: the poster shrinks it, then clamps it.</summary>
    public const string LongTitle =
        "省交通运输厅召开深化“三抓三促”行动推进会，部署农村公路建设、管理、养护、运营（“四好农村路”）和交通运输领域营商环境优化提升工作，要求各部门单位对照通知逐项抓好落实，确保年底前全部完成";

    /// <summary>Every break but one after “…”， is forbidden by 避头尾: each line must start with “ and no line may end with it.</summary>
    public const string PunctuatedSummary =
        "“建”，“管”，“护”，“运”，“修”，“养”，“通”，“畅”，“安”，“美”，“绿”，“优”，“快”，“好”，“稳”，“进”，“实”，“新”，“强”，“富”，“和”，“兴”";

    protected override void Prepare(string contentDir)
    {
        FixtureContent.Create(contentDir);
        // A real picture (1200 × 630), so the poster's picture frame shows something.
        File.Copy(Path.Combine(RepositoryPaths.Theme, "assets", "images", "share-default.png"), Path.Combine(contentDir, "media", "2025", "meeting.png"));
        File.WriteAllText(Path.Combine(contentDir, "stories", "2025", "2025-06-18-share-poster.md"), $"""
            ---
            title: {LongTitle}
            date: 2025-06-18
            tasks: [3]
            departments: [厅办公室]
            type: 即时报道
            summary: {PunctuatedSummary}
            cover: {"{"} src: media/2025/meeting.png, alt: 推进会会场, caption: 推进会现场 {"}"}
            source: 测试夹具
            ---

            6月18日，省交通运输厅召开推进会。
            """);
    }
}

/// <summary>
/// 生成分享海报 on a story and a task page, as a reader does it: press the button, see the poster, press 保存图片 and get a
/// PNG of the canvas's declared size whose QR code (decoded by ZXing.Net) is the page's address; nothing leaves the
/// site while it is drawn (the browser is offline by then), and the title and summary lines keep 避头尾.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class SharePosterTests(PosterSite site) : IClassFixture<PosterSite>
{
    // Closing marks (never at a line's start) and opening ones (never at its end), as GB/T 15834 and W3C clreq list them.
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’…—·％,.;:?!)]}%";
    private const string NoLineEnd = "（《「『【〔〈“‘([{";

    public static readonly string GuideShot = "14-share-poster.png";

    private sealed record Poster(byte[] Png, int DeclaredWidth, int DeclaredHeight, string[] TitleLines, string[] SummaryLines, List<string> Requests);

    /// <summary>Opens the page, takes the browser offline, presses 生成分享海报 and then 保存图片; returns the saved file.</summary>
    private async Task<Poster> MakeAsync(string path, string? screenshot = null)
    {
        var (context, page, requests) = await site.Chromium.NewPageAsync(new BrowserNewContextOptions { Locale = "zh-CN", AcceptDownloads = true, ViewportSize = new() { Width = 1000, Height = 1400 } });
        try
        {
            await page.GotoAsync(site.Url(path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
            var make = page.GetByRole(AriaRole.Button, new() { Name = "生成分享海报" });
            await make.WaitForAsync(new() { Timeout = 30_000 });
            Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "保存图片" }).IsVisibleAsync());

            // From here on nothing may be fetched: the poster is drawn from what the page already loaded.
            lock (requests) requests.Clear();
            await context.SetOfflineAsync(true);
            await make.ClickAsync();
            await page.WaitForSelectorAsync("[data-poster][data-state='done']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            List<string> during;
            lock (requests) during = [.. requests];
            Assert.Equal("分享海报已生成，可按“保存图片”下载，或长按图片保存、转发。", (await page.InnerTextAsync("[data-poster-status]")).Trim());
            Assert.True(await page.IsVisibleAsync("canvas.poster-canvas"));
            if (screenshot is not null) await page.Locator(".share").ScreenshotAsync(new() { Path = screenshot });

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "保存图片" }).ClickAsync(), new() { Timeout = 60_000 });
            Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);
            Assert.StartsWith("分享海报-", download.SuggestedFilename, StringComparison.Ordinal);
            var file = await download.PathAsync();
            var canvas = page.Locator("canvas.poster-canvas");
            var lines = (await canvas.GetAttributeAsync("data-summary-lines") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return new Poster(
                await File.ReadAllBytesAsync(file), int.Parse(await canvas.GetAttributeAsync("width") ?? "0"), int.Parse(await canvas.GetAttributeAsync("height") ?? "0"),
                (await canvas.GetAttributeAsync("data-title-lines") ?? "").Split('\n'), lines, during);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static StbImageSharp.ImageResult Image(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        return StbImageSharp.ImageResult.FromMemory(png, StbImageSharp.ColorComponents.Grey);
    }

    private static string? QrText(StbImageSharp.ImageResult image)
    {
        var reader = new ZXing.BarcodeReaderGeneric { Options = { TryHarder = true, PossibleFormats = [ZXing.BarcodeFormat.QR_CODE] } };
        return reader.Decode(new ZXing.RGBLuminanceSource(image.Data, image.Width, image.Height, ZXing.RGBLuminanceSource.BitmapFormat.Gray8))?.Text;
    }

    private void AssertNothingLeftTheSite(Poster poster) =>
        Assert.All(poster.Requests, url => Assert.StartsWith(site.Address.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));

    private static void AssertLineBreaking(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            Assert.DoesNotContain(line[0], NoLineStart);
            Assert.DoesNotContain(line[^1], NoLineEnd);
        }
    }

    [Fact]
    public async Task A_story_with_a_long_title_and_a_picture_makes_a_png_whose_qr_code_is_the_page_address()
    {
        var poster = await MakeAsync(PosterSite.StoryPath, GuideScreenshots.PathOf(GuideShot));

        Assert.Equal((750, 1334), (poster.DeclaredWidth, poster.DeclaredHeight));
        var image = Image(poster.Png);
        Assert.Equal((poster.DeclaredWidth, poster.DeclaredHeight), (image.Width, image.Height));
        Assert.Equal(site.Url(PosterSite.StoryPath).ToString(), QrText(image));
        AssertNothingLeftTheSite(poster);

        // The title shrank, then was clamped at three lines ending in an ellipsis; what is shown is the title's beginning.
        Assert.Equal(3, poster.TitleLines.Length);
        Assert.EndsWith("…", poster.TitleLines[^1], StringComparison.Ordinal);
        Assert.StartsWith(string.Concat(poster.TitleLines)[..^1], PosterSite.LongTitle, StringComparison.Ordinal);
        AssertLineBreaking(poster.TitleLines);

        // The summary allows a break only after “…”，: every line starts with “ (none with a closing mark).
        Assert.True(poster.SummaryLines.Length >= 2, string.Join(" | ", poster.SummaryLines));
        AssertLineBreaking(poster.SummaryLines);
        Assert.All(poster.SummaryLines, line => Assert.StartsWith("“", line, StringComparison.Ordinal));

        // The picture is drawn: the picture frame under the header holds the picture's red, not the poster's white paper.
        var frame = image.Data[(260 * image.Width) + 375];
        Assert.True(frame < 200, $"the picture frame is blank (grey level {frame})");
    }

    [Fact]
    public async Task A_task_page_makes_a_png_whose_qr_code_is_the_page_address()
    {
        var poster = await MakeAsync("tasks/1/");

        var image = Image(poster.Png);
        Assert.Equal((poster.DeclaredWidth, poster.DeclaredHeight), (image.Width, image.Height));
        Assert.Equal(site.Url("tasks/1/").ToString(), QrText(image));
        AssertNothingLeftTheSite(poster);
        Assert.NotEmpty(poster.TitleLines[0]);
        AssertLineBreaking(poster.TitleLines);
        AssertLineBreaking(poster.SummaryLines);
    }

    [Fact]
    public async Task Pages_other_than_stories_and_tasks_offer_no_poster()
    {
        var (context, page, _) = await site.Chromium.NewPageAsync();
        try
        {
            await page.GotoAsync(site.Url("coverage/").ToString());
            Assert.Equal(0, await page.Locator("[data-poster]").CountAsync());
            await page.GotoAsync(site.Url(PosterSite.StoryPath).ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "生成分享海报" }).WaitForAsync(new() { Timeout = 30_000 });
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
