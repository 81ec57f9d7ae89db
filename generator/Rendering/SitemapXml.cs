using System.Text;
using System.Xml;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>/sitemap.xml for search engines: every indexable page, absolute URLs.</summary>
public static class SitemapXml
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(SiteUrls urls, IEnumerable<(string Path, string? LastModified)> pages)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var (path, lastModified) in pages)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, urls.Absolute(path));
                if (lastModified is not null) writer.WriteElementString("lastmod", Namespace, lastModified);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return stream.ToArray();
    }
}
