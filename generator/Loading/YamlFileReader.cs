using Portal.Diagnostics;
using Portal.Model.ContentSchema;

namespace Portal.Loading;

/// <summary>Reads a required YAML file of content/ (site.yml, departments.yml, mechanism.yml).</summary>
public static class YamlFileReader
{
    public static YamlMap? ReadMapping(ContentFiles files, ContentDocument document, DiagnosticBag diagnostics)
    {
        var relativePath = document.Path;
        if (!files.Exists(relativePath))
        {
            diagnostics.Error(DiagnosticCodes.RequiredFileMissing, relativePath, 0, 0,
                $"缺少必需的文件 {relativePath}。", "请从仓库历史中恢复该文件，或按 content/README.md 的说明新建。");
            return null;
        }
        var text = SourceText.Read(files.Full(relativePath), relativePath, diagnostics);
        return text is null ? null : YamlSource.ParseMapping(text, relativePath, 1, document.Fields, diagnostics);
    }
}
