using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>/robots.txt naming the sitemap and refusing the editor's /admin/ where there is one (refusing all on a pull request's preview), and .nojekyll: GitHub Pages would otherwise run Jekyll, which hides folders starting with "_".</summary>
public sealed class RobotsTxt : ISiteOutput
{
    public string Step => "写入 robots.txt";

    public void Write(PageTree tree, OutputFolder output)
    {
        // A preview of a pull request is not yet approved: no crawler may read any of it. (Crawlers read robots.txt at a
        // host's root only: under /preview/pr-N/ the pages' noindex and the preview server's protection do the work.)
        output.WriteText(Routes.Robots, tree.PullRequestPreview is not null
            ? "User-agent: *\nDisallow: /\n"
            : $"User-agent: *\nAllow: /\n{(tree.Editor is null ? "" : $"Disallow: {tree.Urls.BasePath}{CmsAdmin.Folder}\n")}\nSitemap: {tree.Urls.Absolute(Routes.SitemapXml)}\n");
        output.WriteText(".nojekyll", "");
    }
}
