using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

public static partial class StoryReader
{
    public const string Folder = "stories";

    /// <summary>YYYY-MM-DD-slug: the date orders files in a folder listing, the ASCII slug keeps URLs shareable.</summary>
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$")]
    public static partial Regex FileStemPattern();

    public static Loaded<Story> Read(ContentFiles files, string fullPath, DiagnosticBag diagnostics)
    {
        var relative = files.Relative(fullPath);
        var stem = Path.GetFileNameWithoutExtension(fullPath);
        var stemOk = CheckFileName(relative, stem, diagnostics);

        var file = MarkdownFile.Read(files, fullPath, StoryFields.Document, diagnostics);
        if (file is null) return new(null, []);
        var fm = file.FrontMatter;
        var title = fm.String(StoryFields.Title);
        var date = fm.Date(StoryFields.Date);
        var type = fm.String(StoryFields.Type);
        // Every field is read, in one place each, before unknown keys are reported. A story with a missing or broken
        // required field is still returned, marked incomplete, so that its other mistakes (unknown departments,
        // tasks…) are reported in the same run.
        var story = new Story
        {
            SourceFile = relative,
            FileStem = stem,
            Incomplete = title is null || date is null || type is null,
            Title = title?.Value ?? "",
            TitleLine = title?.Line ?? 0,
            Date = date ?? new Located<DateOnly>(DateOnly.ParseExact(stem[..10], "yyyy-MM-dd"), 0, 0),
            Type = type ?? new Located<string>("", 0, 0),
            Tasks = fm.IntList(StoryFields.Tasks),
            Departments = fm.StringList(StoryFields.Departments),
            Case = fm.String(StoryFields.Case),
            Interprets = fm.String(StoryFields.Interprets),
            Tags = fm.StringList(StoryFields.Tags),
            Summary = fm.String(StoryFields.Summary)?.Value ?? "",
            Cover = ReadImage(fm.Map(StoryFields.Cover)),
            Video = ReadVideo(fm.Map(StoryFields.Video)),
            Source = ReadSource(fm.MapOrText(StoryFields.Source)),
            Report = fm.String(StoryFields.Report),
            Period = fm.String(StoryFields.Period),
            Slug = fm.String(StoryFields.Slug),
            Editor = fm.String(StoryFields.Editor)?.Value ?? "",
            Draft = fm.Bool(StoryFields.Draft),
            Body = null!,
        };
        fm.ReportUnknownKeys();
        if (!stemOk) return new(null, fm.Written);
        return new(story with { Body = file.ParseBody() }, fm.Written);
    }

    private static StorySource? ReadSource((YamlMap? Map, Located<string>? Text) source)
    {
        if (source.Text is { } name) return new StorySource(name.Value, null, null, null);
        if (source.Map is not { } map) return null;
        var read = new
        {
            Name = map.String(StoryFields.SourceName),
            Medium = map.String(StoryFields.SourceMedium),
            Url = map.String(StoryFields.SourceUrl),
            Date = map.Date(StoryFields.SourceDate),
        };
        map.ReportUnknownKeys();
        return read.Name is { } n ? new StorySource(n.Value, read.Medium, read.Url, read.Date?.Value) : null;
    }

    private static bool CheckFileName(string relative, string stem, DiagnosticBag diagnostics)
    {
        var match = FileStemPattern().Match(stem);
        if (!match.Success)
        {
            diagnostics.Error(DiagnosticCodes.InvalidStoryFileName, relative, 0, 0,
                $"稿件文件名“{stem}.md”不符合“年-月-日-英文标识.md”的格式。",
                "请改名为如“2025-03-14-rural-roads.md”：日期后只用小写英文字母、数字和连字符（不要用中文、空格或大写字母）。");
            return false;
        }
        var folder = relative.Split('/');
        var year = match.Groups["date"].Value[..4];
        if (folder.Length != 3 || folder[1] != year)
        {
            diagnostics.Error(DiagnosticCodes.InvalidStoryFileName, relative, 0, 0,
                $"稿件应放在 stories/{year}/ 文件夹中（按文件名中的年份）。",
                $"请把文件移动到 content/stories/{year}/{stem}.md。");
            return false;
        }
        if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", out _))
        {
            diagnostics.Error(DiagnosticCodes.InvalidStoryFileName, relative, 0, 0,
                $"文件名中的日期“{match.Groups["date"].Value}”不是有效日期。", "请改为正确的发布日期，如 2025-03-14。");
            return false;
        }
        return true;
    }

    private static MediaImage? ReadImage(YamlMap? map)
    {
        if (map is null) return null;
        var src = map.String(StoryFields.CoverSrc);
        var alt = map.String(StoryFields.CoverAlt)?.Value ?? "";
        var caption = map.String(StoryFields.CoverCaption)?.Value ?? "";
        map.ReportUnknownKeys();
        return src is null ? null : new MediaImage(src.Value, alt, caption);
    }

    private static MediaVideo? ReadVideo(YamlMap? map)
    {
        if (map is null) return null;
        var src = map.String(StoryFields.VideoSrc);
        var poster = map.String(StoryFields.VideoPoster);
        var captions = map.String(StoryFields.VideoCaptions);
        var title = map.String(StoryFields.VideoTitle)?.Value ?? "";
        map.ReportUnknownKeys();
        return src is null ? null : new MediaVideo(src.Value, poster, captions, title);
    }
}
