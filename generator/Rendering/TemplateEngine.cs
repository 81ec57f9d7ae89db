using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Fluid.Values;
using Portal.Diagnostics;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>
/// Liquid templates from theme/layouts, parsed once and rendered from many threads. Output is HTML-encoded
/// by default, so titles and summaries cannot inject markup; "| raw" marks the few pre-rendered HTML values.
/// </summary>
public sealed class TemplateEngine
{
    // The default encoder turns every Chinese character into &#x…; only markup characters need encoding.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateOptions options;
    private readonly ConcurrentDictionary<string, IFluidTemplate> templates = new(StringComparer.Ordinal);
    private readonly string layoutsFolder;

    public TemplateEngine(string themeFolder)
    {
        layoutsFolder = Path.Combine(Path.GetFullPath(themeFolder), "layouts");
        options = new TemplateOptions
        {
            FileProvider = new PhysicalFileProvider(layoutsFolder),
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        // A Markdown body in a view prints as its sanitized HTML, rendered when (and only if) a template prints it.
        options.ValueConverters.Add(value => value is MarkdownBody body ? new StringValue(new MarkdownRenderer(body.Urls, body.Sic).ToHtml(body.Blocks()), false) : null);
    }

    /// <summary>Parses every template up front so a theme error fails the build before anything is written.</summary>
    public bool Load(DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(layoutsFolder))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, layoutsFolder, 0, 0,
                "找不到模板文件夹。", "请确认 theme/layouts 存在，或用 --theme 指定主题文件夹。");
            return false;
        }
        var parser = new FluidParser();
        var ok = true;
        foreach (var file in Directory.EnumerateFiles(layoutsFolder, "*.liquid", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(layoutsFolder, file).Replace('\\', '/')[..^".liquid".Length];
            if (parser.TryParse(File.ReadAllText(file), out var template, out var error))
            {
                templates[name] = template;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, file, 0, 0,
                    $"模板语法错误：{error}", "请修正模板，或撤销最近对主题的修改。");
                ok = false;
            }
        }
        return ok;
    }

    public string Render(string name, IReadOnlyDictionary<string, object?> values)
    {
        if (!templates.TryGetValue(name, out var template))
            throw new InvalidOperationException($"theme/layouts/{name}.liquid is missing");
        var context = new TemplateContext(options);
        foreach (var (key, value) in values) context.SetValue(key, value);
        try
        {
            return template.Render(context, Encoder);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not TemplateException)
        {
            // A missing include is a FileNotFoundException: it must read as the theme's mistake, not as a disk failure.
            throw new TemplateException($"theme/layouts/{name}.liquid: {ex.Message}", ex);
        }
    }
}

/// <summary>A template failed while rendering: the theme's mistake, reported as such.</summary>
public sealed class TemplateException(string message, Exception inner) : InvalidOperationException(message, inner);
