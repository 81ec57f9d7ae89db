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
