using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Portal.Output;
using Portal.Site;

namespace Portal.Outputs;

/// <summary>/feed.xml: the newest stories as Atom, with absolute URLs and dates taken from content, never the clock.</summary>
public sealed class AtomFeed : ISiteOutput
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public string Step => "写入订阅";

    public void Write(PageTree tree, OutputFolder output) => output.WriteBytes(Routes.Feed, Bytes(tree.Feed));

    public static byte[] Bytes(AtomFeedView view)
    {
        var feed = new SyndicationFeed(view.Title, view.Description, new Uri(view.HomeUrl))
        {
            Id = view.HomeUrl,
            Language = "zh-CN",
            LastUpdatedTime = At(view.Updated),
            Generator = "Portal",
        };
        feed.Links.Add(new SyndicationLink(new Uri(view.SelfUrl), "self", view.Title, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = view.Author });
        feed.Items = view.Entries.Select(entry =>
        {
            var item = new SyndicationItem(entry.Title, entry.Summary, new Uri(entry.Url), entry.Url, At(entry.Date))
            {
                PublishDate = At(entry.Date),
            };
            foreach (var category in entry.Categories) item.Categories.Add(new SyndicationCategory(category));
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
