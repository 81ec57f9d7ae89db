using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>/robots.txt naming the sitemap, and .nojekyll: GitHub Pages would otherwise run Jekyll, which hides folders starting with "_".</summary>
public sealed class RobotsTxt : ISiteOutput
{
    public string Step => "写入 robots.txt";

    public void Write(PageTree tree, OutputFolder output)
    {
        output.WriteText(Routes.Robots, $"User-agent: *\nAllow: /\nDisallow: {tree.Urls.BasePath}{CmsAdmin.Folder}\n\nSitemap: {tree.Urls.Absolute(Routes.SitemapXml)}\n");
        output.WriteText(".nojekyll", "");
    }
}
