using Portal.Loading;
using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>Theme assets under their content-hashed names, and the media files the content uses, copied as they are.</summary>
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
        foreach (var media in tree.MediaFiles) output.Copy(Path.Combine(contentRoot, media), media);
    }
}
