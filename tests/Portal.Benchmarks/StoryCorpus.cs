using System.Text;

namespace Portal.Benchmarks;

/// <summary>
/// A deterministic corpus of N stories in our content format: 1–2 key tasks, 1–3 departments, a type, 2–4 tags,
/// a summary and 800–2,500 characters of Chinese Markdown with headings, lists, tables, bold text and links to
/// earlier stories. The same seed always gives the same files, so runs can be compared.
/// </summary>
public sealed class StoryCorpus(int seed = 20250225)
{
    private static readonly string[] Types = ["即时报道", "即时报道", "即时报道", "综述评论", "专题访谈", "宣传短片", "典型案例"];

    private static readonly string[] Departments =
    [
        "厅办公室", "政策法规处", "综合规划处", "财务审计处", "人事处", "建设管理处", "公路管理处", "运输处", "安全监督处", "科技处",
        "综合行政执法监督局", "厅直机关党委", "乡村振兴办", "省公路发展中心", "省运输发展中心", "省高速路政执法总队", "省水运发展中心",
        "省高速公路运营中心", "省交通建设质量中心", "省交通科技通信中心", "省交通发展研究中心", "省交通文化宣教中心",
    ];

    private static readonly string[] Places =
        ["兰州", "天水", "张掖", "酒泉", "嘉峪关", "武威", "金昌", "白银", "平凉", "庆阳", "定西", "陇南", "临夏", "甘南", "东乡县", "通渭县", "宕昌县", "永登县"];

    private static readonly string[][] Topics =
    [
        ["体制机制改革", "综合行政执法改革", "交通投融资改革", "市场化养护监管"],
        ["智慧交通", "信息平台部省联动", "网络安全管理", "大规模设备更新", "四新技术"],
        ["营商环境", "信用修复", "一网通办", "民间资本参与", "信用评价"],
        ["四好农村路", "农村公路提升", "乡村振兴定点帮扶", "产业扶持"],
        ["债务风险化解", "清偿拖欠工程款", "隐性债务置换", "专项债券本息"],
        ["零碳服务区", "服务区充电桩", "黄河生态廊道", "绿色低碳试点"],
        ["安全生产治本攻坚", "主动创安", "隧道隐患排查", "行业整治"],
        ["民生实事", "结对帮扶·爱心甘肃", "城乡客运一体化", "群众急难愁盼"],
        ["廉政风险防控", "制度短板", "专项资金监管", "行政审批流程"],
    ];

    private static readonly string[] Verbs = ["扎实推进", "全力推动", "持续深化", "加快实施", "统筹部署", "认真落实", "稳步开展", "着力提升"];

    private static readonly string[] Clauses =
    [
        "坚持问题导向和目标导向，细化工作台账，明确责任分工和完成时限",
        "用好专题学习、专题研讨、专题调研、专题练兵机制措施，推动学习成效转化为发展动力",
        "紧盯关键环节，采取专项督查、重点督办等方式，推动各项任务落地见效",
        "加强部门协作和上下联动，形成齐抓共管、合力攻坚的工作局面",
        "聚焦群众急难愁盼问题，用心用情办好民生实事，不断增强人民群众的获得感",
        "对照年度目标任务逐项梳理进展，分析研究解决存在的问题",
        "总结推广基层经验做法，以点带面促进整体工作提升",
        "严格落实安全生产责任，深入开展隐患排查整治，守牢安全底线",
        "强化资金保障和项目管理，确保工程质量和建设进度",
        "完善制度机制，堵塞监管漏洞，推动工作规范化、制度化",
    ];

    public sealed record Story(string RelativePath, string Text, DateOnly Date);

    public IEnumerable<Story> Stories(int count)
    {
        var random = new Random(seed);
        var start = new DateOnly(2022, 1, 1); // spread up to 2025-10: several year archives, no future dates
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            // Spread over the years so the archive has several years and many stories per day at 50k.
            var date = start.AddDays((int)((long)i * 1400 / Math.Max(1, count)));
            var task = random.Next(9);
            var topic = Topics[task][random.Next(Topics[task].Length)];
            var place = Places[random.Next(Places.Length)];
            var type = Types[random.Next(Types.Length)];
            var slug = $"story-{i:D6}";
            var path = $"stories/{date.Year}/{date:yyyy-MM-dd}-{slug}.md";
            var text = new StringBuilder(4096);
            text.Append("---\n");
            text.Append($"title: {place}{Verbs[random.Next(Verbs.Length)]}{topic}工作（第{i + 1}期）\n");
            text.Append($"date: {date:yyyy-MM-dd}\n");
            var tasks = random.Next(3) == 0 ? $"[{task + 1}, {(task + 1 + random.Next(1, 9)) % 9 + 1}]" : $"[{task + 1}]";
            text.Append($"tasks: {tasks}\n");
            var departments = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Departments[random.Next(Departments.Length)]).Distinct();
            text.Append($"departments: [{string.Join(", ", departments)}]\n");
            text.Append($"type: {type}\n");
            if (type == "典型案例") text.Append($"case: {(random.Next(4) == 0 ? "反面" : "正面")}\n");
            var tags = new[] { topic, place, Topics[task][random.Next(Topics[task].Length)], "三抓三促" }.Take(2 + random.Next(3)).Distinct();
            text.Append($"tags: [{string.Join(", ", tags)}]\n");
            text.Append($"summary: {place}围绕{topic}{Verbs[random.Next(Verbs.Length)]}各项工作，取得阶段性成效。\n");
            text.Append("source: 基准测试语料\n");
            text.Append("---\n\n");
            var target = 800 + random.Next(1700);
            var body = new StringBuilder();
            body.Append($"{date.Year}年{date.Month}月{date.Day}日，{place}{Verbs[random.Next(Verbs.Length)]}**{topic}**工作，{Clauses[random.Next(Clauses.Length)]}。\n\n");
            var section = 0;
            while (body.Length < target)
            {
                section++;
                body.Append($"## {(section == 1 ? "主要做法" : section == 2 ? "取得成效" : "下一步打算")}\n\n");
                for (var p = 0; p < 2 + random.Next(2); p++)
                {
                    body.Append($"{Verbs[random.Next(Verbs.Length)]}{Topics[random.Next(9)][0]}，{Clauses[random.Next(Clauses.Length)]}；{Clauses[random.Next(Clauses.Length)]}。\n\n");
                }
                if (random.Next(3) == 0)
                {
                    body.Append($"- {Clauses[random.Next(Clauses.Length)]}；\n- {Clauses[random.Next(Clauses.Length)]}；\n- {Clauses[random.Next(Clauses.Length)]}。\n\n");
                }
                if (random.Next(4) == 0)
                {
                    body.Append("| 事项 | 进展 |\n| --- | --- |\n");
                    body.Append($"| {topic} | 完成年度计划的{50 + random.Next(50)}% |\n| {Topics[task][0]} | 按计划推进 |\n\n");
                }
                if (paths.Count > 0 && random.Next(3) == 0)
                {
                    var other = paths[random.Next(paths.Count)];
                    body.Append($"相关报道见[此前稿件](/{other[..^3]}/)。\n\n");
                }
            }
            text.Append(body);
            paths.Add(path);
            yield return new Story(path, text.ToString(), date);
        }
    }

    /// <summary>The shipped content/ plus <paramref name="count"/> generated stories, written to <paramref name="target"/>.</summary>
    public static void Write(string contentSource, string target, int count, int seed = 20250225)
    {
        TempFolder.CopyDirectory(contentSource, target);
        foreach (var story in new StoryCorpus(seed).Stories(count))
        {
            var full = Path.Combine(target, story.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, story.Text);
        }
    }
}
