using System.Reflection;

namespace Portal.Model;

/// <summary>
/// The declared keys of theme/theme.yml: every word the generator reads from the theme, as a dotted path
/// ("labels.year", "pages.task.title", "ledgerCsv.number"). <see cref="Portal.Loading.ThemeTextReader"/> reports
/// a declared key the file lacks, and a key in the file that is not declared here, as a theme error naming the key
/// when the theme is loaded, so a build stops at its start, never halfway through an editor's publish.
/// </summary>
/// <remarks>
/// To add a word: add a <c>public const string</c> in the nested class of its block (a new block is a new nested
/// class), then the key to theme.yml, then read it with <see cref="ThemeText.Word"/>. Every public const string
/// of every nested class is a declared key (read by reflection), so there is no second list to keep.
/// A section (sections.home) is declared whole: its title, nav and footer are read by the theme reader.
/// </remarks>
public static class ThemeKeys
{
    /// <summary>The file's top-level keys that hold one value or a list, not a block of words.</summary>
    public static class Root
    {
        public const string ContentSecurityPolicy = "contentSecurityPolicy";
        public const string AdminContentSecurityPolicy = "adminContentSecurityPolicy";
        public const string Navigation = "navigation";
        public const string Columns = "columns";
        public const string SiteMap = "siteMap";
        public const string Footer = "footer";
    }

    public static class Sections
    {
        public const string Home = "sections.home";
        public const string Notice = "sections.notice";
        public const string Mechanism = "sections.mechanism";
        public const string Tasks = "sections.tasks";
        public const string Departments = "sections.departments";
        public const string Stories = "sections.stories";
        public const string Types = "sections.types";
        public const string Tags = "sections.tags";
        public const string Cases = "sections.cases";
        public const string Progress = "sections.progress";
        public const string Coverage = "sections.coverage";
        public const string Search = "sections.search";
        public const string Feed = "sections.feed";
        public const string SiteMap = "sections.sitemap";
    }

    public static class Pages
    {
        public const string NoticeDescription = "pages.notice.description";
        public const string MechanismDescription = "pages.mechanism.description";
        public const string TasksDescription = "pages.tasks.description";
        public const string TaskTitle = "pages.task.title";
        public const string ProgressDescription = "pages.progress.description";
        public const string DepartmentsDescription = "pages.departments.description";
        public const string DepartmentDescription = "pages.department.description";
        public const string StoriesDescription = "pages.stories.description";
        public const string YearTitle = "pages.year.title";
        public const string YearDescription = "pages.year.description";
        public const string TypesDescription = "pages.types.description";
        public const string TagsDescription = "pages.tags.description";
        public const string CoverageDescription = "pages.coverage.description";
        public const string CasesDescription = "pages.cases.description";
        public const string PositiveCasesTitle = "pages.positiveCases.title";
        public const string PositiveCasesDescription = "pages.positiveCases.description";
        public const string NegativeCasesTitle = "pages.negativeCases.title";
        public const string NegativeCasesDescription = "pages.negativeCases.description";
        public const string TagTitle = "pages.tag.title";
        public const string TagDescription = "pages.tag.description";
        public const string SiteMapDescription = "pages.sitemap.description";
        public const string SearchDescription = "pages.search.description";
        public const string NotFoundTitle = "pages.notFound.title";
        public const string NotFoundDescription = "pages.notFound.description";
    }

    public static class Labels
    {
        public const string FullTitle = "labels.fullTitle";
        public const string Paged = "labels.paged";
        public const string Year = "labels.year";
        public const string AllCases = "labels.allCases";
        public const string LatestReports = "labels.latestReports";
        public const string Published = "labels.published";
        public const string Updated = "labels.updated";
        public const string PreviewBanner = "labels.previewBanner";
        // The notice page, the channel lists, the composed text of search documents (Site/Pages/Kinds).
        public const string ListSeparator = "labels.listSeparator";
        public const string EnumerationSeparator = "labels.enumerationSeparator";
        public const string Attachment = "labels.attachment";
        public const string AttachmentTitle = "labels.attachmentTitle";
        public const string NoticeIndexNumber = "labels.noticeIndexNumber";
        public const string NoticeTopic = "labels.noticeTopic";
        public const string NoticeIssuer = "labels.noticeIssuer";
        public const string NoticeWrittenDate = "labels.noticeWrittenDate";
        public const string NoticeTitle = "labels.noticeTitle";
        public const string NoticeDocumentNumber = "labels.noticeDocumentNumber";
        public const string NoticePublishDate = "labels.noticePublishDate";
        public const string NoticeDisclosure = "labels.noticeDisclosure";
        public const string NoticeDisclosurePrefix = "labels.noticeDisclosurePrefix";
        public const string NoticeIssueDate = "labels.noticeIssueDate";
        public const string NoticeValidity = "labels.noticeValidity";
        public const string Sic = "labels.sic";
        public const string ContactChannels = "labels.contactChannels";
        public const string ContactAddress = "labels.contactAddress";
        public const string ContactPhone = "labels.contactPhone";
        public const string ContactEmail = "labels.contactEmail";
        public const string FeedbackChannels = "labels.feedbackChannels";
        public const string FeedbackOnline = "labels.feedbackOnline";
        public const string FeedbackOnlineLink = "labels.feedbackOnlineLink";
        public const string FeedbackPhone = "labels.feedbackPhone";
        public const string FeedbackEmail = "labels.feedbackEmail";
        public const string FeedbackAddress = "labels.feedbackAddress";
        public const string SearchChiefConvener = "labels.searchChiefConvener";
        public const string SearchConvener = "labels.searchConvener";
        public const string SearchOffice = "labels.searchOffice";
        public const string SearchMembers = "labels.searchMembers";
        public const string SearchLeads = "labels.searchLeads";
        public const string SearchDepartment = "labels.searchDepartment";
        public const string SearchLedTasks = "labels.searchLedTasks";
        public const string MechanismStructure = "labels.mechanismStructure";
        public const string MechanismDuties = "labels.mechanismDuties";
        public const string MechanismOfficeDuties = "labels.mechanismOfficeDuties";
        public const string StaticPageKind = "labels.staticPageKind";
    }

    /// <summary>
    /// The reading tools' 朗读 control: the layout writes these onto the toolbar (buttons, data attributes), where
    /// theme/assets/js/read-aloud.js reads what it says; the script has no words of its own.
    /// </summary>
    public static class ReadAloud
    {
        public const string Button = "readAloud.button";
        public const string Controls = "readAloud.controls";
        public const string Pause = "readAloud.pause";
        public const string Resume = "readAloud.resume";
        public const string Stop = "readAloud.stop";
        public const string Rate = "readAloud.rate";
        public const string RateSlow = "readAloud.rateSlow";
        public const string RateNormal = "readAloud.rateNormal";
        public const string RateFast = "readAloud.rateFast";
        /// <summary>Said when a speed is chosen, {rate} its name.</summary>
        public const string RateChosen = "readAloud.rateChosen";
        public const string Started = "readAloud.started";
        public const string StartedSelection = "readAloud.startedSelection";
        public const string Paused = "readAloud.paused";
        public const string Resumed = "readAloud.resumed";
        public const string Stopped = "readAloud.stopped";
        public const string Finished = "readAloud.finished";
        /// <summary>Shown when the browser has speech synthesis but no Chinese voice.</summary>
        public const string NoVoice = "readAloud.noVoice";
        /// <summary>Shown when the browser has no speech synthesis at all.</summary>
        public const string NoSpeech = "readAloud.noSpeech";
        public const string Nothing = "readAloud.nothing";
        public const string Failed = "readAloud.failed";
    }

    /// <summary>
    /// The 媒体聚焦 page's figures and filter (the layout writes them; theme/assets/js/coverage-filter.js reads the
    /// filter's words from data attributes). {count} a number, {name} a medium or outlet.
    /// </summary>
    public static class Coverage
    {
        public const string Total = "coverage.total";
        public const string ByMedium = "coverage.byMedium";
        public const string ByOutlet = "coverage.byOutlet";
        public const string Count = "coverage.count";
        public const string All = "coverage.all";
        public const string Original = "coverage.original";
        public const string Filtered = "coverage.filtered";
        public const string List = "coverage.list";
    }

    /// <summary>
    /// 生成分享海报 on story and task pages: the layout writes these onto the poster's buttons and data attributes, where
    /// theme/assets/js/share-poster.js reads what it says; the script has no words of its own.
    /// </summary>
    public static class Poster
    {
        public const string Make = "poster.make";
        public const string Save = "poster.save";
        /// <summary>The poster's accessible name, {title} the page's.</summary>
        public const string Label = "poster.label";
        /// <summary>The downloaded file's name without .png, {title} the page's.</summary>
        public const string File = "poster.file";
        public const string Drawing = "poster.drawing";
        public const string Done = "poster.done";
        public const string Failed = "poster.failed";
        /// <summary>Printed under the QR code on the poster.</summary>
        public const string ScanHint = "poster.scanHint";
    }

    /// <summary>Each story type's description, by the type's slug (<see cref="StoryType.Slug"/>).</summary>
    public static class StoryTypes
    {
        public const string News = "storyTypes.news";
        public const string Commentary = "storyTypes.commentary";
        public const string Interviews = "storyTypes.interviews";
        public const string Videos = "storyTypes.videos";
        public const string Cases = "storyTypes.cases";

        public static string Of(StoryType type) => "storyTypes." + type.Slug;
    }

    /// <summary>栏目类别 (ColumnType) of each column of the government page metadata (docs/page-metadata.md), by section; "page" for a static page.</summary>
    public static class ColumnTypes
    {
        public const string Home = "columnTypes.home";
        public const string Notice = "columnTypes.notice";
        public const string Mechanism = "columnTypes.mechanism";
        public const string Tasks = "columnTypes.tasks";
        public const string Progress = "columnTypes.progress";
        public const string Departments = "columnTypes.departments";
        public const string Stories = "columnTypes.stories";
        public const string Types = "columnTypes.types";
        public const string Tags = "columnTypes.tags";
        public const string Cases = "columnTypes.cases";
        public const string Coverage = "columnTypes.coverage";
        public const string Search = "columnTypes.search";
        public const string SiteMap = "columnTypes.sitemap";
        public const string StaticPage = "columnTypes.page";

        /// <summary>The key of a column: a section with an address, or "page" for a static page.</summary>
        public static string Of(string column) => "columnTypes." + column;
    }

    /// <summary>栏目关键词 (ColumnKeywords) of each column, by section; a static page's ({title}: its title).</summary>
    public static class ColumnKeywords
    {
        public const string Home = "columnKeywords.home";
        public const string Notice = "columnKeywords.notice";
        public const string Mechanism = "columnKeywords.mechanism";
        public const string Tasks = "columnKeywords.tasks";
        public const string Progress = "columnKeywords.progress";
        public const string Departments = "columnKeywords.departments";
        public const string Stories = "columnKeywords.stories";
        public const string Types = "columnKeywords.types";
        public const string Tags = "columnKeywords.tags";
        public const string Cases = "columnKeywords.cases";
        public const string Coverage = "columnKeywords.coverage";
        public const string Search = "columnKeywords.search";
        public const string SiteMap = "columnKeywords.sitemap";
        public const string StaticPage = "columnKeywords.page";

        /// <summary>The key of a column: a section with an address, or "page" for a static page.</summary>
        public static string Of(string column) => "columnKeywords." + column;
    }

    /// <summary>tasks/ledger.csv: column headers and the separator of a cell's list.</summary>
    public static class LedgerCsv
    {
        public const string Number = "ledgerCsv.number";
        public const string Task = "ledgerCsv.task";
        public const string LeadText = "ledgerCsv.leadText";
        public const string Leads = "ledgerCsv.leads";
        public const string StoryCount = "ledgerCsv.storyCount";
        public const string LatestDate = "ledgerCsv.latestDate";
        public const string Latest = "ledgerCsv.latest";
        public const string LatestUrl = "ledgerCsv.latestUrl";
        public const string ListSeparator = "ledgerCsv.listSeparator";
    }

    /// <summary>tasks/progress.csv: column headers ({period}) and the state of a half year's report.</summary>
    public static class ProgressCsv
    {
        public const string Number = "progressCsv.number";
        public const string Task = "progressCsv.task";
        public const string Lead = "progressCsv.lead";
        public const string Count = "progressCsv.count";
        public const string Newest = "progressCsv.newest";
        public const string OfficeReports = "progressCsv.officeReports";
    }

    /// <summary>
    /// The search page's facet labels and value formats; the index manifest carries them to the worker, with
    /// <see cref="Labels.Year"/> for a year and <see cref="Formats.Date"/> for a date.
    /// </summary>
    public static class Search
    {
        public const string Type = "search.type";
        public const string Task = "search.task";
        public const string Department = "search.department";
        public const string Year = "search.year";
        public const string Case = "search.case";
        public const string CaseValue = "search.caseValue";
        public const string TaskValue = "search.taskValue";
        /// <summary>The 媒体聚焦 facets: a story's medium (报纸…) and outlet (source.name), for media coverage only.</summary>
        public const string Medium = "search.medium";
        public const string Outlet = "search.outlet";

        /// <summary>
        /// Every word the index manifest carries, in <see cref="Portal.Model.ThemeKeys"/> terms: the search index folder's
        /// name must change when one of them does (browsers keep the folder's files as immutable).
        /// </summary>
        public static readonly IReadOnlyList<string> InManifest =
            [Type, Task, Department, Year, Case, Labels.Year, CaseValue, TaskValue, Formats.Date, Medium, Outlet];
    }

    /// <summary>How the generator writes values in words, wherever it writes them.</summary>
    public static class Formats
    {
        /// <summary>A date in words: {year}, {month}, {day} without leading zeros (2025年3月14日).</summary>
        public const string Date = "formats.date";
    }

    /// <summary>The 政务新媒体 list of every page's footer and of 关于本站 (accounts from site.yml `newMedia`).</summary>
    public static class NewMedia
    {
        public const string Title = "newMedia.title";
        /// <summary>A QR code's alternative text: {platform} and {name} of the account.</summary>
        public const string QrAlt = "newMedia.qrAlt";
        /// <summary>The same for an account on a platform site.yml calls 其他: {name} only.</summary>
        public const string QrAltOther = "newMedia.qrAltOther";
    }

    /// <summary>The browser editor's collections in admin/config.yml (the fields' own labels are the content field definitions).</summary>
    public static class Cms
    {
        /// <summary>The editor page's title, {site} the site's short title.</summary>
        public const string Title = "cms.title";
        public const string Stories = "cms.stories";
        public const string Pages = "cms.pages";
        public const string Tasks = "cms.tasks";
        public const string Body = "cms.body";
        public const string StoryBodyHint = "cms.storyBodyHint";
        public const string TaskBody = "cms.taskBody";
        public const string DepartmentOption = "cms.departmentOption";
        public const string ListSeparator = "cms.listSeparator";
        /// <summary>The local editor's 提交审核 button (theme/admin/handoff.js) and its result panel.</summary>
        public const string HandoffButton = "cms.handoffButton";
        public const string HandoffWorking = "cms.handoffWorking";
        public const string HandoffTitle = "cms.handoffTitle";
        public const string HandoffFiles = "cms.handoffFiles";
        public const string HandoffPullRequest = "cms.handoffPullRequest";
        public const string HandoffDownload = "cms.handoffDownload";
        public const string HandoffFailed = "cms.handoffFailed";
        public const string HandoffClose = "cms.handoffClose";
    }

    /// <summary>
    /// The browser editor's words (Authoring.FormWording): a slip saved from /admin/ told as the form shows it, by the
    /// field's label and what to change in the form. {field}: the field's label; {value}: what it holds; {@key}: another
    /// story field's label ({@cover.alt}); {message}: check's own message, only where it names nothing of the file.
    /// One key per diagnostic code an editor can cause from the form (FormWording.Codes).
    /// </summary>
    public static class FormWords
    {
        /// <summary>A fix the save made itself: {field}, {after} (the new items, each quoted), {before}.</summary>
        public const string Fixed = "formWords.fixed";
        /// <summary>The heading of the save's fixes, {count} of them.</summary>
        public const string FixedHeading = "formWords.fixedHeading";
        /// <summary>The field of a slip that concerns the whole story (its file), not one field.</summary>
        public const string WholeStory = "formWords.wholeStory";
        /// <summary>What the guide's table shows for {field}, {value} and {message}.</summary>
        public const string GuideField = "formWords.guideField";
        public const string GuideValue = "formWords.guideValue";
        public const string GuideMessage = "formWords.guideMessage";
        /// <summary>The guide's table's column headers.</summary>
        public const string GuideCode = "formWords.guideCode";
        public const string GuideWords = "formWords.guideWords";
        public const string WrongValueType = "formWords.PORTAL0011";
        public const string FullWidthColon = "formWords.PORTAL0014";
        public const string CurlyQuotedValue = "formWords.PORTAL0018";
        public const string FullWidthSpace = "formWords.PORTAL0019";
        public const string RequiredFieldMissing = "formWords.PORTAL0020";
        public const string InvalidDate = "formWords.PORTAL0021";
        public const string FutureDate = "formWords.PORTAL0022";
        public const string UnknownTask = "formWords.PORTAL0030";
        public const string UnknownDepartment = "formWords.PORTAL0031";
        public const string UnknownStoryType = "formWords.PORTAL0032";
        public const string CaseOnNonCaseStory = "formWords.PORTAL0033";
        public const string CaseMissing = "formWords.PORTAL0034";
        public const string UnknownCaseKind = "formWords.PORTAL0035";
        public const string InvalidTag = "formWords.PORTAL0036";
        public const string ChineseListSeparator = "formWords.PORTAL0037";
        public const string InvalidPeriod = "formWords.PORTAL0038";
        public const string ReportNotByLead = "formWords.PORTAL0039";
        public const string DuplicateSlug = "formWords.PORTAL0040";
        public const string InvalidStoryFileName = "formWords.PORTAL0041";
        public const string DateDiffersFromFileName = "formWords.PORTAL0042";
        public const string DuplicateTitle = "formWords.PORTAL0043";
        public const string InvalidMedium = "formWords.PORTAL0045";
        public const string SlugDiffersFromFileName = "formWords.PORTAL0046";
        public const string HalfYearReportNotByOffice = "formWords.PORTAL0047";
        public const string HalfYearReportWithoutPeriod = "formWords.PORTAL0048";
        public const string ProgressPeriodAfterDate = "formWords.PORTAL0049";
        public const string MissingMedia = "formWords.PORTAL0050";
        public const string ImageWithoutAlt = "formWords.PORTAL0051";
        public const string BrokenInternalLink = "formWords.PORTAL0052";
        public const string VideoWithoutCaptions = "formWords.PORTAL0053";
        public const string UnsafeLink = "formWords.PORTAL0054";
        public const string ExternalImage = "formWords.PORTAL0055";
        public const string CaptionsNotWebVtt = "formWords.PORTAL0056";
        public const string UnparsedLink = "formWords.PORTAL0058";
        public const string InvalidInterpretation = "formWords.PORTAL0075";
    }

    /// <summary>The body `new story` writes below the front matter.</summary>
    public static class NewStory
    {
        public const string Body = "newStory.body";
    }

    /// <summary>The 公众号 copy of a story (Rendering/WeChatArticle, `serve`'s 复制公众号版 button, the `wechat` command).</summary>
    public static class WeChat
    {
        public const string Button = "weChat.button";
        /// <summary>What to check after pasting, shown beside the button.</summary>
        public const string Note = "weChat.note";
        public const string Copied = "weChat.copied";
        public const string Failed = "weChat.failed";
        /// <summary>The mark after a link's text, {number} its note's number.</summary>
        public const string NoteMark = "weChat.noteMark";
        public const string NotesTitle = "weChat.notesTitle";
        /// <summary>One 文末注释: {number}, {text} (the link's text), {url} (its absolute address).</summary>
        public const string NoteItem = "weChat.noteItem";
        public const string Source = "weChat.source";
        public const string SourceMedium = "weChat.sourceMedium";
        public const string SourceMediumDate = "weChat.sourceMediumDate";
        public const string Editor = "weChat.editor";
        /// <summary>Said instead of the video, which the copy cannot carry; {title} the video's title.</summary>
        public const string Video = "weChat.video";
        public const string QrAlt = "weChat.qrAlt";
        public const string QrCaption = "weChat.qrCaption";
        /// <summary>The site's name at the end, {site} its title.</summary>
        public const string SiteLine = "weChat.siteLine";
    }

    /// <summary>The 公众号 copy's house style: the inline CSS declarations each kind of element carries.</summary>
    public static class WeChatStyle
    {
        public const string Article = "weChatStyle.article";
        public const string Paragraph = "weChatStyle.paragraph";
        public const string Heading2 = "weChatStyle.heading2";
        public const string Heading3 = "weChatStyle.heading3";
        public const string Heading4 = "weChatStyle.heading4";
        public const string Figure = "weChatStyle.figure";
        public const string Image = "weChatStyle.image";
        public const string Caption = "weChatStyle.caption";
        public const string Table = "weChatStyle.table";
        public const string HeaderCell = "weChatStyle.headerCell";
        public const string Cell = "weChatStyle.cell";
        public const string List = "weChatStyle.list";
        public const string ListItem = "weChatStyle.listItem";
        public const string Quote = "weChatStyle.quote";
        public const string Strong = "weChatStyle.strong";
        public const string Emphasis = "weChatStyle.emphasis";
        public const string Code = "weChatStyle.code";
        public const string Rule = "weChatStyle.rule";
        public const string NoteMark = "weChatStyle.noteMark";
        public const string Byline = "weChatStyle.byline";
        public const string NotesTitle = "weChatStyle.notesTitle";
        public const string NoteItem = "weChatStyle.noteItem";
        public const string Footer = "weChatStyle.footer";
        public const string QrCode = "weChatStyle.qrCode";
    }

    /// <summary>Every declared key, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(ThemeKeys).GetNestedTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();
}
