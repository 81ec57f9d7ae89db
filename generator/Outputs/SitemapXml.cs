using System.Text;
using System.Xml;
using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>/sitemap.xml for search engines: every indexable page, absolute URLs.</summary>
public sealed class SitemapXml : ISiteOutput
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public string Step => "写入站点地图";

    public void Write(PageTree tree, OutputFolder output) => output.WriteBytes(Routes.SitemapXml, Bytes(tree.Indexed));

    public static byte[] Bytes(IEnumerable<Page> pages)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, page.CanonicalUrl);
                if (page.DateIso is not null) writer.WriteElementString("lastmod", Namespace, page.DateIso);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return stream.ToArray();
    }
}
