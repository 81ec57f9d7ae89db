namespace Portal.Search;

/// <summary>
/// Word forms of one meaning in transport and government writing: the short form and the full form (网约车,
/// 网络预约出租汽车), the colloquial and the official word (营运证, 道路运输证), variant spellings (年青, 年轻), a
/// frequent misspelling (登陆 for 登录) and the Chinese name of a Latin one (ETC, 电子不停车收费). A document that
/// has one form of a group is indexed under the others too (<see cref="WeighedDocument"/>), so a reader finds it
/// by whichever form they type; the search page needs no table for it.
/// </summary>
/// <remarks>
/// Language data, not a list of queries: a group belongs here when the words mean the same thing wherever this site
/// writes them. Words that are merely related (农村公路 and 乡村振兴) do not. A change re-files documents: raise
/// <see cref="Site.Routes.SearchIndexFormat"/> so that readers' cached index folders are not reused.
/// </remarks>
public static class SearchSynonyms
{
    /// <summary>Groups of words, | between the forms of one group.</summary>
    private static readonly string[] Source =
    [
        // Short and full forms
        "网约车|网络预约出租汽车|网络预约出租车",
        "出租车|出租汽车|巡游出租汽车",
        "春运|春节运输|春节旅客运输",
        "治超|治理超限超载|超限超载治理",
        "危桥|危旧桥梁|危险桥梁",
        "民企|民营企业",
        "国企|国有企业",
        "央企|中央企业",
        "清欠|清理拖欠|清偿拖欠",
        "招投标|招标投标",
        "无人机|无人驾驶航空器",
        "专项债|专项债券",
        "隐债|隐性债务",
        "两客一危|旅游包车、班线客车和危险货物运输车辆",
        "公交|公交车|公共交通|公共汽车",
        "客运站|汽车站|汽车客运站",
        "高铁|高速铁路",
        "城轨|城市轨道交通",
        "通航|通用航空",
        "物流园|物流园区",
        "安监|安全监管|安全生产监督管理",
        "执法证|行政执法证",
        "驾培|驾驶员培训|机动车驾驶培训",
        "驾校|驾驶培训学校",
        "十四五|第十四个五年规划",
        "十五五|第十五个五年规划",
        "放管服|简政放权、放管结合、优化服务",
        "四好农村路|建好、管好、护好、运营好农村公路",
        // Colloquial and official words
        "营运证|道路运输证",
        "卡车|货车|载货汽车",
        "司机|驾驶员|驾驶人",
        "危险品|危险货物|危货",
        "智慧交通|智能交通",
        "公众号|微信公众号",
        "小客车|小型客车",
        "充电桩|充电设施",
        "12328|交通运输服务监督电话",
        "etc|电子不停车收费",
        "ppp|政府和社会资本合作",
        "bim|建筑信息模型",
        // Variant spellings, regional word forms and frequent misspellings
        "年轻|年青",
        "网络|网路",
        "登录|登陆",
        "信息化|资讯化",
        "身份证|身分证",
    ];

    /// <summary>
    /// A form of a word with the keys of its Chinese terms and its Latin tokens, computed once: every document is
    /// checked against every group, so the check must not tokenise or allocate.
    /// </summary>
    public sealed record Word(string Text, long[] HanKeys, string[] LatinTokens);

    /// <summary>The groups, each word normalised and tokenised as the index does.</summary>
    public static readonly IReadOnlyList<Word[]> Groups =
        Source.Select(group => group.Split('|').Select(WordOf).ToArray()).ToList();

    private static Word WordOf(string text)
    {
        var tokens = SearchTokenizer.Tokens(text);
        var han = new List<long>();
        var latin = new List<string>();
        foreach (var token in tokens)
        {
            if (SearchTokenizer.IsHan(char.ConvertToUtf32(token, 0))) TermKey.ForEach(token, new LatinTerms(), han.Add); // Chinese keys need no Latin ids
            else latin.Add(token);
        }
        return new Word(text, [.. han], [.. latin]);
    }
}
