using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;

namespace Portal.Validation;

/// <summary>Stage 2: checks references and rules across the loaded content, collecting every problem.</summary>
public sealed class ContentValidator(ContentSet content, DepartmentDirectory directory, DiagnosticBag diagnostics, DateOnly today)
{
    private static readonly char[] TagForbidden = ['/', '\\', '?', '#', '%', '<', '>', '"', '\'', '&', ':', '*', '|'];

    public void Validate()
    {
        var taskNumbers = ValidateTasks();
        ValidateMechanism();
        var dispatch = new DispatchRules(content, directory, diagnostics, today);
        var titles = new Dictionary<string, Story>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var story in content.Stories)
        {
            ValidateStory(story, taskNumbers);
            dispatch.CheckStory(story);
            if (story.Incomplete) continue;
            if (!titles.TryAdd(story.Title, story))
            {
                diagnostics.Warning(DiagnosticCodes.DuplicateTitle, story.SourceFile, story.TitleLine, 1,
                    $"标题与 {titles[story.Title].SourceFile} 完全相同。", "重复标题会让读者难以区分，请调整标题。");
            }
            var slug = story.FileStem[11..];
            var yearSlug = $"{story.FileStem[..4]}/{slug}";
            if (!slugs.TryAdd(yearSlug, story))
            {
                diagnostics.Warning(DiagnosticCodes.DuplicateSlug, story.SourceFile, 0, 0,
                    $"英文标识“{slug}”与同年的 {slugs[yearSlug].SourceFile} 相同，可能是复制文件后忘了改名。",
                    "请给这篇稿件换一个能概括内容的英文标识。");
            }
        }
        var selfCheck = new InspectionSelfCheck();
        CheckFreshness(selfCheck);
        selfCheck.CheckIdentity(content.Site, content.Notice);
        selfCheck.Report(diagnostics);
        if (content.Site is { } site)
        {
            ValidateIdentity(site);
            dispatch.CheckSite(site);
        }
        if (content.Notice is { } withAttachments) ValidateAttachments(withAttachments);
        if (content.Site?.Banner is { } banner)
        {
            CheckMedia(SiteConfigReader.FileName, banner.Src, "首页横幅图片");
            if (banner.Alt.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, SiteConfigReader.FileName, banner.Src.Line, banner.Src.Column,
                    "首页横幅图片缺少文字说明（alt）。", "请在 banner 中加上 alt，写出横幅上的内容和文字，供视障读者的读屏软件朗读。");
            }
        }
        foreach (var task in content.Tasks) ValidateBody(task.Body);
        foreach (var page in content.Pages) ValidateBody(page.Body);
        if (content.Notice is { } notice) ValidateBody(notice.Body);
    }

    /// <summary>
    /// Government-website inspections (政府网站检查指标) count a site not updated for two weeks and an empty column as
    /// faults; the office follows the key tasks' half-year reports. Each is one line about the site or one summary about
    /// the tasks, saying what to do, never a warning on some story that is not at fault.
    /// </summary>
    private void CheckFreshness(InspectionSelfCheck selfCheck)
    {
        var published = content.Stories.Where(s => !s.Draft && !s.Incomplete && s.Date.Value <= today).ToList();
        var newest = published.MaxBy(s => s.Date.Value);
        if (newest is null || today.DayNumber - newest.Date.Value.DayNumber > 14)
        {
            diagnostics.Warning(DiagnosticCodes.SiteNotUpdated, StoryReader.Folder, 0, 0,
                newest is null ? "网站还没有任何已发布的工作动态。" : $"网站最新一篇稿件发布于 {newest.Date.Value:yyyy-MM-dd}，已超过 14 天没有更新。",
                "政府网站检查把两周未更新的栏目计为不及时，请尽快发布近期工作动态。");
            selfCheck.Add("网站更新", newest is null ? "还没有已发布的工作动态。" : $"最新稿件发布于 {newest.Date.Value:yyyy-MM-dd}，超过 14 天未更新。",
                $"发布近期工作动态（{DiagnosticCodes.SiteNotUpdated}）。");
        }
        // An empty column is one an inspector counts against the site; the navigation leaves it out until it has stories.
        var emptyTypes = StoryType.All.Where(t => published.All(s => s.Type.Value != t.Name)).ToList();
        if (emptyTypes.Count > 0)
        {
            var names = string.Join("、", emptyTypes.Select(t => $"“{t.Name}”"));
            selfCheck.Add("空白栏目", $"栏目{names}没有已发布的稿件。", $"发布这些形式的稿件（type: {string.Join(" / ", emptyTypes.Select(t => t.Name))}，{DiagnosticCodes.EmptyColumn}）。");
        }
        // A column with stories, but none for longer than its update period.
        foreach (var type in StoryType.All.Except(emptyTypes))
        {
            var latest = published.Where(s => s.Type.Value == type.Name).Max(s => s.Date.Value);
            if (today.DayNumber - latest.DayNumber > type.UpdateDays)
            {
                selfCheck.Add("栏目更新", $"栏目“{type.Name}”最新稿件发布于 {latest:yyyy-MM-dd}，超过 {type.UpdateDays} 天未更新。",
                    $"发布“{type.Name}”形式的近期稿件（该栏目至少每 {type.UpdateDays} 天更新一次）。");
            }
        }
        foreach (var type in emptyTypes)
        {
            diagnostics.Warning(DiagnosticCodes.EmptyColumn, StoryReader.Folder, 0, 0,
                $"栏目“{type.Name}”还没有已发布的稿件，网站导航中暂不显示该栏目。",
                $"政府网站检查把空白栏目计为问题：请发布“{type.Name}”形式的稿件（type: {type.Name}）。");
        }
        CheckTaskProgress(published);
        new DispatchRules(content, directory, diagnostics, today).ReportMissing(published);
    }

    /// <summary>
    /// One summary for the office (专项工作机制办公室): the lead departments that have not reported for the latest half
    /// year anyone reported for, and the tasks without any progress story for six months.
    /// </summary>
    private void CheckTaskProgress(List<Story> published)
    {
        var ledger = ReportLedger.Build(content.Tasks, published, directory);
        var missing = ledger.Latest is { } latest ? ledger.Rows.Where(r => r.In(latest).Count == 0).ToList() : [];
        var latestOfTask = new Dictionary<int, Story>();
        foreach (var story in published.Where(s => s.Case?.Value != CaseKinds.Negative))
        {
            foreach (var number in story.Tasks)
            {
                if (!latestOfTask.TryGetValue(number.Value, out var known) || story.Date.Value > known.Date.Value) latestOfTask[number.Value] = story;
            }
        }
        var stale = content.Tasks.OrderBy(t => t.Number.Value)
            .Where(t => latestOfTask.GetValueOrDefault(t.Number.Value) is not { } s || today.DayNumber - s.Date.Value.DayNumber > 183)
            .ToList();
        if (missing.Count == 0 && stale.Count == 0) return;

        var parts = new List<string>();
        if (missing.Count > 0)
            parts.Add($"{ledger.Latest}尚未报送工作情况的牵头部门（{missing.Count}个）：{string.Join("、", missing.Select(r => $"任务{r.Task.Number.Value} {r.ShownName}"))}");
        if (stale.Count > 0)
            parts.Add($"半年以上没有进展报道的重点任务：{string.Join("、", stale.Select(t => $"任务{t.Number.Value}"))}");
        var table = new List<IReadOnlyList<string>> { new[] { "重点任务", "牵头部门", ledger.Latest is { } p ? $"{p}工作情况" : "半年工作情况", "最近进展" } };
        string Latest(KeyTask task) => latestOfTask.GetValueOrDefault(task.Number.Value) is { } s ? $"{s.Date.Value:yyyy-MM-dd}" : "暂无";
        table.AddRange(missing.Select(r => (IReadOnlyList<string>)[$"{r.Task.Number.Value}. {r.Task.Title}", r.ShownName, "未报送", Latest(r.Task)]));
        table.AddRange(stale.Where(t => missing.All(r => r.Task != t)).Select(t => (IReadOnlyList<string>)[$"{t.Number.Value}. {t.Title}", string.Join("、", t.Lead.Select(l => l.Value)), ledger.Latest is null ? "—" : "已报送", Latest(t)]));
        diagnostics.Add(new Diagnostic(DiagnosticCodes.TaskNotUpdated, Severity.Warning, TaskReader.Folder, 0, 0,
            "重点任务工作进展需要关注：" + string.Join("；", parts) + "。",
            "通知要求成员单位（部门）定期报送进展情况：请牵头部门报送进展稿件（写“report: 进展”，可加“period: 2025上半年”指明所报的半年）；逐项情况见网站“工作进展”页 /tasks/progress/。")
        {
            Table = table,
        });
    }

    /// <summary>
    /// A half-year report (通知 三（二）) names its period in an accepted spelling, and is sent by a lead department of
    /// each task it reports on (a collective lead such as 厅机关各部门 is satisfied by any of its members).
    /// </summary>
    private void ValidateReport(Story story, StoryType? type)
    {
        if (story.Period is not { } period) return;
        var file = story.SourceFile;
        if (ReportPeriod.Parse(period.Value) is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidPeriod, file, period.Line, period.Column,
                $"半年报告期“{period.Value}”无法识别。", $"请写成{ReportPeriod.AcceptedForms}。");
            return;
        }
        // The office's own half-year report is checked by DispatchRules; it reports on every task, not as a lead.
        if (story.IsHalfYearReport) return;
        if (story.Tasks.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.ReportNotByLead, file, period.Line, period.Column,
                "写明报告期的进展报送没有写明所报的重点任务。", "请在 tasks 中写上本稿所报的重点任务序号，例如“tasks: [4]”。");
            return;
        }
        var senders = story.Departments.SelectMany(d => directory.Resolve(d.Value) ?? []).ToHashSet();
        foreach (var number in story.Tasks)
        {
            var task = content.Tasks.FirstOrDefault(t => t.Number.Value == number.Value);
            if (task is null) continue; // reported as an unknown task
            var leads = task.Lead.SelectMany(l => directory.Resolve(l.Value) ?? []).ToList();
            if (leads.Any(senders.Contains)) continue;
            var written = story.Departments.Count == 0 ? "没有写部门" : "部门是" + string.Join("、", story.Departments.Select(d => d.Value));
            var guess = story.Departments.Select(d => NameSuggester.Closest(d.Value, task.Lead.Select(l => l.Value))).FirstOrDefault(g => g is not null);
            var (line, column) = story.Departments.Count > 0 ? (story.Departments[0].Line, story.Departments[0].Column) : (number.Line, number.Column);
            diagnostics.Error(DiagnosticCodes.ReportNotByLead, file, line, column,
                $"写明报告期的进展报送须由所报任务的牵头部门报送：重点任务{number.Value}的牵头部门是{string.Join("、", task.Lead.Select(l => l.Value))}，本稿{written}。",
                guess is null
                    ? $"请在 departments 中写上重点任务{number.Value}的牵头部门，或删除 period 一行（不作为进展报送）。"
                    : $"是否为“{guess}”？请在 departments 中写上重点任务{number.Value}的牵头部门。");
        }
    }

    /// <summary>来源: a medium is one of the four the notice names, and the original's address is a web address.</summary>
    private void ValidateSource(Story story)
    {
        if (story.Source is not { } source) return;
        if (source.Medium is { } medium && !MediaOutlets.All.Contains(medium.Value))
        {
            var guess = NameSuggester.Closest(medium.Value, MediaOutlets.All);
            diagnostics.Error(DiagnosticCodes.InvalidMedium, story.SourceFile, medium.Line, medium.Column,
                guess is null ? $"媒体类型“{medium.Value}”无效。" : $"媒体类型“{medium.Value}”无效，是否为“{guess}”？",
                $"medium 只能是：{string.Join("、", MediaOutlets.All)}。");
        }
        CheckWebAddress(story.SourceFile, source.Url, "原文网址");
    }

    private HashSet<int> ValidateTasks()
    {
        var numbers = new Dictionary<int, KeyTask>();
        foreach (var task in content.Tasks)
        {
            var number = task.Number;
            if (number.Value < 1 || number.Value > 99)
            {
                diagnostics.Error(DiagnosticCodes.TaskNumberOutOfRange, task.SourceFile, number.Line, number.Column,
                    $"任务序号 {number.Value} 超出范围。", "任务序号应为 1 到 99 之间的整数，与文件名开头的两位数字一致。");
            }
            else if (!numbers.TryAdd(number.Value, task))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateTaskNumber, task.SourceFile, number.Line, number.Column,
                    $"任务序号 {number.Value} 与 {numbers[number.Value].SourceFile} 重复。", "每个重点任务的序号必须不同。");
            }
            foreach (var lead in task.Lead) directory.ResolveOrReport(lead, task.SourceFile, diagnostics);
        }
        return numbers.Keys.ToHashSet();
    }

    private void ValidateMechanism()
    {
        if (content.Mechanism is not { } mechanism) return;
        foreach (var member in mechanism.Members) directory.ResolveOrReport(member, mechanism.SourceFile, diagnostics);
        directory.ResolveOrReport(mechanism.Office.LocatedIn, mechanism.SourceFile, diagnostics);
        foreach (var deputy in mechanism.Office.Deputies) directory.ResolveOrReport(deputy.Department, mechanism.SourceFile, diagnostics);
    }

    private void ValidateStory(Story story, HashSet<int> taskNumbers)
    {
        var file = story.SourceFile;
        foreach (var task in story.Tasks)
        {
            if (!taskNumbers.Contains(task.Value))
            {
                var known = string.Join("、", taskNumbers.Order());
                diagnostics.Error(DiagnosticCodes.UnknownTask, file, task.Line, task.Column,
                    $"没有序号为 {task.Value} 的重点任务。", $"重点任务序号只能是：{known}。");
            }
        }
        // [甲，乙] with a Chinese comma is one item to YAML: say so instead of "unknown department 甲，乙".
        List<Located<string>> joined = [];
        foreach (var item in story.Departments.Concat(story.Tags))
        {
            if (item.Value.AsSpan().IndexOfAny('，', '、', '；') >= 0) joined.Add(item);
        }
        foreach (var item in joined)
        {
            diagnostics.Error(DiagnosticCodes.ChineseListSeparator, file, item.Line, item.Column,
                $"“{item.Value}”中用了中文逗号或顿号，会被当成一项。", "列表中的各项请用英文逗号加空格分隔，例如“[公路管理处, 乡村振兴办]”。");
        }
        foreach (var department in story.Departments)
        {
            if (!joined.Contains(department)) directory.ResolveOrReport(department, file, diagnostics);
        }

        var type = StoryType.Find(story.Type.Value);
        if (type is null && !story.Incomplete)
        {
            var suggestion = NameSuggester.Closest(story.Type.Value, StoryType.All.Select(t => t.Name));
            diagnostics.Error(DiagnosticCodes.UnknownStoryType, file, story.Type.Line, story.Type.Column,
                suggestion is null ? $"未知的稿件类型“{story.Type.Value}”。" : $"未知的稿件类型“{story.Type.Value}”，是否为“{suggestion}”？",
                $"稿件类型只能是：{string.Join("、", StoryType.All.Select(t => t.Name))}。");
        }
        if (story.Case is { } caseKind)
        {
            if (type is not null && type.Name != StoryType.CaseTypeName)
            {
                diagnostics.Error(DiagnosticCodes.CaseOnNonCaseStory, file, caseKind.Line, caseKind.Column,
                    $"只有“典型案例”类稿件才能填写 case，本稿件类型为“{type.Name}”。",
                    "请删除 case 这一行，或把 type 改为“典型案例”。");
            }
            else if (!CaseKinds.All.Contains(caseKind.Value))
            {
                diagnostics.Error(DiagnosticCodes.UnknownCaseKind, file, caseKind.Line, caseKind.Column,
                    $"典型类别“{caseKind.Value}”无效。", "case 只能是“正面”或“反面”。");
            }
        }
        else if (type?.Name == StoryType.CaseTypeName)
        {
            diagnostics.Error(DiagnosticCodes.CaseMissing, file, story.Type.Line, story.Type.Column,
                "典型案例稿件需要注明是正面典型还是反面典型。", "请加一行“case: 正面”或“case: 反面”。");
        }
        foreach (var tag in story.Tags)
        {
            if (joined.Contains(tag)) continue;
            if (tag.Value.IndexOfAny(TagForbidden) >= 0 || tag.Value.Length > 30)
            {
                diagnostics.Error(DiagnosticCodes.InvalidTag, file, tag.Line, tag.Column,
                    $"标签“{tag.Value}”含有不能用于网址的符号或过长。",
                    "标签请用简短词语（不超过 30 个字），不要包含 / \\ ? # % : 等符号。");
            }
        }
        ValidateReport(story, type);
        ValidateSource(story);
        if (story.Incomplete) { ValidateBody(story.Body); return; }
        if (story.Date.Value > today)
        {
            diagnostics.Warning(DiagnosticCodes.FutureDate, file, story.Date.Line, story.Date.Column,
                $"日期 {story.Date.Value:yyyy-MM-dd} 晚于今天。", "如非有意预发布，请改为实际发布日期。");
        }
        if (story.FileStem[..10] != story.Date.Value.ToString("yyyy-MM-dd"))
        {
            diagnostics.Warning(DiagnosticCodes.DateDiffersFromFileName, file, story.Date.Line, story.Date.Column,
                $"日期 {story.Date.Value:yyyy-MM-dd} 与文件名中的日期 {story.FileStem[..10]} 不一致。",
                $"网址按文件名中的日期生成，文件还须放在该年份的文件夹中：请改回 date，或运行 `check --fix` 按 date 改名并移到 stories/{story.Date.Value:yyyy}/。");
        }
        if (story.Slug is { } slug && slug.Value != story.FileStem[11..])
        {
            diagnostics.Warning(DiagnosticCodes.SlugDiffersFromFileName, file, slug.Line, slug.Column,
                $"网址标识“{slug.Value}”与文件名中的“{story.FileStem[11..]}”不一致。", "网址按文件名生成；请让两者一致，或删除 slug 一行。");
        }
        if (story.Cover is { } cover)
        {
            CheckMedia(file, cover.Src, "封面图片");
            if (cover.Alt.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, file, cover.Src.Line, cover.Src.Column,
                    "封面图片缺少文字说明（alt）。", "请在 cover 中加上 alt，用一句话描述图片内容，供视障读者的读屏软件朗读。");
            }
        }
        if (story.Video is { } video)
        {
            CheckMedia(file, video.Src, "视频");
            if (video.Poster is { } poster) CheckMedia(file, poster, "视频封面");
            if (video.Captions is { } captions)
            {
                if (CheckMedia(file, captions, "字幕文件")) CheckCaptions(file, captions);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.VideoWithoutCaptions, file, video.Src.Line, video.Src.Column,
                    "视频缺少字幕文件（captions）。", "请提供 WebVTT 字幕（.vtt），放在 content/media/ 下，并在 video 中写“captions: media/…/xxx.vtt”。");
            }
        }
        ValidateBody(story.Body);
    }

    /// <summary>The footer's identity: the 党政机关标识 image exists, and every address is a web address.</summary>
    private void ValidateIdentity(SiteConfig site)
    {
        var file = SiteConfigReader.FileName;
        if (site.Conac.Logo is { } logo) CheckMedia(file, logo, "党政机关标识图片");
        CheckWebAddress(file, site.Conac.Url, "党政机关标识验证地址");
        CheckWebAddress(file, site.ErrorReport, "我为政府网站找错地址");
        CheckWebAddress(file, site.Feedback.Url, "留言系统地址");
        ValidateEditing(site.Editing);
    }

    /// <summary>
    /// The published editor's backend: every item it needs, so that a half-filled `editing` fails here, with the item
    /// named, and not at the editors' sign-in.
    /// </summary>
    private void ValidateEditing(EditingSettings editing)
    {
        if (editing.Backend is not { } backend) return;
        var missing = new List<string>();
        if (backend is not (EditingBackends.GitHub or EditingBackends.Forgejo))
        {
            Report($"编辑后台“{Shorten(backend)}”不是可用的后台。", $"请写“backend: {EditingBackends.GitHub}”或“backend: {EditingBackends.Forgejo}”，不用网上编辑则留空“\"\"”。");
            return;
        }
        if (!System.Text.RegularExpressions.Regex.IsMatch(editing.Repo, @"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")) missing.Add("代码仓库（repo，如 gansu-transport/portal）");
        // The same test the page tree applies before it configures the editor: a server that passes here is used there.
        if (!Uri.TryCreate(editing.Server, UriKind.Absolute, out var server) || server.Scheme != Uri.UriSchemeHttps)
            missing.Add(backend == EditingBackends.GitHub ? "OAuth 登录中转服务地址（server，以 https:// 开头）" : "Forgejo 服务器地址（server，以 https:// 开头）");
        if (backend == EditingBackends.Forgejo && editing.AppId.Length == 0) missing.Add("OAuth 应用编号（appId）");
        if (missing.Count > 0)
            Report($"浏览器编辑的设置不完整：缺少或写错了{string.Join("、", missing)}。", "请在 site.yml 的 editing 下补全这些项（见 docs/cms-backends.md），或把 backend 留空，只在本机预览中编辑。");

        void Report(string message, string fix) =>
            diagnostics.Error(DiagnosticCodes.EditingIncomplete, SiteConfigReader.FileName, editing.Line, editing.Column, message, fix);
    }

    private void CheckWebAddress(string file, Located<string>? address, string label)
    {
        if (address is not { } a || LinkSafety.IsWebAddress(a.Value)) return;
        diagnostics.Error(DiagnosticCodes.UnsafeLink, file, a.Line, a.Column,
            $"{label}“{Shorten(a.Value)}”不是网页地址。", "请写以 https:// 或 http:// 开头的完整地址，或留空“\"\"”。");
    }

    /// <summary>The original document's downloads exist and are what their names say, judged by their first bytes.</summary>
    private void ValidateAttachments(Notice notice)
    {
        var accepted = string.Join("、", DocumentFormat.All.Select(f => f.Name));
        foreach (var attachment in notice.Attachments)
        {
            var src = attachment.File;
            var named = DocumentFormat.OfName(src.Value);
            if (named is null)
            {
                diagnostics.Error(DiagnosticCodes.WrongDocumentFormat, notice.SourceFile, src.Line, src.Column,
                    $"原件文件“{src.Value}”不是 {accepted} 文件。", $"原件只能是 {accepted} 格式：请用文件的原始格式，扩展名为 .pdf、.ofd、.doc 或 .docx。");
                continue;
            }
            CheckMedia(notice.SourceFile, src, "原件");
            if (content.DocumentFiles.GetValueOrDefault(MediaPath.Normalize(src.Value) ?? "") is { } document && document.Format != named)
            {
                diagnostics.Error(DiagnosticCodes.WrongDocumentFormat, notice.SourceFile, src.Line, src.Column,
                    document.Format is null
                        ? $"原件文件“{src.Value}”的内容不是 {named.Name} 格式（可能是改了扩展名的其他文件）。"
                        : $"原件文件“{src.Value}”的内容是 {document.Format.Name} 格式，与扩展名 {named.Extension} 不符。",
                    document.Format is null
                        ? $"请放入红头文件的原始 {named.Name} 文件，不要只改扩展名。"
                        : $"请把文件名的扩展名改为 {document.Format.Extension}，或放入真正的 {named.Name} 文件。");
            }
        }
    }

    /// <summary>Reports a media file the site cannot serve; true when it exists.</summary>
    private bool CheckMedia(string file, Located<string> src, string label)
    {
        var path = MediaPath.Normalize(src.Value);
        if (path is not null && content.MediaFiles.Contains(path)) return true;
        diagnostics.Error(DiagnosticCodes.MissingMedia, file, src.Line, src.Column,
            $"找不到{label}文件“{src.Value}”。",
            "请把文件放到 content/media/ 下，并写成“media/年份/文件名”，注意文件名大小写和扩展名。");
        return false;
    }

    /// <summary>
    /// Browsers show WebVTT only, and judge it by content: a renamed .srt file shows no captions at all.
    /// .srt files are converted at build time, so they are checked by converting them.
    /// </summary>
    private void CheckCaptions(string file, Located<string> captions)
    {
        var path = MediaPath.Normalize(captions.Value)!;
        var isSrt = CaptionFile.IsSrtPath(path);
        if (!isSrt && !path.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.CaptionsNotWebVtt, file, captions.Line, captions.Column,
                $"字幕文件“{captions.Value}”既不是 WebVTT（.vtt）也不是 SRT（.srt）字幕，浏览器不会显示。",
                "请用字幕软件把字幕另存为 .vtt 或 .srt 文件，放到 content/media/ 下并改写 captions。");
            return;
        }
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(content.Root, path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, path, 0, 0, $"无法读取字幕文件：{ex.Message}", "请检查文件是否被其他程序占用，以及文件权限。");
            return;
        }
        if (isSrt)
        {
            if (CaptionFile.SrtToWebVtt(text) is null)
            {
                diagnostics.Error(DiagnosticCodes.CaptionsNotWebVtt, file, captions.Line, captions.Column,
                    $"字幕文件“{captions.Value}”不是有效的 SRT 字幕，无法转换为网页字幕。",
                    "每条字幕应为：序号一行，“00:00:01,000 --> 00:00:04,000”一行，字幕文字，再空一行。请用字幕软件重新导出。");
            }
            return;
        }
        if (CaptionFile.WebVttProblem(text) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.CaptionsNotWebVtt, file, captions.Line, captions.Column,
                $"字幕文件“{captions.Value}”不是有效的 WebVTT 字幕：{problem.Problem}，浏览器不会显示。",
                CaptionFile.LooksLikeSrt(text)
                    ? "请把文件扩展名改回 .srt 并改写 captions（网站会自动转换），或运行 `check --fix` 把它转换为 WebVTT。"
                    : "WebVTT 文件第一行必须是“WEBVTT”，每条字幕的时间写成“00:00:01.000 --> 00:00:04.000”。请用字幕软件另存为 .vtt。");
        }
    }

    /// <summary>Images need alt text and existing files; links must not use executable schemes.</summary>
    private void ValidateBody(MarkdownSource body)
    {
        foreach (var link in body.Links)
        {
            if (LinkSafety.IsExecutable(link.Url))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeLink, body.File, link.Line, link.Column,
                    $"链接地址“{Shorten(link.Url)}”可能执行脚本，已禁止。", "链接只能是 https://、http://、mailto: 或站内地址。");
                continue;
            }
            if (link.Kind != MarkdownLinkKind.Image)
            {
                // A link to a media file (a PDF, a video) the site does not have would answer 404.
                if (MediaPath.IsMediaReference(link.Url) && !content.MediaFiles.Contains(MediaPath.Normalize(link.Url) ?? ""))
                {
                    diagnostics.Error(DiagnosticCodes.MissingMedia, body.File, link.Line, link.Column,
                        $"找不到链接的文件“{link.Url}”。", "请把文件放到 content/media/ 下，并检查路径和文件名的大小写。");
                }
                continue;
            }
            if (LinkSafety.IsExternal(link.Url))
            {
                // The site's CSP allows images from the site only (no request to another host): it would show nothing.
                diagnostics.Error(DiagnosticCodes.ExternalImage, body.File, link.Line, link.Column,
                    $"图片“{Shorten(link.Url)}”在其他网站上，本站不显示其他网站的图片。",
                    "请把图片下载后放到 content/media/ 下，写成“![图片内容的描述](media/2025/xxx.jpg)”，并在图片说明中注明来源。");
            }
            if (!link.HasAltText)
            {
                diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, body.File, link.Line, link.Column,
                    "图片缺少文字说明（alt）。", "请写成“![图片内容的描述](media/2025/xxx.jpg)”，方括号里用一句话描述图片。");
            }
            if (MediaPath.IsMediaReference(link.Url) && !content.MediaFiles.Contains(MediaPath.Normalize(link.Url) ?? ""))
            {
                diagnostics.Error(DiagnosticCodes.MissingMedia, body.File, link.Line, link.Column,
                    $"找不到图片文件“{link.Url}”。", "请把图片放到 content/media/ 下，并检查路径和文件名的大小写。");
            }
        }
    }

    private static string Shorten(string url) => url.Length > 40 ? url[..40] + "…" : url;
}
