using Portal.Diagnostics;
using Portal.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Loading;

/// <summary>Reads theme/theme.yml (<see cref="ThemeText"/>). A mistake there is a theme error: it fails the build with a message.</summary>
public static class ThemeTextReader
{
    public const string FileName = "theme.yml";

    public static ThemeText? Read(string themeFolder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(Path.GetFullPath(themeFolder), FileName);
        void Fail(string message, int line = 0, int column = 0) =>
            diagnostics.Error(DiagnosticCodes.TemplateError, path, line, column, message, "请修正 theme/theme.yml，或撤销最近对主题的修改。");
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
            string Scalar(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : throw new YamlException(node.Start, node.End, "应为文字");
            YamlNode Child(YamlMappingNode map, string key) =>
                map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : throw new YamlException(map.Start, map.End, $"缺少“{key}”");
            YamlMappingNode Map(YamlNode node) => node as YamlMappingNode ?? throw new YamlException(node.Start, node.End, "应为键值结构");
            IReadOnlyList<string> List(string key) =>
                (Child(root, key) as YamlSequenceNode ?? throw new YamlException(root.Start, root.End, $"“{key}”应为列表")).Select(Scalar).ToList();
            string? Optional(YamlMappingNode map, string key) =>
                map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? Scalar(value) : null;

            var sections = Map(Child(root, "sections")).Children
                .Select(kv => { var s = Map(kv.Value); return new SectionText(Scalar(kv.Key), Scalar(Child(s, "title")), Optional(s, "nav"), Optional(s, "footer")); })
                .ToList();
            var text = new ThemeText
            {
                ContentSecurityPolicy = Scalar(Child(root, "contentSecurityPolicy")).Trim(),
                AdminContentSecurityPolicy = Scalar(Child(root, "adminContentSecurityPolicy")).Trim(),
                Sections = sections,
                Navigation = List("navigation"),
                Columns = List("columns"),
                SiteMap = List("siteMap"),
                Footer = List("footer"),
                Pages = Map(Child(root, "pages")).Children.ToDictionary(
                    kv => Scalar(kv.Key),
                    kv => (IReadOnlyDictionary<string, string>)Map(kv.Value).Children.ToDictionary(f => Scalar(f.Key), f => Scalar(f.Value))),
                Labels = Map(Child(root, "labels")).Children.ToDictionary(kv => Scalar(kv.Key), kv => Scalar(kv.Value)),
            };
            var unknown = text.Navigation.Concat(text.SiteMap).Concat(text.Footer)
                .Concat(text.Columns.Where(k => StoryType.All.All(t => t.Slug != k)))
                .Where(k => sections.All(s => s.Key != k)).ToList();
            foreach (var key in unknown) Fail($"theme.yml 引用了未定义的栏目“{key}”，请在 sections 中定义。");
            return unknown.Count == 0 ? text : null;
        }
        catch (YamlException ex)
        {
            Fail($"theme.yml 格式错误：{ex.Message}", (int)ex.Start.Line, (int)ex.Start.Column);
            return null;
        }
    }
}
