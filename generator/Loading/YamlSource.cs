using Portal.Diagnostics;
using Portal.Model.ContentSchema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Loading;

/// <summary>
/// Parses YAML into nodes that keep their positions. Typed values are read through <see cref="YamlMap"/>
/// rather than a deserializer so that every wrong value gets its own line, column and Chinese message.
/// </summary>
public static partial class YamlSource
{
    /// <summary>Returns the top-level mapping, or null after reporting why the YAML cannot be read.</summary>
    /// <param name="firstLine">Line of the file on which <paramref name="yaml"/> starts (2 for front matter).</param>
    /// <param name="fields">The keys the mapping may hold (<see cref="ContentDocument.Fields"/>).</param>
    public static YamlMap? ParseMapping(string yaml, string file, int firstLine, IReadOnlyList<ContentField> fields, DiagnosticBag diagnostics)
    {
        var slipLines = ReportSlips(yaml, file, firstLine, diagnostics);
        var (stream, error) = Load(slipLines.Count == 0 ? yaml : YamlSlips.Readable(yaml, firstLine, indentAsSpaces: true));
        // Indentation typed with tabs or full-width spaces is guessed as spaces first, then as nothing (a top-level key).
        if (stream is null && slipLines.Count > 0)
        {
            var (dropped, _) = Load(YamlSlips.Readable(yaml, firstLine, indentAsSpaces: false));
            stream = dropped;
        }
        if (stream is null)
        {
            // A parse error on a line whose slip was reported says the same thing again, less clearly.
            if (error is not null && !slipLines.Contains(error.Line + firstLine - 1)) Report(error, yaml, file, firstLine, diagnostics);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap(new YamlMappingNode(), file, firstLine, fields, diagnostics);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, file, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column,
                "YAML 内容应为“字段: 值”的形式。",
                "每行写一个字段，例如“title: 标题”（英文冒号后加一个空格）。");
            return null;
        }
        return new YamlMap(map, file, firstLine, fields, diagnostics);
    }

    /// <summary>Parses without a definition: no field can be read from the result. For tools that time parsing alone.</summary>
    public static YamlMap? ParseMapping(string yaml, string file, int firstLine, DiagnosticBag diagnostics) =>
        ParseMapping(yaml, file, firstLine, [], diagnostics);

    /// <summary>Reports what Word and input methods put into YAML (<see cref="YamlSlips"/>), with a better message than the parser's; returns the lines with slips.</summary>
    private static HashSet<int> ReportSlips(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var lines = new HashSet<int>();
        foreach (var slip in YamlSlips.Find(yaml, firstLine))
        {
            diagnostics.Error(slip.Code, file, slip.Line, slip.Column, slip.Message, slip.Hint);
            lines.Add(slip.Line);
        }
        return lines;
    }

    /// <summary>Why a text could not be parsed, at its line (1 = the text's first) and column.</summary>
    private sealed record LoadError(int Line, int Column, YamlException? Exception);

    private static (YamlStream? Stream, LoadError? Error) Load(string yaml)
    {
        YamlStream stream = new();
        try
        {
            stream.Load(new StringReader(yaml));
            return (stream, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18 throws these instead of a YamlException for some broken structures: unterminated flow collections
            // ("[甲, 乙" at the end), or a key where its loader expects a value ("The current event is of an unsupported type").
            return (null, new LoadError(yaml.Split('\n').Length, 1, null));
        }
        catch (YamlException ex)
        {
            return (null, new LoadError((int)ex.Start.Line, (int)ex.Start.Column, ex));
        }
    }

    private static void Report(LoadError error, string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (error.Exception is not { } ex)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, file, firstLine + yaml.Split('\n').Length - 1, 1,
                "YAML 格式错误：方括号或引号没有成对闭合。",
                "请检查列表是否以“]”结束、引号是否成对，例如“tags: [甲, 乙]”。");
            return;
        }
        diagnostics.Error(DiagnosticCodes.YamlSyntax, file, error.Line + firstLine - 1, error.Column,
            $"YAML 格式错误：{Explain(ex)}",
            "请检查该行的缩进（只用空格）、冒号后是否有空格、引号和方括号是否成对。");
    }

    private static string Explain(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        if (message.Contains("found a tab", StringComparison.OrdinalIgnoreCase)) return "出现了制表符（Tab）。";
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return "这一行的冒号位置不对（值中含有“: ”时请给整个值加引号）。";
        if (message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
            || message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
            return "缩进不一致或缺少冒号。";
        if (message.Contains("found unexpected end of stream", StringComparison.OrdinalIgnoreCase)
            || message.Contains("closing quote", StringComparison.OrdinalIgnoreCase))
            return "引号或括号没有成对闭合。";
        if (message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase)) return "同一个字段写了两次。";
        return $"无法解析（{message}）。";
    }
}
