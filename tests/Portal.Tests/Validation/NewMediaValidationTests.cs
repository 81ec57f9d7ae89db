using Portal.Diagnostics;
using Portal.Tests.Infrastructure;
using Portal.TestSupport;

namespace Portal.Tests.Validation;

/// <summary>
/// site.yml's 政务新媒体 accounts as `check` reads them: a platform from the fixed list (with a suggestion when misspelt),
/// a name (the QR code's alternative text is made from it), a QR code image that the site has, an address that is one.
/// Each problem is reported with its code at the line of the value, all at once.
/// </summary>
public sealed class NewMediaValidationTests
{
    /// <summary>The mini site's site.yml with one account written as given (line 4 is `- platform`, 5 `name`, 6 `url`, 7 `qr`).</summary>
    private static ContentCase Site(string platform = "微信公众号", string name = "交通测试公众号", string url = "\"\"", string qr = "media/wechat.png", bool withImage = true)
    {
        var yaml = new MiniSite().Texts["content/site.yml"].TrimEnd('\n') + $"\nnewMedia:\n  - platform: {platform}\n    name: {name}\n    url: {url}\n    qr: {qr}\n";
        var content = new ContentCase(new MiniSite().With("content/site.yml", yaml));
        return withImage ? content.WriteBytes("media/wechat.png", FixtureContent.Png) : content;
    }

    [Fact]
    public void A_complete_account_passes()
    {
        using var content = Site(url: "https://weibo.com/fixture");
        var result = content.Check();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.File == "site.yml" && d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("微信", "微信公众号")]
    [InlineData("头条", "今日头条")]
    [InlineData("新浪微博", "微博")]
    public void An_unknown_platform_is_an_error_suggesting_the_closest(string written, string suggested)
    {
        using var content = Site(platform: written);
        var error = ContentCase.Single(content.Check(), DiagnosticCodes.UnknownNewMediaPlatform);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("site.yml", error.File);
        Assert.Equal(4, error.Line);
        Assert.Equal($"未知的新媒体平台“{written}”，是否为“{suggested}”？", error.Message);
        Assert.Equal("新媒体平台只能是：微信公众号、微博、抖音、今日头条、视频号、其他。", error.Fix);
    }

    [Fact]
    public void A_qr_code_the_site_does_not_have_is_an_error_naming_the_account()
    {
        using var content = Site(withImage: false);
        var error = ContentCase.Single(content.Check(), DiagnosticCodes.MissingMedia);
        Assert.Equal(7, error.Line);
        Assert.Equal("找不到微信公众号“交通测试公众号”的二维码图片文件“media/wechat.png”。", error.Message);
    }

    [Fact]
    public void A_qr_code_outside_the_media_folder_is_an_error()
    {
        using var content = Site(qr: "content/media/wechat.png");
        var error = ContentCase.Single(content.Check(), DiagnosticCodes.MissingMedia);
        Assert.Equal(7, error.Line);
        Assert.StartsWith("二维码图片“content/media/wechat.png”", error.Message);
    }

    [Theory]
    [InlineData("name", "账号名称")]
    [InlineData("qr", "二维码图片")]
    [InlineData("platform", "新媒体平台")]
    public void An_account_without_its_name_its_qr_code_or_its_platform_is_an_error(string key, string label)
    {
        using var content = key switch
        {
            "name" => Site(name: "\"\""),
            "qr" => Site(qr: ""),
            _ => Site(platform: ""),
        };
        var result = content.Check();
        Assert.False(result.Success);
        var error = ContentCase.Single(result, DiagnosticCodes.RequiredFieldMissing);
        Assert.Equal($"缺少必填字段 {label}（{key}）。", error.Message);
        Assert.Equal("site.yml", error.File);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void An_account_address_that_is_no_web_address_is_an_error()
    {
        using var content = Site(url: "weibo.com/fixture");
        var error = ContentCase.Single(content.Check(), DiagnosticCodes.UnsafeLink);
        Assert.Equal(6, error.Line);
        Assert.StartsWith("账号主页地址“weibo.com/fixture”不是网页地址", error.Message);
    }

    [Fact]
    public void Every_broken_account_is_reported_at_once()
    {
        var yaml = new MiniSite().Texts["content/site.yml"].TrimEnd('\n')
            + "\nnewMedia:\n  - platform: 微信\n    name: 甲\n    qr: media/a.png\n  - platform: 抖音\n    name: \"\"\n    qr: media/b.png\n  - { platform: 快手, name: 乙, qr: media/c.png }\n";
        using var content = new ContentCase(new MiniSite().With("content/site.yml", yaml));
        var result = content.Check();
        Assert.False(result.Success);
        var codes = result.Diagnostics.Where(d => d.File == "site.yml" && d.Severity == Severity.Error).Select(d => (d.Code, d.Line)).OrderBy(d => d.Line).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                (DiagnosticCodes.UnknownNewMediaPlatform, 4), (DiagnosticCodes.MissingMedia, 6), (DiagnosticCodes.RequiredFieldMissing, 7),
                (DiagnosticCodes.MissingMedia, 10), (DiagnosticCodes.UnknownNewMediaPlatform, 10),
            ],
            codes);
    }
}
