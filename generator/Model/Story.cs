
namespace Portal.Model;

/// <summary>content/stories/YYYY/YYYY-MM-DD-slug.md: a progress story.</summary>
public sealed record Story
{
    public required string SourceFile { get; init; }
    /// <summary>File name without .md; it is the last URL segment.</summary>
    public required string FileStem { get; init; }
    public required string Title { get; init; }
    public required Located<DateOnly> Date { get; init; }
    public IReadOnlyList<Located<int>> Tasks { get; init; } = [];
    public IReadOnlyList<Located<string>> Departments { get; init; } = [];
    public required Located<string> Type { get; init; }
    public Located<string>? Case { get; init; }
    public IReadOnlyList<Located<string>> Tags { get; init; } = [];
    public string Summary { get; init; } = "";
    public MediaImage? Cover { get; init; }
    public MediaVideo? Video { get; init; }
    /// <summary>来源: the outlet or office that carried the story; with a medium, it is media coverage (媒体聚焦).</summary>
    public StorySource? Source { get; init; }
    /// <summary>半年报告期 as written (2025上半年, 2025年上半年…); checked and normalised by validation.</summary>
    public Located<string>? Period { get; init; }
    /// <summary>报送类型 as written (进展 or 半年工作情况); null when not written. Checked by validation.</summary>
    public Located<string>? Report { get; init; }
    /// <summary>网址标识 as written by the browser editor, which names the file after it; the file name is what counts.</summary>
    public Located<string>? Slug { get; init; }
    /// <summary>解读文件: "notice" when the story is the notice's 政策解读 (only a 综述评论; checked by validation).</summary>
    public Located<string>? Interprets { get; init; }
    /// <summary>责任编辑</summary>
    public string Editor { get; init; } = "";
    public bool Draft { get; init; }
    public required MarkdownSource Body { get; init; }

    /// <summary>A department's progress report (进展): written so, or a story with only a period (the older way).</summary>
    public bool IsProgressReport => Report is { } report ? report.Value == ReportKinds.Progress : Period is not null;

    /// <summary>The office's half-year report (半年工作情况).</summary>
    public bool IsHalfYearReport => Report?.Value == ReportKinds.HalfYear;

    /// <summary>The half year a report is for: its period when written and valid, else the half year of its date.</summary>
    public ReportPeriod ReportPeriodOrDate => Period is { } p && Model.ReportPeriod.Parse(p.Value) is { } parsed ? parsed : Model.ReportPeriod.Of(Date.Value);
    public int TitleLine { get; init; }
    /// <summary>A required field was missing or malformed (already reported); never published.</summary>
    public bool Incomplete { get; init; }
}

public sealed record MediaImage(Located<string> Src, string Alt, string Caption);

public sealed record MediaVideo(Located<string> Src, Located<string>? Poster, Located<string>? Captions, string Title);

/// <param name="Medium">报纸, 网络, 电视 or 新媒体 (checked by validation); null for a story from an office.</param>
public sealed record StorySource(string Name, Located<string>? Medium, Located<string>? Url, DateOnly? Date);
