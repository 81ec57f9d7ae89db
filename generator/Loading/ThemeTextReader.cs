using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Loading;

/// <summary>
/// Reads theme/theme.yml and theme/slugs.yml (<see cref="ThemeText"/>). A mistake there is a theme error: it fails
/// the build at its start with a message. theme.yml's keys are checked against <see cref="ThemeKeys"/>: a declared
/// key the file lacks and a key the file has but nobody declared are each an error naming the key.
/// </summary>
public static partial class ThemeTextReader
{
    public const string FileName = "theme.yml";
    public const string SlugsFileName = "slugs.yml";

    private static readonly HashSet<string> Declared = ThemeKeys.All.ToHashSet(StringComparer.Ordinal);

    /// <summary>"pages", "pages.task", …: the blocks that hold declared keys, walked key by key.</summary>
    private static readonly HashSet<string> Blocks = ThemeKeys.All
        .SelectMany(key => key.Split('.').SkipLast(1).Select((_, i) => string.Join('.', key.Split('.').Take(i + 1))))
        .ToHashSet(StringComparer.Ordinal);

    private static readonly string[] SectionFields = ["title", "nav", "footer"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static ThemeText? Read(string themeFolder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(Path.GetFullPath(themeFolder), FileName);
        var errors = 0;
        void Fail(string message, Mark? at = null, string fix = "请修正 theme/theme.yml，或撤销最近对主题的修改。")
        {
            errors++;
            diagnostics.Error(DiagnosticCodes.TemplateError, path, (int)(at?.Line ?? 0), (int)(at?.Column ?? 0), message, fix);
        }
        if (!File.Exists(path))
        {
            Fail("找不到主题的文字设置文件 theme.yml。");
            return null;
        }
        try
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(path)) yaml.Load(reader);
            if (yaml.Documents is not [{ RootNode: YamlMappingNode root }]) { Fail("theme.yml 应为键值结构。"); return null; }

            // Declared keys first: a missing or unknown key is named, not a crash in a later stage.
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            var present = new HashSet<string>(StringComparer.Ordinal);
            var blockAt = new Dictionary<string, Mark>(StringComparer.Ordinal); // where a block starts, to point at a key missing from it
            void Walk(string key, YamlNode keyNode, YamlNode node)
            {
                if (Declared.Contains(key))
                {
                    present.Add(key);
                    if (node is YamlScalarNode { Value: { } value }) words[key] = value;
                    else if (key.StartsWith("sections.", StringComparison.Ordinal) && node is YamlMappingNode section)
                        foreach (var field in section.Children.Keys.OfType<YamlScalarNode>().Where(f => !SectionFields.Contains(f.Value)))
                            Fail($"theme.yml 中的“{key}.{field.Value}”不是栏目的键（只能是 {string.Join("、", SectionFields)}）。", field.Start);
                    else if (key.Contains('.')) Fail($"theme.yml 中的“{key}”应为一段文字。", node.Start);
                    return;
                }
                if (Blocks.Contains(key))
                {
                    blockAt[key] = keyNode.Start;
                    if (node is not YamlMappingNode block)
                    {
                        Fail($"theme.yml 中的“{key}”应为键值结构。", node.Start);
                        present.UnionWith(Declared.Where(d => d.StartsWith(key + ".", StringComparison.Ordinal))); // one error, not one per key
                        return;
                    }
                    foreach (var (childKey, child) in block.Children) Walk(key + "." + Scalar(childKey), childKey, child);
                    return;
                }
                Fail($"theme.yml 中的“{key}”不是生成器使用的键。", keyNode.Start,
                    "请检查拼写或删除这个键；新增的文字须先在 generator/Model/ThemeKeys.cs 中声明，生成器才会使用。");
            }
            foreach (var (key, node) in root.Children) Walk(Scalar(key), key, node);
            foreach (var key in ThemeKeys.All.Where(k => !present.Contains(k)))
                Fail($"theme.yml 缺少“{key}”。", blockAt.GetValueOrDefault(key[..Math.Max(0, key.LastIndexOf('.'))]), $"请在 theme/theme.yml 中补上“{key}”（生成器使用的全部键见 generator/Model/ThemeKeys.cs）。");
            if (errors > 0) return null;

            var sections = Map(Child(root, "sections")).Children
                .Select(kv => { var s = Map(kv.Value); return new SectionText(Scalar(kv.Key), Scalar(Child(s, "title")), Optional(s, "nav"), Optional(s, "footer")); })
                .ToList();
            var glossary = ReadSlugs(Path.Combine(Path.GetFullPath(themeFolder), SlugsFileName), diagnostics);
            var text = new ThemeText
            {
                ContentSecurityPolicy = Scalar(Child(root, ThemeKeys.Root.ContentSecurityPolicy)).Trim(),
                AdminContentSecurityPolicy = Scalar(Child(root, ThemeKeys.Root.AdminContentSecurityPolicy)).Trim(),
                Sections = sections,
                Navigation = List(root, ThemeKeys.Root.Navigation),
                Columns = List(root, ThemeKeys.Root.Columns),
                SiteMap = List(root, ThemeKeys.Root.SiteMap),
                Footer = List(root, ThemeKeys.Root.Footer),
                Pages = words.Keys.Where(k => k.StartsWith("pages.", StringComparison.Ordinal)).Select(k => k.Split('.')[1]).Distinct()
                    .ToDictionary(kind => kind, kind => (IReadOnlyDictionary<string, string>)Block(words, "pages." + kind)),
                Labels = Block(words, "labels"),
                Words = words,
                SlugGlossary = glossary ?? [],
            };
            var unknown = text.Navigation.Concat(text.SiteMap).Concat(text.Footer)
                .Concat(text.Columns.Where(k => StoryType.All.All(t => t.Slug != k)))
                .Where(k => sections.All(s => s.Key != k)).ToList();
            foreach (var key in unknown) Fail($"theme.yml 引用了未定义的栏目“{key}”，请在 sections 中定义。");
            return unknown.Count == 0 && glossary is not null ? text : null;
        }
        catch (YamlException ex)
        {
            Fail($"theme.yml 格式错误：{ex.Message}", ex.Start);
            return null;
        }
    }

    /// <summary>slugs.yml: Chinese word → English file-name part, in the order `new story` tries them.</summary>
    /// <summary>The slug glossary alone (for the local editor's save, which names a story from its title); empty when it has errors.</summary>
    public static IReadOnlyList<(string Chinese, string Slug)> ReadSlugGlossary(string themeFolder) =>
        ReadSlugs(Path.Combine(Path.GetFullPath(themeFolder), SlugsFileName), new DiagnosticBag()) ?? [];

    private static IReadOnlyList<(string Chinese, string Slug)>? ReadSlugs(string path, DiagnosticBag diagnostics)
    {
        var ok = true;
        void Fail(string message, Mark? at = null)
        {
            ok = false;
            diagnostics.Error(DiagnosticCodes.TemplateError, path, (int)(at?.Line ?? 0), (int)(at?.Column ?? 0), message,
                "请修正 theme/slugs.yml，或撤销最近对主题的修改。");
        }
        if (!File.Exists(path)) { Fail("找不到稿件文件名词表 slugs.yml。"); return null; }
        try
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(path)) yaml.Load(reader);
            if (yaml.Documents is not [{ RootNode: YamlMappingNode root }]) { Fail("slugs.yml 应为“中文词: english-words”的键值结构。"); return null; }
            var glossary = new List<(string, string)>();
            foreach (var (key, value) in root.Children)
            {
                var chinese = Scalar(key).Trim();
                var slug = value is YamlScalarNode { Value: { } v } ? v.Trim() : "";
                if (chinese.Length == 0) Fail("slugs.yml 中有空的词。", key.Start);
                else if (!SlugPattern().IsMatch(slug))
                    Fail($"slugs.yml 中“{chinese}”的英文标识“{slug}”只能包含小写英文字母、数字和连字符。", value.Start);
                else glossary.Add((chinese, slug));
            }
            return ok ? glossary : null;
        }
        catch (YamlException ex)
        {
            Fail($"slugs.yml 格式错误：{ex.Message}", ex.Start);
            return null;
        }
    }

    private static Dictionary<string, string> Block(Dictionary<string, string> words, string block) =>
        words.Where(w => w.Key.StartsWith(block + ".", StringComparison.Ordinal))
            .ToDictionary(w => w.Key[(block.Length + 1)..], w => w.Value, StringComparer.Ordinal);

    private static string Scalar(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : throw new YamlException(node.Start, node.End, "应为文字");

    private static YamlNode Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : throw new YamlException(map.Start, map.End, $"缺少“{key}”");

    private static YamlMappingNode Map(YamlNode node) => node as YamlMappingNode ?? throw new YamlException(node.Start, node.End, "应为键值结构");

    private static IReadOnlyList<string> List(YamlMappingNode root, string key) =>
        (Child(root, key) as YamlSequenceNode ?? throw new YamlException(root.Start, root.End, $"“{key}”应为列表")).Select(Scalar).ToList();

    private static string? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? Scalar(value) : null;
}
