using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Authoring;

/// <summary>
/// Derives the ASCII part of a story's file name from its Chinese title. No pinyin library is available here,
/// so known campaign words are translated (农村公路 → rural-roads); failing that, the key task's own slug
/// (tasks/04-rural-revitalization.md → rural-revitalization) keeps the name meaningful. --slug always wins.
/// </summary>
public static partial class StorySlug
{
    private static readonly (string Chinese, string English)[] Words =
    [
        ("四好农村路", "rural-roads"), ("农村公路", "rural-roads"), ("乡村振兴", "rural-revitalization"), ("定点帮扶", "assistance"),
        ("债务", "debt"), ("拖欠", "arrears"), ("工程款", "payments"), ("专项债", "special-bonds"),
        ("营商环境", "business-environment"), ("信用修复", "credit-repair"), ("信用", "credit"), ("一网通办", "online-services"),
        ("政务服务", "government-services"), ("民间资本", "private-capital"),
        ("智慧交通", "smart-transport"), ("信息平台", "information-platform"), ("网络安全", "cyber-security"), ("设备更新", "equipment-renewal"),
        ("零碳", "zero-carbon"), ("充电桩", "charging-piles"), ("服务区", "service-area"), ("绿色低碳", "green-low-carbon"),
        ("黄河", "yellow-river"), ("生态", "ecology"),
        ("安全生产", "work-safety"), ("隐患", "hazards"), ("隧道", "tunnel"), ("治理", "governance"),
        ("民生", "livelihood"), ("客运", "passenger-transport"), ("帮扶", "assistance"),
        ("廉政", "integrity"), ("制度", "institutions"), ("资金", "funds"), ("监管", "supervision"),
        ("改革", "reform"), ("执法", "law-enforcement"), ("养护", "maintenance"), ("投融资", "financing"),
        ("高速公路", "expressway"), ("公路", "highway"), ("水运", "waterway"), ("桥梁", "bridge"),
        ("通知", "notice"), ("会议", "meeting"), ("调度", "progress-review"), ("访谈", "interview"), ("典型", "case"),
        ("培训", "training"), ("检查", "inspection"), ("督导", "supervision-visit"), ("推进会", "promotion-meeting"),
        ("兰州", "lanzhou"), ("天水", "tianshui"), ("张掖", "zhangye"), ("酒泉", "jiuquan"), ("嘉峪关", "jiayuguan"),
        ("武威", "wuwei"), ("金昌", "jinchang"), ("白银", "baiyin"), ("平凉", "pingliang"), ("庆阳", "qingyang"),
        ("定西", "dingxi"), ("陇南", "longnan"), ("临夏", "linxia"), ("甘南", "gannan"),
    ];

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex AsciiWord();

    public static string FromTitle(string title, string? taskSlug)
    {
        var parts = new List<string>();
        foreach (Match word in AsciiWord().Matches(title.Normalize(NormalizationForm.FormKC).ToLowerInvariant()))
            parts.Add(word.Value);
        var remaining = title;
        foreach (var (chinese, english) in Words)
        {
            var at = remaining.IndexOf(chinese, StringComparison.Ordinal);
            if (at < 0) continue;
            remaining = remaining.Remove(at, chinese.Length).Insert(at, new string(' ', chinese.Length));
            if (!parts.Contains(english)) parts.Add(english);
            if (parts.Count >= 4) break;
        }
        if (parts.Count == 0 && !string.IsNullOrEmpty(taskSlug)) parts.Add(taskSlug);
        if (parts.Count == 0) parts.Add("story");
        var slug = string.Join('-', parts);
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
