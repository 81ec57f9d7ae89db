namespace Portal.Diagnostics;

/// <summary>
/// Stable diagnostic codes. Editors and CI logs refer to them, and content/README.md explains each one,
/// so a code is never renumbered or reused.
/// </summary>
public static class DiagnosticCodes
{
    // Files and encodings
    public const string ContentFolderMissing = "PORTAL0001";
    public const string FileUnreadable = "PORTAL0002";
    public const string NotUtf8 = "PORTAL0003";
    public const string BinaryFile = "PORTAL0004";
    public const string RequiredFileMissing = "PORTAL0005";
    public const string LinkOutsideContent = "PORTAL0006";
    public const string ByteOrderMarkInside = "PORTAL0007";

    // YAML and front matter
    public const string YamlSyntax = "PORTAL0010";
    public const string WrongValueType = "PORTAL0011";
    public const string FrontMatterMissing = "PORTAL0012";
    public const string FrontMatterUnclosed = "PORTAL0013";
    public const string FullWidthColon = "PORTAL0014";
    public const string TabIndentation = "PORTAL0015";
    public const string UnknownField = "PORTAL0016";
    public const string DashFence = "PORTAL0017";
    public const string CurlyQuotedValue = "PORTAL0018";
    public const string FullWidthSpace = "PORTAL0019";

    // Required values
    public const string RequiredFieldMissing = "PORTAL0020";
    public const string InvalidDate = "PORTAL0021";
    public const string FutureDate = "PORTAL0022";
    public const string EmptyBody = "PORTAL0023";
    public const string SiteNotUpdated = "PORTAL0024";
    public const string TaskNotUpdated = "PORTAL0025";
    public const string TooDeeplyNested = "PORTAL0026";
    public const string EmptyColumn = "PORTAL0027";
    public const string ReportsMissing = "PORTAL0028";
    public const string InspectionSelfCheck = "PORTAL0029";

    // References
    public const string UnknownTask = "PORTAL0030";
    public const string UnknownDepartment = "PORTAL0031";
    public const string UnknownStoryType = "PORTAL0032";
    public const string CaseOnNonCaseStory = "PORTAL0033";
    public const string CaseMissing = "PORTAL0034";
    public const string UnknownCaseKind = "PORTAL0035";
    public const string InvalidTag = "PORTAL0036";
    public const string ChineseListSeparator = "PORTAL0037";
    public const string InvalidPeriod = "PORTAL0038";
    public const string ReportNotByLead = "PORTAL0039";

    // Names, files and slugs
    public const string DuplicateSlug = "PORTAL0040";
    public const string InvalidStoryFileName = "PORTAL0041";
    public const string DateDiffersFromFileName = "PORTAL0042";
    public const string DuplicateTitle = "PORTAL0043";
    public const string InvalidPageFileName = "PORTAL0044";
    public const string InvalidMedium = "PORTAL0045";
    public const string SlugDiffersFromFileName = "PORTAL0046";
    public const string HalfYearReportNotByOffice = "PORTAL0047";
    public const string HalfYearReportWithoutPeriod = "PORTAL0048";
    public const string ProgressPeriodAfterDate = "PORTAL0049";

    // Media and links
    public const string MissingMedia = "PORTAL0050";
    public const string ImageWithoutAlt = "PORTAL0051";
    public const string BrokenInternalLink = "PORTAL0052";
    public const string VideoWithoutCaptions = "PORTAL0053";
    public const string UnsafeLink = "PORTAL0054";
    public const string ExternalImage = "PORTAL0055";
    public const string CaptionsNotWebVtt = "PORTAL0056";
    public const string WrongDocumentFormat = "PORTAL0057";
    public const string UnparsedLink = "PORTAL0058";
    public const string EditingIncomplete = "PORTAL0059";

    // Registry, tasks, mechanism, site
    public const string DuplicateDepartmentName = "PORTAL0060";
    public const string InvalidDepartmentSlug = "PORTAL0061";
    public const string InvalidDepartmentKind = "PORTAL0062";
    public const string DuplicateTaskNumber = "PORTAL0070";
    public const string TaskNumberOutOfRange = "PORTAL0071";
    // The notice's 政策解读, 〔原文如此〕 marks and 有效性
    public const string InvalidInterpretation = "PORTAL0075";
    public const string SicNotInNotice = "PORTAL0076";
    public const string InvalidValidity = "PORTAL0077";
    public const string InvalidBaseUrl = "PORTAL0080";
    public const string UnknownNewMediaPlatform = "PORTAL0081";

    // Build
    public const string OutputNotWritable = "PORTAL0090";
    public const string TemplateError = "PORTAL0091";
    public const string BuildLocked = "PORTAL0092";
}
