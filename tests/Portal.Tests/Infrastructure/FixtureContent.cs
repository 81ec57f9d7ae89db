using System.Text;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The shipped content plus deterministic fixture stories covering every page kind: all five types, both
/// case kinds, a video with captions, a cover image, many tags, enough stories to paginate, half-year reports
/// for several tasks and both halves of 2025 (<see cref="Reports"/>), media coverage and editors' names.
/// The public site never contains these: they exist only in test folders.
/// </summary>
public static class FixtureContent
{
    public const int GeneratedStories = 27;

    private static readonly string[] Types = ["即时报道", "综述评论", "专题访谈", "宣传短片", "典型案例"];

    private static readonly string[] Departments =
        ["公路管理处", "省公路发展中心", "厅财务审计处", "科技处", "乡村振兴办", "省交通文化宣教中心", "运输处", "厅办公室"];

    private static readonly string[] Topics =
    [
        "农村公路提升行动", "债务风险防范化解", "优化营商环境", "智慧交通建设", "零碳服务区建设",
        "安全生产治本攻坚", "民生实事办理", "廉政风险防控", "综合行政执法改革",
    ];

    /// <summary>
    /// Stories (by index) that are half-year reports: period as written and the reporting lead department. Task 7 is
    /// led by 厅办公室 and 安全监督处; task 9 by the collective 厅机关各部门, which any office department satisfies.
    /// </summary>
    public static readonly IReadOnlyDictionary<int, (string Period, string Department)> Reports = new Dictionary<int, (string, string)>
    {
        [1] = ("2025上半年", "科技处"),         // task 2
        [3] = ("2025上半年", "公路管理处"),     // task 4
        [10] = ("2025上半年", "运输处"),        // task 2
        [13] = ("2025年上半年", "财务审计处"),  // task 5, the long spelling
        [17] = ("2025上半年", "厅办公室"),      // task 9 (collective lead)
        [25] = ("2025下半年", "乡村振兴办"),    // task 8
        [26] = ("2025下半年", "运输处"),        // task 9 (collective lead)
    };

    /// <summary>The 综述评论 story (by index) that names itself the notice's 政策解读: both pages show the link.</summary>
    public const int InterpretationStory = 11;

    /// <summary>Stories (by index) carried by the media, listed under 媒体聚焦.</summary>
    public static readonly IReadOnlyDictionary<int, string> Coverage = new Dictionary<int, string>
    {
        [5] = "{ name: 甘肃日报, medium: 报纸, url: https://www.gansudaily.com.cn/, date: 2025-03-27 }",
        [7] = "{ name: 甘肃卫视, medium: 电视 }",
    };

    /// <summary>The identity a government site shows on every page (issue 14), filled so every page kind is tested with it.</summary>
    public static class Identity
    {
        public const string SiteCode = "6200000014";
        public const string Icp = "陇ICP备00000014号";
        public const string PublicSecurityFiling = "甘公网安备62010202000123号";
        public const string PublicSecurityQuery = "https://beian.mps.gov.cn/#/query/webSearch?code=62010202000123";
        public const string ConacUrl = "https://bszs.conac.cn/sitename?method=show&id=FIXTURE";
        public const string ConacLogo = "media/conac.png";
        public const string ErrorReport = "https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfo?sitecode=6200000014";
        public const string FeedbackUrl = "https://jtys.gansu.gov.cn/liuyan/";
        public const string FeedbackPhone = "0931-8888014";
        public const string ContactPhone = "0931-8888000";
        public const string FeedbackAddress = "甘肃省兰州市城关区";
        public const string IndexNumber = "620000-0014/2025-00002";
        public const string AttachmentTitle = "甘交办〔2025〕2号通知原件";
        public const string AttachmentFile = "media/notice/gjb-2025-2.pdf";

        /// <summary>Two 政务新媒体 accounts (test names, not the department's): one with its page's address, one without.</summary>
        public static readonly IReadOnlyList<(string Platform, string Name, string? Url, string Qr)> NewMedia =
        [
            ("微信公众号", "交通测试公众号", null, "media/new-media/wechat.png"),
            ("微博", "交通测试微博", "https://weibo.com/fixture", "media/new-media/weibo.png"),
        ];
    }

    /// <summary>A small valid-looking PDF (2,100 bytes: shown as 3 KB) standing for the scanned original.</summary>
    public static readonly byte[] Pdf = [.. "%PDF-1.4\n"u8, .. Enumerable.Repeat((byte)' ', 2100 - 9 - 6), .. "%%EOF\n"u8];

    /// <summary>A 1×1 PNG: enough for an &lt;img&gt; that loads; the tests' one picture.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>Copies content/ into <paramref name="target"/> and adds the fixture stories and media.</summary>
    /// <param name="stories">How many stories; more than the default spread over 2024–2025 instead of every fifth day.</param>
    public static string Create(string target, int stories = GeneratedStories)
    {
        TempFolder.CopyDirectory(RepositoryPaths.Content, target);
        var media = Path.Combine(target, "media", "2025");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "road.png"), Png);
        File.WriteAllBytes(Path.Combine(media, "poster.png"), Png);
        File.WriteAllBytes(Path.Combine(media, "film.mp4"), [0, 0, 0, 24, 102, 116, 121, 112]);
        File.WriteAllText(Path.Combine(media, "film.vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\n农村公路通车\n");
        for (var i = 0; i < stories; i++) WriteStory(target, i, stories > GeneratedStories);
        WriteIdentity(target);
        return target;
    }

    /// <summary>Fills site.yml's identity, feedback and new-media fields and the notice's 索引号 and original, which content/ leaves empty.</summary>
    private static void WriteIdentity(string root)
    {
        File.WriteAllBytes(Path.Combine(root, "media", "conac.png"), Png);
        Directory.CreateDirectory(Path.Combine(root, "media", "notice"));
        File.WriteAllBytes(Path.Combine(root, Identity.AttachmentFile), Pdf);
        var site = Path.Combine(root, "site.yml");
        // In file order: each key's first empty value is filled, so contact's phone comes before feedback's.
        File.WriteAllText(site, Fill(File.ReadAllText(site),
            ("  address", "甘肃省兰州市七里河区"), ("  phone", Identity.ContactPhone), ("icp", Identity.Icp), ("publicSecurityFiling", Identity.PublicSecurityFiling),
            ("siteCode", Identity.SiteCode), ("  url", Identity.ConacUrl), ("  logo", Identity.ConacLogo), ("errorReport", Identity.ErrorReport),
            ("  url", Identity.FeedbackUrl), ("  phone", Identity.FeedbackPhone), ("  address", Identity.FeedbackAddress)));
        Directory.CreateDirectory(Path.Combine(root, "media", "new-media"));
        foreach (var account in Identity.NewMedia) File.WriteAllBytes(Path.Combine(root, account.Qr), Png);
        var withoutAccounts = File.ReadAllText(site);
        if (!withoutAccounts.Contains("\nnewMedia: []\n", StringComparison.Ordinal)) throw new InvalidOperationException("content/site.yml has no empty newMedia");
        File.WriteAllText(site, withoutAccounts.Replace("\nnewMedia: []\n", "\nnewMedia:\n" + string.Concat(Identity.NewMedia.Select(a =>
            $"  - platform: {a.Platform}\n    name: {a.Name}\n{(a.Url is null ? "" : $"    url: {a.Url}\n")}    qr: {a.Qr}\n")), StringComparison.Ordinal));
        var notice = Path.Combine(root, "notice.md");
        File.WriteAllText(notice, File.ReadAllText(notice)
            .Replace("indexNumber: \"\"", "indexNumber: " + Identity.IndexNumber, StringComparison.Ordinal)
            .Replace("\n---\n", $"\nattachments:\n  - title: {Identity.AttachmentTitle}\n    file: {Identity.AttachmentFile}\n---\n", StringComparison.Ordinal));
    }

    /// <summary>Replaces the first empty value of each key in turn (`key: ""`), keeping the comments.</summary>
    private static string Fill(string yaml, params (string Key, string Value)[] values)
    {
        foreach (var (key, value) in values)
        {
            var empty = key + ": \"\"";
            var at = yaml.IndexOf(empty, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException($"content/site.yml has no empty {key.Trim()}");
            yaml = yaml[..at] + key + ": " + value + yaml[(at + empty.Length)..];
        }
        return yaml;
    }

    private static void WriteStory(string root, int i, bool many)
    {
        var date = many ? new DateOnly(2024, 1, 1).AddDays(i * 7 % 700) : new DateOnly(2025, 3, 1).AddDays(i * 5);
        var type = Types[i % Types.Length];
        var task = i % 9 + 1;
        var topic = Topics[i % Topics.Length];
        var slug = many ? $"fixture-{i:0000}" : $"fixture-{i:00}";
        var front = new StringBuilder();
        front.AppendLine("---");
        front.AppendLine($"title: 第{i + 1}期：{topic}取得新进展");
        front.AppendLine($"date: {date:yyyy-MM-dd}");
        front.AppendLine($"tasks: [{task}{(i % 4 == 0 ? $", {task % 9 + 1}" : "")}]");
        if (!many && Reports.TryGetValue(i, out var report))
        {
            front.AppendLine($"departments: [{report.Department}]");
            front.AppendLine($"period: {report.Period}");
        }
        else
        {
            front.AppendLine($"departments: [{Departments[i % Departments.Length]}, {Departments[(i + 3) % Departments.Length]}]");
        }
        front.AppendLine($"type: {type}");
        if (type == "典型案例") front.AppendLine($"case: {(i % 2 == 0 ? "正面" : "反面")}");
        if (!many && i == InterpretationStory) front.AppendLine("interprets: notice");
        front.AppendLine($"tags: [{topic}, 三抓三促{(i % 3 == 0 ? ", 四好农村路" : "")}]");
        front.AppendLine($"summary: 围绕{topic}，相关部门单位扎实推进各项工作。");
        if (i == 1) front.AppendLine("cover: { src: media/2025/road.png, alt: 新建成的农村公路，两侧是麦田, caption: 农村公路通车现场 }");
        if (type == "宣传短片") front.AppendLine("video: { src: media/2025/film.mp4, poster: media/2025/poster.png, captions: media/2025/film.vtt, title: 农村公路宣传短片 }");
        front.AppendLine($"source: {(!many && Coverage.TryGetValue(i, out var outlet) ? outlet : "测试夹具")}");
        if (i % 6 == 0) front.AppendLine("editor: 张三");
        front.AppendLine("---");
        front.AppendLine();
        front.AppendLine($"{date.Year}年{date.Month}月{date.Day}日，围绕**{topic}**，各单位召开推进会，研究部署下一步工作。");
        front.AppendLine();
        front.AppendLine("## 主要做法");
        front.AppendLine();
        front.AppendLine("- 建立工作台账，明确责任分工；");
        front.AppendLine("- 加强督办督导，定期调度进展。");
        front.AppendLine();
        front.AppendLine("| 事项 | 进展 |");
        front.AppendLine("| --- | --- |");
        front.AppendLine($"| {topic} | 按计划推进 |");
        front.AppendLine();
        front.AppendLine($"详见[通知原文](/notice/#一优化领导机制)和[重点任务{task}](/tasks/{task}/)。");
        if (i == 2) front.AppendLine("\n![新建成的农村公路](media/2025/road.png)");
        var folder = Path.Combine(root, "stories", date.Year.ToString());
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{date:yyyy-MM-dd}-{slug}.md"), front.ToString());
    }
}
