using Portal.Diagnostics;

namespace Portal.Model.ContentSchema;

/// <summary>Front matter of content/stories/YYYY/YYYY-MM-DD-slug.md.</summary>
public static class StoryFields
{
    public static readonly ContentField Title = new()
    {
        Key = "title", Kind = FieldKind.Text, Label = "标题", Requirement = Requirement.Required,
        Hint = "列表、稿件页、搜索结果和分享都显示这个标题；与其他稿件完全相同会警告（PORTAL0043）。",
        Examples = ["省公路事业发展中心推进农村公路提升行动"],
    };

    public static readonly ContentField Date = new()
    {
        Key = "date", Kind = FieldKind.Date, Label = "日期", Requirement = Requirement.Required,
        Hint = "发布日期，应与文件名中的日期一致（PORTAL0042）；晚于今天会警告（PORTAL0022），但稿件仍会立即发布。",
        Examples = ["2025-03-14"],
        Details = "写成 `2025-03-14`。\n\n- 应与文件名开头的日期一致（否则警告 `PORTAL0042`，网址按文件名中的日期生成）；\n- 晚于今天会得到警告 `PORTAL0022`；\n- 写错（如 `2025-13-45`）报错 `PORTAL0021`。",
    };

    public static readonly ContentField Tasks = new()
    {
        Key = "tasks", Kind = FieldKind.IntegerList, Label = "重点任务", ChoicesFrom = ContentSource.TaskNumbers, Minimum = 1, Maximum = 99, RuleCode = DiagnosticCodes.UnknownTask,
        Hint = "涉及的重点任务序号，必须是已有的任务（目前 1–9），否则报错（PORTAL0030）；稿件会出现在对应任务页的时间线上。",
        Examples = ["[4]", "[1, 3]"],
        Details = "用阿拉伯数字，如 `[4]` 或 `[1, 3]`。\n\n- 必须是 `content/tasks/` 中已有的任务（目前为 1–9），否则报错 `PORTAL0030`；\n- 写成汉字“四”报错 `PORTAL0011`。\n\n稿件会出现在对应任务页 `/tasks/N/` 的时间线上。",
    };

    public static readonly ContentField Departments = new()
    {
        Key = "departments", Kind = FieldKind.TextList, Label = "部门", ChoicesFrom = ContentSource.DepartmentNames,
        Hint = "涉及的部门单位，名称须能在 departments.yml 中找到（PORTAL0031）；网站上统一显示规范名称。",
        Examples = ["[公路管理处, 乡村振兴办]", "[省公路发展中心]"],
        Details = "可写 `content/departments.yml` 中登记的规范名称、全称、别名，或集合称谓（如“厅机关各部门”）。找不到时报错 `PORTAL0031`，并提示最接近的名称。网站上统一显示规范名称，并链接到 `/departments/<slug>/`。",
    };

    /// <summary>What each type is, for the editors' choice list (the schemas, the guide); the type pages' own descriptions are theme.yml's storyTypes.</summary>
    private static readonly Dictionary<string, string> TypeDescriptions = new()
    {
        ["即时报道"] = "工作动态和进展的及时报道",
        ["综述评论"] = "阶段性综述和评论文章",
        ["专题访谈"] = "围绕重点任务的专题访谈",
        ["宣传短片"] = "宣传短片和视频报道",
        [StoryType.CaseTypeName] = "正面典型激励和反面典型警示案例",
    };

    private static readonly Dictionary<string, string> TypeNotes = new()
    {
        ["宣传短片"] = "（配 video 字段）",
        [StoryType.CaseTypeName] = "（须同时写 case）",
    };

    public static readonly ContentField Type = new()
    {
        Key = "type", Kind = FieldKind.Text, Label = "稿件类型", Requirement = Requirement.Required, RuleCode = DiagnosticCodes.UnknownStoryType,
        Choices = StoryType.All.Select(t => new FieldChoice(t.Name, TypeDescriptions[t.Name] + TypeNotes.GetValueOrDefault(t.Name, "") + "。")).ToList(),
        Hint = "写错报错（PORTAL0032）；选“典型案例”时必须再写 case。",
        Examples = ["即时报道"],
        Details = "写错报错 `PORTAL0032`。选 `典型案例` 时必须再写 `case`。类型页网址："
            + string.Join("、", StoryType.All.Select(t => $"`/types/{t.Slug}/`")) + "。",
    };

    public static readonly ContentField Case = new()
    {
        Key = "case", Kind = FieldKind.Text, Label = "典型类别", OnlyWhen = new FieldCondition(Type, StoryType.CaseTypeName), RuleCode = DiagnosticCodes.UnknownCaseKind,
        Choices = [new(CaseKinds.Positive, "正面典型，激励示范。"), new(CaseKinds.Negative, "反面典型，警示教育。")],
        Hint = "其他类型写了报错（PORTAL0033），典型案例没写报错（PORTAL0034），写了其他值报错（PORTAL0035）。",
        Examples = ["正面", "反面"],
    };

    /// <summary>The one document a story or page can interpret (解读): the notice.</summary>
    public const string NoticeInterpretation = "notice";

    public static readonly ContentField Interprets = new()
    {
        Key = "interprets", Kind = FieldKind.Text, Label = "解读文件", RuleCode = DiagnosticCodes.InvalidInterpretation,
        Choices = [new(NoticeInterpretation, "本稿是对通知（甘交办〔2025〕2号）的政策解读。")],
        Hint = "本稿是通知的政策解读时写 notice：通知页列出本稿，本稿链接回通知。只有“综述评论”类稿件可以写，其他类型或其他值报错（PORTAL0075）。",
        Examples = [NoticeInterpretation],
    };

    public static readonly ContentField Tags = new()
    {
        Key = "tags", Kind = FieldKind.TextList, Label = "标签", AllowsBareNumber = true, MaxLength = 30, Pattern = TextPattern.Tag, RuleCode = DiagnosticCodes.InvalidTag,
        Hint = "每个标签不超过 30 个字，不能含 / \\ ? # % < > \" ' & : * | 等半角符号（PORTAL0036）；每个标签有自己的页面 /tags/标签/。",
        Examples = ["[农村公路, 四好农村路]"],
        ItemHint = "一个标签：简短词语，不超过 30 个字。",
        ItemExamples = ["农村公路", "四好农村路", "三抓三促"],
    };

    public static readonly ContentField Summary = new()
    {
        Key = "summary", Kind = FieldKind.Text, Label = "摘要",
        Hint = "一两句话，显示在稿件列表、搜索结果和分享信息中；稿件页上不显示，正文开头照常写导语。",
        Examples = ["省公路事业发展中心召开推进会，部署新一轮农村公路提升行动。"],
    };

    public static readonly ContentField CoverSrc = new()
    {
        Key = "src", Kind = FieldKind.Text, Label = "图片路径", Requirement = Requirement.Required, Pattern = TextPattern.MediaPath, RuleCode = DiagnosticCodes.MissingMedia,
        Hint = "以 media/ 开头，文件放在 content/media/ 下，文件名大小写、扩展名须完全一致（PORTAL0050）。",
        Examples = ["media/2025/road.jpg"],
    };

    public static readonly ContentField CoverAlt = new()
    {
        Key = "alt", Kind = FieldKind.Text, Label = "图片说明（alt）", Requirement = Requirement.RequiredByCheck,
        Hint = "用一句话说明图片里有什么，供视障读者的读屏软件朗读；缺少时报错（PORTAL0051）。",
        Examples = ["新建成的农村公路，两侧是麦田"],
        Details = "用一句话说明图片里有什么，供视障读者的读屏软件朗读，图片加载失败时也会显示。缺少时报错 `PORTAL0051`。\n\n好的写法：`新建成的农村公路，两侧是麦田`；不好的写法：`图片`、`IMG_0012`。",
    };

    public static readonly ContentField CoverCaption = new()
    {
        Key = "caption", Kind = FieldKind.Text, Label = "图注",
        Hint = "显示在图片下方的说明文字。",
        Examples = ["2025年3月14日，通车仪式现场"],
    };

    public static readonly ContentField Cover = new()
    {
        Key = "cover", Kind = FieldKind.Object, Label = "封面图片", Fields = [CoverSrc, CoverAlt, CoverCaption],
        Hint = "显示在稿件页的标题和稿件信息下方、正文之前；也可写在一行：{ src: …, alt: … }。",
        Details = "```yaml\ncover: { src: media/2025/road.jpg, alt: 新建成的农村公路，两侧是麦田, caption: 通车仪式现场 }\n```\n\n- `src` 找不到文件报错 `PORTAL0050`；\n- 缺少 `alt` 报错 `PORTAL0051`。",
    };

    public static readonly ContentField VideoSrc = new()
    {
        Key = "src", Kind = FieldKind.Text, Label = "视频路径", Requirement = Requirement.Required, Pattern = TextPattern.MediaPath, RuleCode = DiagnosticCodes.MissingMedia,
        Hint = "视频文件，建议 MP4（H.264）格式；文件放在 content/media/ 下（PORTAL0050）。",
        Examples = ["media/2025/film.mp4"],
    };

    public static readonly ContentField VideoPoster = new()
    {
        Key = "poster", Kind = FieldKind.Text, Label = "视频封面", Pattern = TextPattern.MediaPath, RuleCode = DiagnosticCodes.MissingMedia,
        Hint = "播放前显示的封面图（建议提供）。",
        Examples = ["media/2025/film-poster.jpg"],
    };

    public static readonly ContentField VideoCaptions = new()
    {
        Key = "captions", Kind = FieldKind.Text, Label = "字幕文件", Requirement = Requirement.RequiredByCheck, Pattern = TextPattern.MediaPath, RuleCode = DiagnosticCodes.MissingMedia,
        Hint = "WebVTT（.vtt）或 SRT（.srt）字幕，.srt 在网站生成时自动转换为 WebVTT；供听障读者和静音环境观看；缺少时报错（PORTAL0053）。",
        Examples = ["media/2025/film.vtt"],
        Details = "WebVTT 格式（`.vtt`），如 `media/2025/film.vtt`；制作方给的 SRT 字幕（`.srt`）可以直接写，网站生成时自动转换为 WebVTT。供听障读者和静音环境观看；缺少时报错 `PORTAL0053`。\n\n```\nWEBVTT\n\n00:00:00.000 --> 00:00:04.000\n农村公路通到了家门口。\n```",
    };

    public static readonly ContentField VideoTitle = new()
    {
        Key = "title", Kind = FieldKind.Text, Label = "视频标题",
        Hint = "供读屏软件朗读；不写则用稿件标题。",
        Examples = ["四好农村路宣传短片"],
    };

    public static readonly ContentField Video = new()
    {
        Key = "video", Kind = FieldKind.Object, Label = "视频", Fields = [VideoSrc, VideoPoster, VideoCaptions, VideoTitle],
        Hint = "宣传短片等视频稿件用；字幕 captions 必填（PORTAL0053）。",
        Details = "```yaml\nvideo:\n  src: media/2025/film.mp4\n  poster: media/2025/film-poster.jpg\n  captions: media/2025/film.vtt\n  title: 四好农村路宣传短片\n```\n\n- `captions`（WebVTT 或 SRT 字幕）必填，缺少时报错 `PORTAL0053`；\n- 任何文件找不到报错 `PORTAL0050`。",
    };

    public static readonly ContentField SourceName = new()
    {
        Key = "name", Kind = FieldKind.Text, Label = "来源名称", Requirement = Requirement.Required,
        Hint = "刊发或播出稿件的媒体或单位名称。",
        Examples = ["甘肃日报", "省交通运输厅"],
    };

    public static readonly ContentField SourceMedium = new()
    {
        Key = "medium", Kind = FieldKind.Text, Label = "媒体类型", RuleCode = DiagnosticCodes.InvalidMedium,
        Choices = MediaOutlets.All.Select(m => new FieldChoice(m, $"{m}报道。")).ToList(),
        Hint = "写了媒体类型的稿件列入“媒体聚焦”；只能是报纸、网络、电视、新媒体（PORTAL0045）。",
        Examples = ["报纸"],
    };

    public static readonly ContentField SourceUrl = new()
    {
        Key = "url", Kind = FieldKind.Text, Label = "原文网址", Pattern = TextPattern.WebAddress, RuleCode = DiagnosticCodes.UnsafeLink,
        Hint = "媒体原文的完整网址，以 https:// 或 http:// 开头（PORTAL0054）。",
        Examples = ["https://www.gansudaily.com.cn/"],
    };

    public static readonly ContentField SourceDate = new()
    {
        Key = "date", Kind = FieldKind.Date, Label = "刊播日期",
        Hint = "媒体刊发或播出的日期，如 2025-03-15。",
        Examples = ["2025-03-15"],
    };

    public static readonly ContentField Source = new()
    {
        Key = "source", Kind = FieldKind.Object, Label = "来源", Fields = [SourceName, SourceMedium, SourceUrl, SourceDate], Shorthand = SourceName,
        Hint = "显示为“来源”；只写名称时写在一行，如 source: 甘肃日报；报纸、网络、电视、新媒体的报道再写 medium、url、date，列入“媒体聚焦”。",
        Details = "只写来源名称：\n\n```yaml\nsource: 省交通运输厅\n```\n\n媒体报道（列入“媒体聚焦”）：\n\n```yaml\nsource:\n  name: 甘肃日报\n  medium: 报纸\n  url: https://www.gansudaily.com.cn/\n  date: 2025-03-15\n```",
    };

    private const string PeriodRules = "只写 period 的稿件按牵头部门的进展报送计，departments 须含所报任务的牵头部门（PORTAL0039）；report: 半年工作情况 时必填。";

    public static readonly ContentField Period = new()
    {
        Key = "period", Kind = FieldKind.Text, Label = "半年报告期", Pattern = TextPattern.ReportPeriod, RuleCode = DiagnosticCodes.InvalidPeriod,
        Hint = "本稿所报的半年，如 2025上半年、2025下半年（也可写 2025年上半年）；其他写法报错（PORTAL0038）。" + PeriodRules,
        // The form offers 2025上半年 through the next half year (EditorChoices): its hint names the current ones.
        FormHint = current => $"本稿所报的半年：本半年是 {current}，上一个半年是 {current.Previous}；可选 {ReportPeriod.First} 到下一个半年（{current.Next}）。" + PeriodRules,
        Examples = ["2025上半年", "2025下半年"],
    };

    public static readonly ContentField Report = new()
    {
        Key = "report", Kind = FieldKind.Text, Label = "报送类型",
        Choices =
        [
            new(ReportKinds.Progress, "牵头部门、成员单位（部门）定期报送的重点任务进展情况；所属半年为 period，不写 period 时按稿件日期。"),
            new(ReportKinds.HalfYear, "专项工作机制办公室每半年的工作情况报告；须写 period，departments 须含专项工作机制办公室。"),
        ],
        Hint = "本稿是报送给专项工作机制办公室的材料时填写：进展 或 半年工作情况。半年工作情况须写 period（PORTAL0048），departments 须含专项工作机制办公室（PORTAL0047）；进展的 period 不能晚于稿件日期所在的半年（PORTAL0049）。只写 period 的稿件按进展计。",
        Examples = ["进展", "半年工作情况"],
    };

    public static readonly ContentField Slug = new()
    {
        Key = "slug", Kind = FieldKind.Text, Label = "网址标识", Pattern = TextPattern.Slug,
        Hint = "文件名和网址中日期后面的英文部分，如 rural-roads，只用小写英文字母、数字和连字符。在本机预览的编辑器中可留空，发布时按标题自动生成；网上编辑器中必须填写。应与文件名一致（PORTAL0046）：在本机编辑器中改了网址标识或日期再发布，文件随之改名，指向它的链接一并更新。",
        Examples = ["rural-roads"],
    };

    public static readonly ContentField Editor = new()
    {
        Key = "editor", Kind = FieldKind.Text, Label = "责任编辑",
        Hint = "显示在稿件末尾的“责任编辑”。",
        Examples = ["张三"],
    };

    public static readonly ContentField Draft = new()
    {
        Key = "draft", Kind = FieldKind.Boolean, Label = "草稿",
        Hint = "写 true 为草稿，不在网站上发布，写好后改为 false（或删除这一行）；预览时加 --drafts 才能看到草稿。",
        Examples = ["false", "true"],
    };

    public static readonly ContentDocument Document = new()
    {
        Id = "story",
        Path = "stories",
        Format = ContentFormat.MarkdownFrontMatter,
        Title = "稿件元数据（content/stories/年份/年-月-日-英文标识.md 开头两行“---”之间的部分）",
        Description = "一篇进展报道的元数据。",
        Fields = [Title, Slug, Date, Tasks, Departments, Type, Case, Interprets, Report, Period, Tags, Summary, Cover, Video, Source, Editor, Draft],
    };
}
