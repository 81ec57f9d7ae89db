using Portal.Loading;
using Portal.Model;
using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>Theme assets under their content-hashed names, and the media files the content uses, copied as they are (.srt captions also as WebVTT).</summary>
public sealed class StaticFiles(ThemeAssets assets, string contentRoot) : ISiteOutput
{
    public string Step => "复制样式和附件";

    public void Write(PageTree tree, OutputFolder output)
    {
        foreach (var (source, sitePath) in assets.Files)
        {
            if (assets.Rewritten.TryGetValue(sitePath, out var bytes)) output.WriteBytes(sitePath, bytes);
            else output.Copy(source, sitePath);
        }
        foreach (var media in tree.MediaFiles)
        {
            output.Copy(Path.Combine(contentRoot, media), media);
            if (CaptionFile.IsSrtPath(media)) WriteWebVtt(media, tree, output);
        }
    }

    /// <summary>Browsers show WebVTT only: an .srt caption file is served as its conversion beside it, unless a .vtt of that name exists.</summary>
    private void WriteWebVtt(string srt, PageTree tree, OutputFolder output)
    {
        var vtt = CaptionFile.ServedPath(srt);
        if (tree.MediaFiles.Contains(vtt)) return;
        // Read and converted only when the .srt changed since the last build (serve rebuilds often).
        var source = Path.Combine(contentRoot, srt);
        var inputs = OutputFolder.InputsOf(source);
        if (output.IsPublished(vtt, inputs)) return;
        var converted = CaptionFile.SrtToWebVtt(File.ReadAllText(source));
        if (converted is not null) output.WriteText(vtt, converted, inputs);
    }
}
