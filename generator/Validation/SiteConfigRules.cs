using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>
/// site.yml against the media folder (banner, 党政机关标识, the new-media accounts' QR codes) and its own items taken together: the browser editor's
/// settings are complete when a backend is chosen. Each address's form is the field rules' (their patterns).
/// </summary>
public static class SiteConfigRules
{
    public static void Check(RuleContext context, SiteConfig site)
    {
        var file = SiteConfigReader.FileName;
        if (site.Banner is { } banner)
        {
            context.CheckMedia(file, banner.Src, "首页横幅图片", SiteFields.BannerSrc);
            if (banner.Alt.Length == 0)
            {
                context.Diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, file, banner.Src.Line, banner.Src.Column,
                    "首页横幅图片缺少文字说明（alt）。", "请在 banner 中加上 alt，写出横幅上的内容和文字，供视障读者的读屏软件朗读。");
            }
        }
        if (site.Conac.Logo is { } logo) context.CheckMedia(file, logo, "党政机关标识图片", SiteFields.ConacLogo);
        foreach (var account in site.NewMedia) context.CheckMedia(file, account.Qr, $"{account.Platform}“{account.Name}”的二维码图片", SiteFields.NewMediaQr);
        CheckEditing(context, site.Editing);
    }

    /// <summary>
    /// The published editor's backend: every item it needs, so that a half-filled `editing` fails here, with the item
    /// named, and not at the editors' sign-in. A backend, repository or server the definition refuses is the field rules'.
    /// </summary>
    private static void CheckEditing(RuleContext context, EditingSettings editing)
    {
        if (editing.Backend is not { } backend || !FieldRules.Accepts(SiteFields.EditingBackend, backend)) return;
        var missing = new List<string>();
        if (editing.Repo.Length == 0) missing.Add("代码仓库（repo，如 gansu-transport/portal）");
        // The same test the page tree applies before it configures the editor: a server that passes here is used there.
        if (FieldRules.Accepts(SiteFields.EditingServer, editing.Server)
            && (!Uri.TryCreate(editing.Server, UriKind.Absolute, out var server) || server.Scheme != Uri.UriSchemeHttps))
            missing.Add(backend == EditingBackends.GitHub ? "OAuth 登录中转服务地址（server，以 https:// 开头）" : "Forgejo 服务器地址（server，以 https:// 开头）");
        if (backend == EditingBackends.Forgejo && editing.AppId.Length == 0) missing.Add("OAuth 应用编号（appId）");
        if (missing.Count > 0)
        {
            context.Diagnostics.Error(DiagnosticCodes.EditingIncomplete, SiteConfigReader.FileName, editing.Line, editing.Column,
                $"浏览器编辑的设置不完整：缺少或写错了{string.Join("、", missing)}。",
                "请在 site.yml 的 editing 下补全这些项（见 docs/cms-backends.md），或把 backend 留空，只在本机预览中编辑。");
        }
    }
}
