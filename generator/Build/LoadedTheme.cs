using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;
using Portal.Rendering;

namespace Portal.Build;

/// <summary>Everything read from theme/: templates, the words of theme.yml, the assets, and a fingerprint of its files.</summary>
public sealed record LoadedTheme(TemplateEngine Templates, ThemeText Text, ThemeAssets Assets, ulong Fingerprint)
{
    /// <summary>Parses every template and theme.yml up front; null when the theme has errors (reported).</summary>
    public static LoadedTheme? Load(string themeDir, DiagnosticBag diagnostics)
    {
        var fingerprint = FolderStamp.Of(themeDir); // stamped before reading: a save during the build makes the next one see a change
        var templates = new TemplateEngine(themeDir);
        var templatesOk = templates.Load(diagnostics);
        var text = ThemeTextReader.Read(themeDir, diagnostics);
        return templatesOk && text is not null ? new LoadedTheme(templates, text, new ThemeAssets(themeDir), fingerprint) : null;
    }
}
