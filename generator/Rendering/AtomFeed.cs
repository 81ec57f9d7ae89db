using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>/feed.xml: the newest stories as Atom, with absolute URLs and dates taken from content, never the clock.</summary>
public static class AtomFeed
{
    private const int Entries = 20;
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static byte[] Write(SiteModel site)
    {
        var urls = site.Urls;
        var feed = new SyndicationFeed(site.Config.Title, site.Config.Description, new Uri(urls.Absolute(Routes.Home)))
        {
            Id = urls.Absolute(Routes.Home),
            Language = "zh-CN",
            LastUpdatedTime = At(site.LastUpdated),
            Generator = "Portal",
        };
        feed.Links.Add(new SyndicationLink(new Uri(urls.Absolute(Routes.Feed)), "self", site.Config.Title, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = site.Config.Organizer });
        feed.Items = site.Stories.Take(Entries).Select(story =>
        {
            var item = new SyndicationItem(story.Title, story.Summary, new Uri(story.AbsoluteUrl), story.AbsoluteUrl, At(story.Date))
            {
                PublishDate = At(story.Date),
            };
            item.Categories.Add(new SyndicationCategory(story.Type.Name));
            foreach (var tag in story.Tags) item.Categories.Add(new SyndicationCategory(tag.Text));
            return item;
        }).ToList();

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return stream.ToArray();
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), ChinaStandardTime);
}
