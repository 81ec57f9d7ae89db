using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Validation;

/// <summary>A Markdown body: images need alt text, media it links to must exist, links must not run script.</summary>
public static class BodyRules
{
    public static void Check(RuleContext context, MarkdownSource body)
    {
        var (diagnostics, media) = (context.Diagnostics, context.Content.MediaFiles);
        foreach (var link in body.Links)
        {
            if (LinkSafety.IsExecutable(link.Url))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeLink, body.File, link.Line, link.Column,
                    $"链接地址“{RuleContext.Shorten(link.Url)}”可能执行脚本，已禁止。", "链接只能是 https://、http://、mailto: 或站内地址。");
                continue;
            }
            if (link.Kind != MarkdownLinkKind.Image)
            {
                // A link to a media file (a PDF, a video) the site does not have would answer 404.
                if (MediaPath.IsMediaReference(link.Url) && !media.Contains(MediaPath.Normalize(link.Url) ?? ""))
                {
                    diagnostics.Error(DiagnosticCodes.MissingMedia, body.File, link.Line, link.Column,
                        $"找不到链接的文件“{link.Url}”。", "请把文件放到 content/media/ 下，并检查路径和文件名的大小写。");
                }
                continue;
            }
            if (LinkSafety.IsExternal(link.Url))
            {
                // The site's CSP allows images from the site only (no request to another host): it would show nothing.
                diagnostics.Error(DiagnosticCodes.ExternalImage, body.File, link.Line, link.Column,
                    $"图片“{RuleContext.Shorten(link.Url)}”在其他网站上，本站不显示其他网站的图片。",
                    "请把图片下载后放到 content/media/ 下，写成“![图片内容的描述](media/2025/xxx.jpg)”，并在图片说明中注明来源。");
            }
            if (!link.HasAltText)
            {
                diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, body.File, link.Line, link.Column,
                    "图片缺少文字说明（alt）。", "请写成“![图片内容的描述](media/2025/xxx.jpg)”，方括号里用一句话描述图片。");
            }
            if (MediaPath.IsMediaReference(link.Url) && !media.Contains(MediaPath.Normalize(link.Url) ?? ""))
            {
                diagnostics.Error(DiagnosticCodes.MissingMedia, body.File, link.Line, link.Column,
                    $"找不到图片文件“{link.Url}”。", "请把图片放到 content/media/ 下，并检查路径和文件名的大小写。");
            }
        }
    }
}
