using System.Collections.Concurrent;
using System.Text;
using Portal.Diagnostics;
using Portal.Tests.Infrastructure;
using Portal.Tests.Validation;
using Portal.TestSupport;
using static Portal.Tests.Infrastructure.ContentCase;

namespace Portal.Tests.Robustness;

/// <summary>
/// The bad-input corpus: broken files an editor, a Windows PC or a phone can produce, each with its exact
/// outcome (code and line, or accepted). None may crash the generator. A case with a correction is also checked
/// corrected: the code is gone and check passes; the guide's error examples (content/README.md) are generated from them.
/// </summary>
public sealed class BadInputCorpusTests
{
    private const string S = "stories/2025/2025-03-14-case.md";

    /// <summary>One file as a case writes it over its base content.</summary>
    /// <param name="Bytes">Null: the file is absent (removed from the base if there).</param>
    /// <param name="LinkedFromOutside">The file is a symbolic link to a copy of <paramref name="Bytes"/> outside the content folder.</param>
    public sealed record FileState(string Path, byte[]? Bytes, bool LinkedFromOutside = false)
    {
        public static FileState Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

        public static FileState Absent(string path) => new(path, null);
    }

    /// <param name="Path">The file the case is about: where check reports <paramref name="Code"/> (a folder for a problem of the whole site).</param>
    /// <param name="Bytes">What the case writes at <paramref name="Path"/>; null when it writes nothing there (the case is about its <see cref="Given"/> files).</param>
    /// <param name="Line">The expected line; 0 for a problem of the whole file.</param>
    /// <param name="Column">The expected column, when the case is about a position within a line.</param>
    /// <param name="After">The file as the message tells the editor to write it: it must not give <paramref name="Code"/>;
    /// the guide's error examples (content/README.md) are generated from these pairs.</param>
    public sealed record Case(string Name, string Path, byte[]? Bytes, string? Code, int? Line, bool Fails, int? Column = null, string? After = null)
    {
        /// <summary>The case edits the inline mini site instead of the shipped content/ (a problem of the whole site).</summary>
        public bool OnMiniSite { get; init; }

        /// <summary>Other files as the case has them, broken and corrected alike: a picture the story shows, a renamed file.</summary>
        public IReadOnlyList<FileState> Given { get; init; } = [];

        /// <summary><see cref="Path"/> is a symbolic link to its bytes, kept outside the content folder.</summary>
        public bool LinkedFromOutside { get; init; }

        /// <summary>The correction when it is not <see cref="Path"/>'s text (<see cref="After"/>): files rewritten, renamed, added or removed.</summary>
        public IReadOnlyList<FileState> Corrected { get; init; } = [];

        /// <summary>
        /// The guide's 改前 and 改后 cells when no line of text shows the change (an encoding, a file's format, a link); null
        /// where the cell is generated. {where} is the position check reports ("第 7 行", "文件 `x`"), {line} adds its text.
        /// </summary>
        public string? BeforeNote { get; init; }

        public string? AfterNote { get; init; }

        public bool HasCorrection => After is not null || Corrected.Count > 0;

        /// <summary>The files the case writes over its base when broken, by path.</summary>
        public IReadOnlyDictionary<string, FileState> BrokenFiles => Final([.. Given, .. Own()]);

        /// <summary>The files the case writes over its base when corrected, by path (the last state of a path wins).</summary>
        public IReadOnlyDictionary<string, FileState> CorrectedFiles =>
            Final([.. Given, .. Own(), .. After is null ? Corrected : [FileState.Text(Path, After)]]);

        /// <summary>The files the correction changes, as corrected (Bytes null: the file is removed).</summary>
        public IReadOnlyList<FileState> CorrectedChanges
        {
            get
            {
                var broken = BrokenFiles;
                return CorrectedFiles.Values.Where(f => !broken.TryGetValue(f.Path, out var was) || !Same(was, f)).ToList();
            }
        }

        /// <summary>A base file's bytes, for a file the case changes without writing it broken; null when the base has none.</summary>
        public byte[]? BaseBytes(string path)
        {
            if (OnMiniSite) return new MiniSite().Texts.TryGetValue("content/" + path, out var text) ? Encoding.UTF8.GetBytes(text) : null;
            var full = System.IO.Path.Combine(RepositoryPaths.Content, path);
            return File.Exists(full) ? File.ReadAllBytes(full) : null;
        }

        public ContentCase WriteBroken() => Write(BrokenFiles.Values);

        public ContentCase WriteCorrected() => Write(CorrectedFiles.Values);

        /// <summary>This case corrected by moving its file to <paramref name="path"/> unchanged.</summary>
        public Case MovedTo(string path) => this with { Corrected = [FileState.Absent(Path), new(path, Bytes)] };

        private FileState[] Own() => Bytes is null ? [] : [new(Path, Bytes, LinkedFromOutside)];

        private static bool Same(FileState a, FileState b) =>
            a.LinkedFromOutside == b.LinkedFromOutside && (a.Bytes is null) == (b.Bytes is null) && (a.Bytes ?? []).AsSpan().SequenceEqual(b.Bytes ?? []);

        private static Dictionary<string, FileState> Final(IEnumerable<FileState> files)
        {
            var final = new Dictionary<string, FileState>(StringComparer.Ordinal);
            foreach (var file in files) final[file.Path] = file;
            return final;
        }

        private ContentCase Write(IEnumerable<FileState> files)
        {
            var content = OnMiniSite ? new ContentCase(new MiniSite()) : new ContentCase();
            foreach (var file in files)
            {
                var full = System.IO.Path.Combine(content.ContentDir, file.Path);
                if (File.Exists(full) || new FileInfo(full).LinkTarget is not null) File.Delete(full);
                if (file.Bytes is null) continue;
                if (!file.LinkedFromOutside)
                {
                    content.WriteBytes(file.Path, file.Bytes);
                    continue;
                }
                var outside = System.IO.Path.Combine(content.ContentDir, "..", "outside", System.IO.Path.GetFileName(file.Path));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(outside)!);
                File.WriteAllBytes(outside, file.Bytes);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
                File.CreateSymbolicLink(full, outside);
            }
            return content;
        }

        /// <summary>Everything the case writes and expects, as one string: two cases with the same fingerprint are verified alike.</summary>
        public string Fingerprint()
        {
            var text = new StringBuilder($"{Name}\n{Path}\n{Code}\n{Line}\n{Column}\n{Fails}\n{OnMiniSite}\n");
            foreach (var (label, files) in new[] { ("broken", BrokenFiles), ("corrected", HasCorrection ? CorrectedFiles : new Dictionary<string, FileState>()) })
            {
                foreach (var file in files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
                {
                    text.Append($"{label} {file.Path} {file.LinkedFromOutside} ")
                        .Append(file.Bytes is null ? "absent" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(file.Bytes))).Append('\n');
                }
            }
            return text.ToString();
        }

        public override string ToString() => Name;
    }

    private static Case Text(string name, string path, string text, string? code, int? line = null, bool fails = true, int? column = null, string? after = null) =>
        new(name, path, Encoding.UTF8.GetBytes(text), code, line, fails, column, after);

    private static string Replace(string what, string with) => Story().Replace(what, with);

    private static string Shipped(string path) => File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Content, path));

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 0xFF, 0xD9];

    private static readonly byte[] Png = FixtureContent.Png;

    private const string WebVtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n农村公路通到了家门口。\n";

    private static int LineOf(string text, string part) => text.Split('\n').ToList().FindIndex(l => l.Contains(part, StringComparison.Ordinal)) + 1;

    /// <summary>A story of the mini site's task 4, published on <paramref name="date"/>.</summary>
    private static FileState Published(string slug, string date, string title, string type, string? extra = null) =>
        FileState.Text($"stories/{date[..4]}/{date}-{slug}.md", Story(title: title, date: date, type: type, extra: extra));

    private const string NewMediaQr = "media/new-media/wechat.png";

    /// <summary>The shipped site.yml listing one 政务新媒体 account (test values) in place of its empty list.</summary>
    private static string NewMediaSite(string site, string platform, string name = "交通测试公众号") =>
        site.Replace("\nnewMedia: []\n", $"\nnewMedia:\n  - platform: {platform}\n    name: {name}\n    qr: {NewMediaQr}\n", StringComparison.Ordinal);

    /// <summary>The mini site's site.yml with the identity a government site shows filled, but for the site code as given.</summary>
    private static string InspectedSite(string siteCode) => $$"""
        title: 测试专题网站
        baseUrl: https://example.gov.cn/portal/
        operator: 测试承办单位
        contact: { phone: 0931-8888000 }
        icp: 陇ICP备00000014号
        siteCode: {{siteCode}}
        conac: { url: "https://bszs.conac.cn/sitename?method=show&id=X", logo: media/conac.png }
        newMedia: [{ platform: 微信公众号, name: 测试政务号, qr: media/conac.png }]
        feedback: { phone: 0931-8888014 }

        """;

    /// <summary>
    /// What else the mini site needs to pass the inspection self-check: every column lately updated, the notice's index
    /// number, the conac logo, a confirmed full name for its department.
    /// </summary>
    private static FileState[] InspectedSiteFiles() =>
    [
        new("media/conac.png", Png),
        FileState.Text("departments.yml", new MiniSite().Texts["content/departments.yml"].Replace("slug: highway-administration", "fullName: 甘肃省交通运输厅公路管理处\n    slug: highway-administration")),
        FileState.Text("notice.md", new MiniSite().Texts["content/notice.md"].Replace("\n---\n", "\nindexNumber: 620000-0014/2025-00002\n---\n")),
        Published("progress", "2026-11-20", "农村公路建设进展", "即时报道"),
        Published("review", "2026-11-02", "综述", "综述评论"),
        Published("interview", "2026-11-03", "访谈", "专题访谈"),
        Published("film", "2026-11-04", "短片", "宣传短片"),
        Published("case-study", "2026-11-05", "典型", "典型案例", "case: 正面"),
    ];

    public static IEnumerable<object[]> Cases()
    {
        var big = new StringBuilder(Story(body: ""));
        while (big.Length < 5_000_000) big.Append("推进农村公路提升行动，加强养护管理。\n\n");
        var table = new StringBuilder(Story(body: "| 序号 | 事项 |\n| --- | --- |\n"));
        for (var i = 0; i < 10_000; i++) table.Append($"| {i} | 事项{i} |\n");
        var nested = Story(body: string.Concat(Enumerable.Range(0, 2000).Select(i => new string('>', i % 200) + " - " + new string(' ', i % 50) + "* 层\n")));
        var departments = Shipped("departments.yml");
        var site = Shipped("site.yml");
        var task = Shipped("tasks/05-debt-risk.md");
        var shippedTitle = Shipped("stories/2025/2025-02-25-notice-issued.md").Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..];
        var notice = Shipped("notice.md").Replace("\n---\n", "\nattachments:\n  - title: 通知原件\n    file: media/notice/original.pdf\n---\n");
        var noticeLine = notice.Split('\n').ToList().FindIndex(l => l.Contains("file: media/notice/original.pdf", StringComparison.Ordinal)) + 1;
        var shippedNotice = Shipped("notice.md");
        var sicLine = LineOf(shippedNotice, "sic: [");
        var withValidity = shippedNotice.Replace("sic: [", "validity: 现行有效\nsic: [", StringComparison.Ordinal);
        const string InterpretationPage = "---\ntitle: 政策解读\nsummary: 对通知的解读。\ninterprets: {0}\n---\n\n正文。\n";

        Case[] cases =
        [
            Text("empty file", S, "", DiagnosticCodes.FrontMatterMissing, 1),
            Text("whitespace only", S, "  \n\n\t\n", DiagnosticCodes.FrontMatterMissing, 1),
            Text("no front matter", S, "# 标题\n\n正文\n", DiagnosticCodes.FrontMatterMissing, 1),
            Text("blank line before the opening ---", S, "\n" + Story(), DiagnosticCodes.FrontMatterMissing, 1, after: Story()),
            Text("front matter not closed", S, Story().Replace("summary: 摘要\n---\n", "summary: 摘要\n"), DiagnosticCodes.FrontMatterUnclosed, 10, column: 1, after: Story()),
            Text("em dash typed for the opening ---", S, "——" + Story()[3..], DiagnosticCodes.DashFence, 1, column: 1, after: Story()),
            Text("single em dash typed for the closing ---", S, Replace("summary: 摘要\n---", "summary: 摘要\n—"), DiagnosticCodes.DashFence, 9, column: 1, after: Story()),
            Text("full-width hyphens typed for ---", S, "－－－" + Story()[3..], DiagnosticCodes.DashFence, 1, column: 1, after: Story()),
            Text("curly quotes around a value with a colon", S, Replace("title: 测试稿件", "title: “专访: 测试稿件”"), DiagnosticCodes.CurlyQuotedValue, 2, column: 8,
                after: Replace("title: 测试稿件", "title: \"专访: 测试稿件\"")),
            Text("full-width space after the colon", S, Replace("type: 即时报道", "type:\u3000即时报道"), DiagnosticCodes.FullWidthSpace, 6, column: 6, after: Story()),
            Text("full-width space before the colon", S, Replace("type: 即时报道", "type\u3000: 即时报道"), DiagnosticCodes.FullWidthSpace, 6, column: 5, after: Story()),
            Text("full-width space at the start of a line", S, Replace("type: 即时报道", "\u3000type: 即时报道"), DiagnosticCodes.FullWidthSpace, 6, column: 1, after: Story()),
            Text("full-width colon inside a one-line mapping", S, Story(extra: "cover: { src：media/2025/road.jpg, alt: 通车现场 }"), DiagnosticCodes.FullWidthColon, 7, column: 13,
                after: Story(extra: "cover: { src: media/2025/road.jpg, alt: 通车现场 }")) with { Given = [new("media/2025/road.jpg", Jpeg)] },
            Text("tab after the colon", S, Replace("type: 即时报道", "type:\t即时报道"), DiagnosticCodes.TabIndentation, 6, column: 6, after: Story()),
            Text("byte order mark in the middle of the file", S, Replace("tags:", "\uFEFFtags:"), DiagnosticCodes.ByteOrderMarkInside, 7, column: 1, after: Story()),
            Text("picture path with a space", S, Story(body: "![培训现场](media/2025/通车 现场.png)"), DiagnosticCodes.UnparsedLink, 11, column: 1,
                after: Story(body: "![培训现场](<media/2025/通车 现场.png>)")) with { Given = [new("media/2025/通车 现场.png", Png)] },
            Text("link in Chinese brackets", S, Story(body: "详见[通知全文]（/notice/）。"), DiagnosticCodes.UnparsedLink, 11, column: 3,
                after: Story(body: "详见[通知全文](/notice/)。")),
            Text("bracketed year in Chinese brackets is text", S, Story(body: "依据甘交发[2025]（第3号）文件。"), null, fails: false),
            Text("link to a missing attachment", S, Story(body: "[下载附件](media/2025/none.pdf)"), DiagnosticCodes.MissingMedia, 11, column: 1),
            Text("picture name in another letter case", S, Story(body: "![通车现场](media/2025/Road.JPG)"), DiagnosticCodes.MissingMedia, 11, column: 1,
                after: Story(body: "![通车现场](media/2025/road.jpg)")) with { Given = [new("media/2025/road.jpg", Jpeg)] },
            Text("picture from another website", S, Story(body: "![通车现场](https://www.example.com/road.jpg)"), DiagnosticCodes.ExternalImage, 11, column: 1,
                after: Story(body: "![通车现场](media/2025/road.jpg)")) with { Given = [new("media/2025/road.jpg", Jpeg)] },
            Text("Chinese comma in a list", S, Replace("tags: [农村公路]", "tags: [农村公路，四好农村路]"), DiagnosticCodes.ChineseListSeparator, 7, column: 8,
                after: Replace("tags: [农村公路]", "tags: [农村公路, 四好农村路]")),
            // Word pastes (issue 22): every slip reported in one check, each repaired by `check --fix` (CheckFixTests).
            Text("title pasted from Word with its first-line indent", S, Replace("title: 测试稿件", "title: \u3000\u3000关于“四好农村路”建设的报道：提质增效！"),
                DiagnosticCodes.FullWidthSpace, 2, column: 8, after: Replace("title: 测试稿件", "title: 关于“四好农村路”建设的报道：提质增效！")),
            Text("Chinese semicolon in a list", S, Replace("tags: [农村公路]", "tags: [农村公路；四好农村路]"), DiagnosticCodes.ChineseListSeparator, 7, column: 8,
                after: Replace("tags: [农村公路]", "tags: [农村公路, 四好农村路]")),
            Text("curly quotes around a list item", S, Replace("tags: [农村公路]", "tags: [农村公路, “四好农村路”]"), DiagnosticCodes.CurlyQuotedValue, 7, column: 14,
                after: Replace("tags: [农村公路]", "tags: [农村公路, 四好农村路]")),
            Text("straight quotes around a list item joined by a Chinese comma", S, Replace("tags: [农村公路]", "tags: [农村公路，\"四好农村路\"]"), DiagnosticCodes.CurlyQuotedValue, 7, column: 13,
                after: Replace("tags: [农村公路]", "tags: [农村公路, 四好农村路]")),
            Text("list written as one text with an enumeration comma", S, Replace("tags: [农村公路]", "tags: 农村公路、四好农村路"), DiagnosticCodes.ChineseListSeparator, 7, column: 7,
                after: Replace("tags: [农村公路]", "tags: [农村公路, 四好农村路]")),
            Text("list item on its own line holding two joined by a Chinese comma", S, Replace("tags: [农村公路]", "tags:\n  - 农村公路，四好农村路"), DiagnosticCodes.ChineseListSeparator, 8, column: 5,
                after: Replace("tags: [农村公路]", "tags:\n  - 农村公路\n  - 四好农村路")),
            Text("tags pasted from Word", S, Replace("tags: [农村公路]", "tags: 四好农村路，“农村公路”、乡村振兴；交通强省"), DiagnosticCodes.ChineseListSeparator, 7, column: 7,
                after: Replace("tags: [农村公路]", "tags: [四好农村路, 农村公路, 乡村振兴, 交通强省]")),
            // The full-width colon no longer stops the reading: the list's slip on another line is in the same check.
            Text("full-width colon and a Chinese comma in one story", S, Replace("type: 即时报道", "type：即时报道").Replace("tags: [农村公路]", "tags: [农村公路，四好农村路]", StringComparison.Ordinal),
                DiagnosticCodes.ChineseListSeparator, 7, column: 8, after: Replace("tags: [农村公路]", "tags: [农村公路, 四好农村路]")),
            Text("only front matter", S, Story(body: "").TrimEnd() , null, fails: false),
            Text("title as a list", S, Replace("title: 测试稿件", "title: [甲, 乙]"), DiagnosticCodes.WrongValueType, 2, after: Story()),
            Text("title missing", S, Replace("title: 测试稿件\n", ""), DiagnosticCodes.RequiredFieldMissing, 2, after: Story()),
            Text("date 2025-13-45", S, Story(date: "2025-13-45"), DiagnosticCodes.InvalidDate, 3, after: Story()),
            Text("date in words", S, Story(date: "昨天"), DiagnosticCodes.InvalidDate, 3),
            Text("task in Chinese numerals", S, Story(tasks: "[十]"), DiagnosticCodes.WrongValueType, 4, after: Story()),
            Text("task as a mapping", S, Story(tasks: "{ a: 1 }"), DiagnosticCodes.WrongValueType, 4),
            Text("task 0", S, Story(tasks: "[0]"), DiagnosticCodes.UnknownTask, 4, after: Story()),
            Text("unknown department", S, Story(departments: "[交通局]"), DiagnosticCodes.UnknownDepartment, 5, after: Story()),
            Text("unknown type", S, Story(type: "新闻"), DiagnosticCodes.UnknownStoryType, 6, after: Story()),
            Text("case on a news story", S, Story(extra: "case: 正面"), DiagnosticCodes.CaseOnNonCaseStory, 7, after: Story()),
            Text("typical case without case", S, Story(type: "典型案例"), DiagnosticCodes.CaseMissing, 6, after: Story(type: "典型案例", extra: "case: 正面")),
            Text("unknown case kind", S, Story(type: "典型案例", extra: "case: 中性"), DiagnosticCodes.UnknownCaseKind, 7, after: Story(type: "典型案例", extra: "case: 正面")),
            Text("interpretation of the notice in a news story", S, Story(extra: "interprets: notice"), DiagnosticCodes.InvalidInterpretation, 7, column: 13,
                after: Story(type: "综述评论", extra: "interprets: notice")),
            Text("interpretation of another document", S, Story(type: "综述评论", extra: "interprets: 通知"), DiagnosticCodes.InvalidInterpretation, 7,
                after: Story(type: "综述评论", extra: "interprets: notice")),
            Text("page interpreting another document", "pages/interpretation.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, InterpretationPage, "甘交办〔2025〕2号"),
                DiagnosticCodes.InvalidInterpretation, 4, after: string.Format(System.Globalization.CultureInfo.InvariantCulture, InterpretationPage, "notice")),
            Text("word marked 〔原文如此〕 that the notice does not have", "notice.md", shippedNotice.Replace("以身作责]", "以身做责]", StringComparison.Ordinal),
                DiagnosticCodes.SicNotInNotice, sicLine, after: shippedNotice),
            Text("validity in other words", "notice.md", withValidity, DiagnosticCodes.InvalidValidity, LineOf(withValidity, "validity: 现行有效"),
                after: withValidity.Replace("validity: 现行有效", "validity: 有效", StringComparison.Ordinal)),
            Text("half-year report with an unknown period spelling", S, Story(extra: "period: 2025年度"), DiagnosticCodes.InvalidPeriod, 7, after: Story(extra: "period: 2025上半年")),
            Text("half-year report for a task the department does not lead", S, Story(tasks: "[2]", extra: "period: 2025上半年"), DiagnosticCodes.ReportNotByLead, 5, after: Story(tasks: "[2]", departments: "[科技处]", extra: "period: 2025上半年")),
            Text("half-year report without a task", S, Story(tasks: "[]", extra: "period: 2025下半年"), DiagnosticCodes.ReportNotByLead, 7),
            Text("half-year report in the long spelling", S, Story(extra: "period: 2025年上半年"), null, fails: false),
            Text("office's half-year report sent by a lead department", S, Story(extra: "report: 半年工作情况\nperiod: 2025上半年"), DiagnosticCodes.HalfYearReportNotByOffice, 5,
                after: Story(departments: "[专项工作机制办公室]", extra: "report: 半年工作情况\nperiod: 2025上半年")),
            Text("office's half-year report without its period", S, Story(departments: "[专项工作机制办公室]", extra: "report: 半年工作情况"), DiagnosticCodes.HalfYearReportWithoutPeriod, 7,
                after: Story(departments: "[专项工作机制办公室]", extra: "report: 半年工作情况\nperiod: 2025上半年")),
            Text("progress report for a half year that has not begun", S, Story(extra: "report: 进展\nperiod: 2025下半年"), DiagnosticCodes.ProgressPeriodAfterDate, 8,
                after: Story(extra: "report: 进展\nperiod: 2025上半年")),
            Text("progress report without a period", S, Story(extra: "report: 进展"), null, fails: false),
            Text("media coverage in a magazine", S, Story(extra: "source: { name: 某刊, medium: 杂志 }"), DiagnosticCodes.InvalidMedium, 7, after: Story(extra: "source: { name: 某刊, medium: 新媒体 }")),
            Text("source address not a web address", S, Story(extra: "source: { name: 某报, medium: 报纸, url: www.example.com }"), DiagnosticCodes.UnsafeLink, 7, after: Story(extra: "source: { name: 某报, medium: 报纸, url: https://www.example.com/ }")),
            Text("tag with a slash", S, Replace("tags: [农村公路]", "tags: [农村/公路]"), DiagnosticCodes.InvalidTag, 7, after: Story()),
            Text("tab indentation", S, "---\ntitle: 测试\ncover:\n\tsrc: media/a.jpg\n---\n正文\n", DiagnosticCodes.TabIndentation, 4, column: 1),
            Text("full-width colon", S, Replace("type: 即时报道", "type：即时报道"), DiagnosticCodes.FullWidthColon, 6, column: 5, after: Story()),
            Text("unterminated quote", S, Replace("title: 测试稿件", "title: \"测试稿件"), DiagnosticCodes.YamlSyntax),
            Text("unterminated list", S, "---\ntitle: 测试\ntags: [甲, 乙\n---\n正文\n", DiagnosticCodes.YamlSyntax),
            Text("duplicate key", S, Replace("type: 即时报道", "type: 即时报道\ntype: 综述评论"), DiagnosticCodes.YamlSyntax, 7, after: Story()),
            Text("bad indentation", S, "---\ntitle: 测试\n  date: 2025-03-14\n---\n正文\n", DiagnosticCodes.YamlSyntax),
            new("binary junk named .md", S, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], DiagnosticCodes.BinaryFile, null, true),
            new("GBK file", S, Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(Story()), DiagnosticCodes.NotUtf8, 0, true,
                After: Story()) { BeforeNote = "{where}，用 GBK（“ANSI”）编码保存", AfterNote = "另存为 UTF-8 编码（文字不变）" },
            new("Notepad's Unicode (UTF-16) file", S, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Story())], DiagnosticCodes.BinaryFile, 0, true,
                After: Story()) { BeforeNote = "{where}，用“Unicode”（UTF-16）编码保存", AfterNote = "另存为 UTF-8 编码（文字不变）" },
            new("story linked from outside the content folder", "stories/2025/2025-03-14-link.md", Encoding.UTF8.GetBytes(Story()), DiagnosticCodes.LinkOutsideContent, 0, true,
                After: Story()) { LinkedFromOutside = true, BeforeNote = "{where}，是指向 content 文件夹以外的链接（符号链接）", AfterNote = "换成文件本身（把文件复制进来）" },
            new("site.yml saved by Notepad as site.yml.txt", "site.yml", null, DiagnosticCodes.RequiredFileMissing, 0, true)
                { Given = [FileState.Absent("site.yml"), FileState.Text("site.yml.txt", site)], Corrected = [FileState.Absent("site.yml.txt"), FileState.Text("site.yml", site)] },
            Text("Chinese file name", "stories/2025/2025-03-14-农村公路.md", Story(), DiagnosticCodes.InvalidStoryFileName, 0).MovedTo("stories/2025/2025-03-14-rural-roads.md"),
            Text("file name with spaces", "stories/2025/2025-03-14-rural roads.md", Story(), DiagnosticCodes.InvalidStoryFileName),
            Text("Windows reserved name", "stories/2025/CON.md", Story(), DiagnosticCodes.InvalidStoryFileName),
            Text("upper-case slug", "stories/2025/2025-03-14-Rural.md", Story(), DiagnosticCodes.InvalidStoryFileName),
            Text("wrong year folder", "stories/2024/2025-03-14-case.md", Story(), DiagnosticCodes.InvalidStoryFileName),
            Text("impossible date in file name", "stories/2025/2025-02-30-case.md", Story(date: "2025-02-28"), DiagnosticCodes.InvalidStoryFileName),
            Text("page named like a section", "pages/search.md", "---\ntitle: 搜索\n---\n正文\n", DiagnosticCodes.InvalidPageFileName),
            Text("page name with a space", "pages/about us.md", "---\ntitle: 页面\n---\n正文\n", DiagnosticCodes.InvalidPageFileName, 0).MovedTo("pages/about-us.md"),
            Text("story copied without a new name", "stories/2025/2025-03-14-notice-issued.md", Story(), DiagnosticCodes.DuplicateSlug, 0, fails: false)
                .MovedTo("stories/2025/2025-03-14-rural-roads.md"),
            Text("title of another story", S, Story(title: shippedTitle), DiagnosticCodes.DuplicateTitle, 2, fails: false, column: 1, after: Story()),
            Text("slug differs from the file name", "stories/2025/2025-03-14-rural-roads.md", Story(extra: "slug: rural-road"), DiagnosticCodes.SlugDiffersFromFileName, 7,
                fails: false, after: Story(extra: "slug: rural-roads")),
            Text("hidden file is ignored", "pages/..evil.md", "---\ntitle: [\n---\n", null, fails: false),
            Text("missing cover image", S, Story(extra: "cover: { src: media/2025/none.jpg, alt: 说明 }"), DiagnosticCodes.MissingMedia, 7),
            Text("cover escaping the media folder", S, Story(extra: "cover: { src: media/../site.yml, alt: 说明 }"), DiagnosticCodes.MissingMedia, 7),
            Text("cover without alt", S, Story(extra: "cover: { src: media/2025/road.jpg }"), DiagnosticCodes.ImageWithoutAlt, 7,
                after: Story(extra: "cover: { src: media/2025/road.jpg, alt: 新建成的农村公路，两侧是麦田 }")) with { Given = [new("media/2025/road.jpg", Jpeg)] },
            Text("video without captions", S, Story(type: "宣传短片", extra: "video: { src: media/2025/film.mp4 }"), DiagnosticCodes.VideoWithoutCaptions, 7,
                after: Story(type: "宣传短片", extra: "video: { src: media/2025/film.mp4, captions: media/2025/film.vtt }"))
                with { Given = [new("media/2025/film.mp4", [0, 0, 0, 24]), FileState.Text("media/2025/film.vtt", WebVtt)] },
            // The correction is what `check --fix` writes (CheckFixTests).
            Text("SRT captions renamed to .vtt", S, Story(type: "宣传短片", extra: "video: { src: media/2025/film.mp4, captions: media/2025/film.vtt }"), DiagnosticCodes.CaptionsNotWebVtt, 7) with
            {
                Given = [new("media/2025/film.mp4", [0, 0, 0, 24]), FileState.Text("media/2025/film.vtt", CaptionTests.Srt)],
                Corrected = [FileState.Text("media/2025/film.vtt", Portal.Model.CaptionFile.SrtToWebVtt(CaptionTests.Srt)!)],
                BeforeNote = "{line}，字幕文件其实是改了扩展名的 SRT 字幕",
                AfterNote = "把 `media/2025/film.vtt` 转换为 WebVTT 格式",
            },
            Text("original of the notice is a picture renamed .pdf", "notice.md", notice, DiagnosticCodes.WrongDocumentFormat, noticeLine) with
            {
                Given = [new("media/notice/original.pdf", Png)],
                Corrected = [new("media/notice/original.pdf", FixtureContent.Pdf)],
                BeforeNote = "{line}，这个文件其实是改了扩展名的 PNG 图片",
                AfterNote = "换成通知原件的 PDF 文件",
            },
            Text("broken internal link", S, Story(body: "见[任务](/tasks/42/)。"), DiagnosticCodes.BrokenInternalLink, 11, after: Story(body: "见[任务](/tasks/2/)。")),
            Text("script link", S, Story(body: "[点我](javascript:alert(1))"), DiagnosticCodes.UnsafeLink, 11, after: Story(body: "[中国政府网](https://www.gov.cn/)")),
            Text("5 MB story", S, big.ToString(), null, fails: false),
            Text("10,000-line table", S, table.ToString(), null, fails: false),
            Text("deeply nested lists and quotes", S, nested, DiagnosticCodes.TooDeeplyNested, 10),
            Text("a pasted line of 150 quote marks", S, Story(body: new string('>', 150) + " 引文"), DiagnosticCodes.TooDeeplyNested, 10, after: Story(body: "> 引文"))
                with { BeforeNote = "{where}：一行开头有 150 个 `>`" },
            Text("unknown field is a warning", S, Story(extra: "auther: 张三"), DiagnosticCodes.UnknownField, 7, fails: false, after: Story()),
            Text("future date is a warning", "stories/2030/2030-01-01-case.md", Story(date: "2030-01-01"), DiagnosticCodes.FutureDate, 3, fails: false),
            Text("year typed as 2062", "stories/2026/2026-03-14-case.md", Story(date: "2062-03-14"), DiagnosticCodes.FutureDate, 3, fails: false, after: Story(date: "2026-03-14")),
            // The correction is what `check --fix` does (CheckFixTests): the story moves to the name of its date.
            Text("date differs from the file name", S, Story(date: "2025-03-15"), DiagnosticCodes.DateDiffersFromFileName, 3, fails: false).MovedTo("stories/2025/2025-03-15-case.md"),
            Text("department slug taken twice", "departments.yml", departments.Replace("slug: planning", "slug: office"), DiagnosticCodes.DuplicateSlug,
                LineOf(departments, "- name: 综合规划处"), after: departments),
            Text("alias line copied from the department above", "departments.yml", departments.Replace("aliases: [省运输发展中心]", "aliases: [省公路发展中心]"),
                DiagnosticCodes.DuplicateDepartmentName, LineOf(departments, "- name: 省道路运输事业发展中心"), after: departments),
            Text("department slug with capitals and an underscore", "departments.yml", departments.Replace("slug: policy-regulation", "slug: Policy_Regulation"),
                DiagnosticCodes.InvalidDepartmentSlug, LineOf(departments, "slug: policy-regulation"), after: departments),
            Text("unknown department kind", "departments.yml", departments.Replace("kind: 派驻机构", "kind: 外单位"), DiagnosticCodes.InvalidDepartmentKind,
                LineOf(departments, "kind: 派驻机构"), after: departments),
            Text("invalid base URL", "site.yml", site.Replace("baseUrl: https://gansu-transport.github.io/portal/", "baseUrl: 网站地址"), DiagnosticCodes.InvalidBaseUrl, 6,
                after: site),
            Text("browser editing turned on without its repository and sign-in address", "site.yml",
                site.Replace("  backend: \"\"           # github 或 forgejo", "  backend: github"), DiagnosticCodes.EditingIncomplete, LineOf(site, "  backend: \"\""),
                after: site.Replace("  backend: \"\"           # github 或 forgejo", "  backend: github")
                    .Replace("  repo: \"\"              # 代码仓库", "  repo: gansu-transport/portal  # 代码仓库")
                    .Replace("  server: \"\"            # github", "  server: https://oauth.example.gov.cn  # github"))
                with { BeforeNote = "`editing` 下只写了 `backend: github`", AfterNote = "补全 `repo: gansu-transport/portal` 和 `server: https://oauth.example.gov.cn`（或把 backend 留空）" },
            Text("new-media platform written as its short name", "site.yml", NewMediaSite(site, "微信"), DiagnosticCodes.UnknownNewMediaPlatform,
                LineOf(site, "newMedia: []") + 1, after: NewMediaSite(site, "微信公众号")) with { Given = [new(NewMediaQr, Png)] },
            Text("new-media account without its name", "site.yml", NewMediaSite(site, "微信公众号", name: "\"\""), DiagnosticCodes.RequiredFieldMissing,
                LineOf(site, "newMedia: []") + 1, after: NewMediaSite(site, "微信公众号")) with { Given = [new(NewMediaQr, Png)] },
            Text("new-media QR code not copied into the media folder", "site.yml", NewMediaSite(site, "微信公众号"), DiagnosticCodes.MissingMedia,
                LineOf(site, "newMedia: []") + 3) with { Corrected = [new(NewMediaQr, Png)] },
            Text("two tasks with one number", "tasks/10-copy.md", task, DiagnosticCodes.DuplicateTaskNumber, 2, after: task.Replace("number: 5 ", "number: 10 ")),
            Text("task number out of range", "tasks/05-debt-risk.md", task.Replace("number: 5 ", "number: 100 "), DiagnosticCodes.TaskNumberOutOfRange, 2, after: task),

            // After "unknown department": the guide's example of PORTAL0031 is that one, whose correction is one line.
            Text("full-width indentation and an unknown department in one story", S, Replace("type: 即时报道", "\u3000type: 即时报道").Replace("[公路管理处]", "[交通局]", StringComparison.Ordinal),
                DiagnosticCodes.UnknownDepartment, 5, after: Story()),

            // Problems of the whole site, on the mini site (today in the tests is 2026-11-26).
            new("no story for over two weeks", "stories", null, DiagnosticCodes.SiteNotUpdated, 0, false)
                { OnMiniSite = true, Corrected = [Published("progress", "2026-11-20", "农村公路建设进展", "即时报道")] },
            new("no progress story of a task for half a year", "tasks", null, DiagnosticCodes.TaskNotUpdated, 0, false)
            {
                OnMiniSite = true,
                Corrected = [Published("progress", "2026-11-20", "农村公路建设进展", "即时报道")],
                AfterNote = "新增重点任务 4 的进展稿件 `stories/2026/2026-11-20-progress.md`（其中写 `tasks: [4]`）",
            },
            new("no progress report of a lead department within the dispatch cadence", "tasks", null, DiagnosticCodes.ReportsMissing, 0, false)
            {
                OnMiniSite = true,
                Corrected = [Published("progress", "2026-11-20", "公路管理处报送农村公路建设进展", "即时报道", "report: 进展")],
                AfterNote = "公路管理处报送重点任务 4 的进展稿件 `stories/2026/2026-11-20-progress.md`（其中写 `report: 进展`）",
            },
            new("a column without stories", "stories", null, DiagnosticCodes.EmptyColumn, 0, false)
            {
                OnMiniSite = true,
                Given = [Published("review", "2026-11-02", "综述", "综述评论"), Published("interview", "2026-11-03", "访谈", "专题访谈"), Published("film", "2026-11-04", "短片", "宣传短片")],
                Corrected = [Published("case-study", "2026-11-05", "典型", "典型案例", "case: 正面")],
                AfterNote = "新增一篇 `type: 典型案例` 的稿件，如 `stories/2026/2026-11-05-case-study.md`",
            },
            Text("site code left empty", "site.yml", InspectedSite("\"\""), DiagnosticCodes.InspectionSelfCheck, 0, fails: false, after: InspectedSite("\"6200000014\""))
                with { OnMiniSite = true, Given = InspectedSiteFiles() },
        ];
        return cases.Select(c => new object[] { c });
    }

    static BadInputCorpusTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_broken_input_has_its_exact_outcome(Case c) => Verify(c);

    /// <summary>Each case verified once per test run: the corpus theory and the guide's examples (GuideErrorExamplesTests) share the outcome.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<Diagnostic?>> Verified = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks the case broken: the exact outcome, or for a case with a correction also the corrected files, which must
    /// pass check without the code. Returns the diagnostic at the case's position (null for an accepted file). A case
    /// already verified in this test run (the same name, files and expectations) is not checked again: its outcome,
    /// or its failure, is the one recorded.
    /// </summary>
    public static Diagnostic? Verify(Case c) => Verified.GetOrAdd(c.Fingerprint(), _ => new Lazy<Diagnostic?>(() => VerifyOnce(c))).Value;

    private static Diagnostic? VerifyOnce(Case c)
    {
        using var content = c.WriteBroken();
        var result = content.Check();
        Assert.True(!c.Fails == result.Success, $"{c.Name}: expected {(c.Fails ? "a failure" : "success")}, got {string.Join("; ", result.Diagnostics)}");
        if (c.Code is null)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
            return null;
        }
        var matches = result.Diagnostics.Where(d => d.Code == c.Code).ToList();
        Assert.True(matches.Count > 0, $"{c.Name}: expected {c.Code}, got {string.Join("; ", result.Diagnostics)}");
        Assert.All(matches, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        var atPosition = matches.FirstOrDefault(d => (d.File.Replace('\\', '/') == c.Path || d.File.EndsWith(Path.GetFileName(c.Path)))
            && (c.Line is not { } line || d.Line == line) && (c.Column is not { } column || d.Column == column));
        Assert.True(atPosition is not null, $"{c.Name}: expected {c.Code} at {c.Path}:{c.Line}:{c.Column}, got {string.Join("; ", matches)}");
        if (!c.HasCorrection) return atPosition;
        using var corrected = c.WriteCorrected();
        var correctedResult = corrected.Check();
        Assert.True(correctedResult.Success, $"{c.Name} corrected: {string.Join("; ", correctedResult.Diagnostics.Where(d => d.Severity == Severity.Error))}");
        Assert.DoesNotContain(correctedResult.Diagnostics, d => d.Code == c.Code);
        return atPosition;
    }

    [Fact]
    public void Each_case_has_its_own_name()
    {
        // Names identify cases across tests (the guide marks the ones `check --fix` corrects) and in test results.
        var names = Cases().Select(c => ((Case)c[0]).Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Trait(Tier.Category, Tier.Slow)] // the generator as a process
    [Fact]
    public void The_real_program_never_prints_a_stack_trace_for_broken_input()
    {
        using var content = new ContentCase()
            .WriteBytes(S, [0, 1, 2, 3, 255, 254])
            .Write("stories/2025/2025-03-15-b.md", "---\ntitle: [\n---\n")
            .Write("departments.yml", "departments: {");
        var (code, output) = CommandLine.Run(RepositoryPaths.Root, "check", "--content", content.ContentDir);
        Assert.Equal(1, code);
        Assert.DoesNotContain("   at Portal.", output);
        Assert.DoesNotContain("Exception", output);
        Assert.Contains("PORTAL0004", output);
    }
}
