using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    public static Loaded<SiteConfig> Read(ContentFiles files, DiagnosticBag diagnostics)
    {
        var map = YamlFileReader.ReadMapping(files, SiteFields.Document, diagnostics);
        if (map is null) return new(null, []);
        var title = map.String(SiteFields.Title);
        var baseUrlText = map.String(SiteFields.BaseUrl);
        Uri? baseUrl = null;
        if (baseUrlText is { } b)
        {
            var value = b.Value.EndsWith('/') ? b.Value : b.Value + "/";
            if (!Uri.TryCreate(value, UriKind.Absolute, out baseUrl) || (baseUrl.Scheme != "https" && baseUrl.Scheme != "http"))
            {
                // A value breaking the field's pattern is the field rules' to report; one that keeps it and still is no
                // address (rare) is reported here, so that the site never stops without a message.
                if (Regex.IsMatch(b.Value, SiteFields.BaseUrl.Pattern!.Regex, RegexOptions.ECMAScript))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidBaseUrl, FileName, b.Line, b.Column,
                        $"网站地址“{b.Value}”不是有效的网址。", "请写完整地址，例如“baseUrl: https://example.gov.cn/portal/”。");
                }
                baseUrl = null;
            }
        }
        var contact = map.Map(SiteFields.Contact);
        var conac = map.Map(SiteFields.Conac);
        var feedback = map.Map(SiteFields.Feedback);
        var newMedia = NewMedia(map);
        var editing = map.Map(SiteFields.Editing);
        var bannerMap = map.Map(SiteFields.Banner);
        var dispatch = map.Map(SiteFields.Dispatch);
        var dispatchEvery = dispatch?.String(SiteFields.DispatchEvery);
        dispatch?.ReportUnknownKeys();
        var banner = bannerMap?.String(SiteFields.BannerSrc) is { } src ? new MediaImage(src, bannerMap.String(SiteFields.BannerAlt)?.Value ?? "", "") : null;
        bannerMap?.ReportUnknownKeys();
        var config = title is null || baseUrl is null
            ? null
            : new SiteConfig
            {
                Title = title.Value.Value,
                ShortTitle = map.String(SiteFields.ShortTitle)?.Value ?? title.Value.Value,
                Description = map.String(SiteFields.Description)?.Value ?? "",
                BaseUrl = baseUrl,
                Banner = banner,
                Organizer = map.String(SiteFields.Organizer)?.Value ?? "",
                Operator = map.String(SiteFields.Operator)?.Value ?? "",
                Contact = new ContactInfo
                {
                    Address = contact?.String(SiteFields.ContactAddress)?.Value ?? "",
                    Phone = contact?.String(SiteFields.ContactPhone)?.Value ?? "",
                    Email = contact?.String(SiteFields.ContactEmail)?.Value ?? "",
                },
                Icp = map.String(SiteFields.Icp)?.Value ?? "",
                PublicSecurityFiling = map.String(SiteFields.PublicSecurityFiling)?.Value ?? "",
                SiteCode = map.String(SiteFields.SiteCode)?.Value ?? "",
                Conac = new ConacMark { Url = conac?.String(SiteFields.ConacUrl), Logo = conac?.String(SiteFields.ConacLogo) },
                ErrorReport = map.String(SiteFields.ErrorReport),
                Feedback = new FeedbackChannels
                {
                    Url = feedback?.String(SiteFields.FeedbackUrl),
                    Phone = feedback?.String(SiteFields.FeedbackPhone)?.Value ?? "",
                    Email = feedback?.String(SiteFields.FeedbackEmail)?.Value ?? "",
                    Address = feedback?.String(SiteFields.FeedbackAddress)?.Value ?? "",
                },
                NewMedia = newMedia,
                Editing = Editing(editing),
                DispatchEvery = dispatchEvery,
            };
        contact?.ReportUnknownKeys();
        conac?.ReportUnknownKeys();
        feedback?.ReportUnknownKeys();
        editing?.ReportUnknownKeys();
        map.ReportUnknownKeys();
        return new(config, map.Written);
    }

    /// <summary>The accounts complete enough to show; one without a platform, name or QR code is reported by the field rules.</summary>
    private static List<NewMediaAccount> NewMedia(YamlMap map)
    {
        var accounts = new List<NewMediaAccount>();
        foreach (var item in map.MapList(SiteFields.NewMedia))
        {
            var platform = item.String(SiteFields.NewMediaPlatform);
            var name = item.String(SiteFields.NewMediaName);
            var url = item.String(SiteFields.NewMediaUrl);
            var qr = item.String(SiteFields.NewMediaQr);
            item.ReportUnknownKeys();
            if (platform is null || name is null || qr is null) continue;
            accounts.Add(new NewMediaAccount { Platform = platform.Value.Value, Name = name.Value.Value, Url = url, Qr = qr.Value });
        }
        return accounts;
    }

    private static EditingSettings Editing(YamlMap? editing)
    {
        if (editing is null) return new EditingSettings();
        var backend = editing.String(SiteFields.EditingBackend);
        return new EditingSettings
        {
            Backend = backend is { Value.Length: > 0 } b ? b.Value : null,
            Repo = editing.String(SiteFields.EditingRepo)?.Value.Trim() ?? "",
            Branch = editing.String(SiteFields.EditingBranch)?.Value.Trim() is { Length: > 0 } branch ? branch : "main",
            Server = editing.String(SiteFields.EditingServer)?.Value.Trim() ?? "",
            AppId = editing.String(SiteFields.EditingAppId)?.Value.Trim() ?? "",
            Review = editing.Bool(SiteFields.EditingReview, defaultValue: true),
            Line = backend?.Line ?? 0,
            Column = backend?.Column ?? 0,
        };
    }
}
