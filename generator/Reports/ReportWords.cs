using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Reports;

/// <summary>
/// The fixed wording of the dispatch materials, from theme/reports.yml: keys as "ledger.file", "{name}" filled from
/// content. A missing key or placeholder is an error naming it, never a blank in an official document.
/// </summary>
public sealed partial class ReportWords
{
    public const string FileName = "reports.yml";

    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> lists = new(StringComparer.Ordinal);

    private ReportWords() { }

    /// <exception cref="InvalidDataException">The file is missing or not a mapping of words; the message is Chinese.</exception>
    public static ReportWords Load(string themeFolder)
    {
        var path = Path.Combine(Path.GetFullPath(themeFolder), FileName);
        if (!File.Exists(path)) throw new InvalidDataException($"找不到调度材料的文字设置文件 {path}。");
        var words = new ReportWords();
        try
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(path)) yaml.Load(reader);
            if (yaml.Documents is not [{ RootNode: YamlMappingNode root }]) throw new InvalidDataException($"{path} 应为键值结构。");
            words.Add("", root);
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path} 第 {ex.Start.Line} 行：{ex.Message}");
        }
        return words;
    }

    private void Add(string prefix, YamlMappingNode map)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            var key = prefix + ((YamlScalarNode)keyNode).Value;
            switch (value)
            {
                case YamlMappingNode child: Add(key + ".", child); break;
                case YamlSequenceNode sequence: lists[key] = sequence.Select(n => ((YamlScalarNode)n).Value ?? "").ToList(); break;
                case YamlScalarNode scalar: texts[key] = scalar.Value ?? ""; break;
            }
        }
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    public string this[string key, params (string Name, object Value)[] values] =>
        Fill(key, texts.TryGetValue(key, out var text) ? text : throw new InvalidDataException($"theme/{FileName} 缺少“{key}”。"), values);

    /// <summary>A list's items with their placeholders filled.</summary>
    public IReadOnlyList<string> List(string key, params (string Name, object Value)[] values) =>
        (lists.TryGetValue(key, out var list) ? list : throw new InvalidDataException($"theme/{FileName} 缺少列表“{key}”。"))
            .Select(item => Fill(key, item, values)).ToList();

    private static string Fill(string key, string text, (string Name, object Value)[] values) =>
        Placeholder().Replace(text, m =>
        {
            var name = m.Groups["name"].Value;
            foreach (var (n, v) in values)
                if (n == name) return Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            throw new InvalidDataException($"theme/{FileName} 的“{key}”中的 {{{name}}} 无法填写。");
        });
}
