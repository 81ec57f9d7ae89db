using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;

namespace Portal.Validation;

/// <summary>
/// The items of the 政府网站与政务新媒体检查指标 this generator can know from content, gathered into one warning whose
/// table the CI step summary shows: an inspector's list of what to fix before the site is checked.
/// </summary>
public sealed class InspectionSelfCheck
{
    private static readonly string[] TableHeader = ["检查项", "情况", "修改方法"];

    private readonly List<(string Item, string Finding, string Fix)> findings = [];

    public void Add(string item, string finding, string fix) => findings.Add((item, finding, fix));

    /// <summary>The identity every government site shows (标识码, 备案, 党政机关标识), the public's channel and the notice's 索引号.</summary>
    public void CheckIdentity(SiteConfig? site, Notice? notice)
    {
        if (site is not null)
        {
            if (site.SiteCode.Length == 0)
                Add("网站标识码", "site.yml 未填写 siteCode。", "填写政府网站标识码（siteCode），页面底部和每页的 SiteIDCode 元数据会显示它。");
            if (site.Icp.Length == 0)
                Add("ICP备案号", "site.yml 未填写 icp。", "填写工业和信息化部的ICP备案号（icp），如“陇ICP备00000000号”。");
            if (!site.Conac.IsFilled)
                Add("党政机关标识", "site.yml 的 conac 未填写完整。", "在 conac 中填写标识验证地址（url），并把标识图片放到 content/media/ 下、写在 logo 中。");
            if (site.Feedback.IsEmpty)
                Add("咨询建言渠道", "site.yml 的 feedback 一项也没有填写，没有供公众咨询建言和监督的渠道。", "在 feedback 中至少填写留言系统地址、电话、邮箱或来信地址中的一项。");
        }
        if (notice is not null && notice.IndexNumber.Length == 0)
            Add("索引号", "notice.md 未填写 indexNumber。", "按本厅政府信息公开目录的编号规则填写通知的索引号（indexNumber）。");
    }

    /// <summary>
    /// Facts the notice does not give, which the shipped content leaves empty and the site shows nowhere until the
    /// operator has confirmed and filled them in (待确认): an unconfirmed fact shown as confirmed is worse than a gap.
    /// </summary>
    public void CheckUnconfirmed(SiteConfig? site, IReadOnlyList<Department> departments)
    {
        if (site is not null)
        {
            if (site.Operator.Length == 0)
                Add("承办单位（待确认）", "site.yml 未填写 operator；通知没有写明承办单位，网站不显示这一项。", "核实本站的承办单位后填写 operator，页面底部即显示。");
            if (site.Contact is { Address.Length: 0, Phone.Length: 0, Email.Length: 0 })
                Add("联系方式（待确认）", "site.yml 的 contact 一项也没有填写；通知没有给出联系方式，网站不显示。", "核实后在 contact 中填写通讯地址、电话或邮箱，页面底部和“联系我们”页即显示。");
            if (site.NewMedia.Count == 0)
                Add("政务新媒体（待确认）", "site.yml 的 newMedia 没有列出账号；检查时要求网站公布本单位的政务新媒体账号。", "核实本厅开设的微信公众号、微博等账号后，在 newMedia 中逐个填写平台、名称和二维码图片。");
        }
        var unnamed = departments.Where(d => d.FullName.Length == 0).Select(d => d.Name).ToList();
        if (unnamed.Count > 0)
            Add("部门全称（待确认）", $"departments.yml 中{string.Join("、", unnamed)}未填写 fullName；通知没有给出其全称，网站只显示规范名称。",
                "核实正式全称后填写各部门的 fullName；不要按推测补全。");
    }

    public void Report(DiagnosticBag diagnostics)
    {
        if (findings.Count == 0) return;
        var table = new List<IReadOnlyList<string>> { TableHeader };
        table.AddRange(findings.Select(f => (IReadOnlyList<string>)[f.Item, f.Finding, f.Fix]));
        diagnostics.Add(new Diagnostic(DiagnosticCodes.InspectionSelfCheck, Severity.Warning, SiteConfigReader.FileName, 0, 0,
            $"政府网站检查自查：{findings.Count} 项不符合检查指标（{string.Join("、", findings.Select(f => f.Item))}）。",
            string.Join("；", findings.Select(f => $"{f.Item}：{f.Fix.TrimEnd('。')}")) + "。CI 的运行摘要中有逐项表格。")
        {
            Table = table,
        });
    }
}
