namespace Portal.Site;

/// <summary>The national platforms the footer links to, as their official instructions give the addresses.</summary>
public static class GovernmentPlatforms
{
    /// <summary>工业和信息化部 ICP/IP地址/域名信息备案管理系统: the ICP number is looked up there by hand.</summary>
    public const string IcpQuery = "https://beian.miit.gov.cn/";

    /// <summary>全国互联网安全管理服务平台: the query page for one 公安机关备案号 (the digits of 甘公网安备62010202000123号).</summary>
    public static string PublicSecurityQuery(string filing) =>
        "https://beian.mps.gov.cn/#/query/webSearch?code=" + string.Concat(filing.Where(char.IsAsciiDigit));

    /// <summary>全国政府网站“我为政府网站找错”平台, keyed by the 网站标识码.</summary>
    public static string ErrorReport(string siteCode) =>
        "https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo?sitecode=" + Uri.EscapeDataString(siteCode);
}
