using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Loading;

public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    private static readonly string[] Keys =
        ["title", "shortTitle", "description", "baseUrl", "organizer", "operator", "contact", "icp", "publicSecurityFiling", "siteCode"];

    public static SiteConfig? Read(ContentFiles files, DiagnosticBag diagnostics)
    {
        var map = YamlFileReader.ReadMapping(files, FileName, diagnostics);
        if (map is null) return null;
        var title = map.String("title", "网站名称", required: true);
        var baseUrlText = map.String("baseUrl", "网站地址", required: true);
        Uri? baseUrl = null;
        if (baseUrlText is { } b)
        {
            var value = b.Value.EndsWith('/') ? b.Value : b.Value + "/";
            if (!Uri.TryCreate(value, UriKind.Absolute, out baseUrl) || (baseUrl.Scheme != "https" && baseUrl.Scheme != "http"))
            {
                diagnostics.Error(DiagnosticCodes.InvalidBaseUrl, FileName, b.Line, b.Column,
                    $"网站地址“{b.Value}”不是有效的网址。", "请写完整地址，例如“baseUrl: https://example.gov.cn/portal/”。");
                baseUrl = null;
            }
        }
        var contact = map.Map("contact", "联系方式");
        var config = title is null || baseUrl is null
            ? null
            : new SiteConfig
            {
                Title = title.Value.Value,
                ShortTitle = map.String("shortTitle", "网站简称")?.Value ?? title.Value.Value,
                Description = map.String("description", "网站简介")?.Value ?? "",
                BaseUrl = baseUrl,
                Organizer = map.String("organizer", "主办单位")?.Value ?? "",
                Operator = map.String("operator", "承办单位")?.Value ?? "",
                Contact = new ContactInfo
                {
                    Address = contact?.String("address", "地址")?.Value ?? "",
                    Phone = contact?.String("phone", "电话")?.Value ?? "",
                    Email = contact?.String("email", "电子邮箱")?.Value ?? "",
                },
                Icp = map.String("icp", "ICP备案号")?.Value ?? "",
                PublicSecurityFiling = map.String("publicSecurityFiling", "公安备案号")?.Value ?? "",
                SiteCode = map.String("siteCode", "网站标识码")?.Value ?? "",
            };
        contact?.ReportUnknownKeys(["address", "phone", "email"]);
        map.ReportUnknownKeys(Keys);
        return config;
    }
}
