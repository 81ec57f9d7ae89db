namespace Portal.Site;

/// <summary>The static pages of content/pages/ (关于本站, 联系我们, 咨询建言与社会监督…), each its own navigation section.</summary>
public sealed class StaticPages : PageSource<PageEntry>
{
    public const string Name = "page";

    public override string Kind => Name;
    public override int Order => 140;
    public override string Template => "page";
    public override bool Shared => true;

    protected override IEnumerable<(string Path, PageEntry Route)> Addresses(SiteModel site) => site.Pages.Select(p => (p.Path, p));

    protected override Page Build(PageContext context, string path, PageEntry page) =>
        context.Page(this, path, page.Title, section: page.Source.Slug) with
        {
            Description = page.Summary, Breadcrumbs = [context.Crumb("home")],
            DateLabel = page.Source.Updated is null ? null : context.Text.Label("updated"), DateText = page.Source.Updated is { } updated ? context.DateText(updated) : null, DateIso = page.UpdatedIso,
            Model = new StaticPageView
            {
                Body = new MarkdownBody(page.Source.Body, context.Urls), Channels = Channels(context, page.Source.Slug),
                Interprets = page.Source.Interprets is null ? null : context.NoticeLink(),
                NewMedia = page.Source.Slug == "about" ? context.NewMedia : null,
            },
        };

    /// <summary>
    /// 联系我们 and 咨询建言与社会监督 show what site.yml configures, so the page and the footer never disagree;
    /// other static pages have no channel list.
    /// </summary>
    private static ChannelList? Channels(PageContext context, string slug)
    {
        var (config, text) = (context.Site.Config, context.Text);
        ChannelView Channel(string label, string value, string? url) => new() { Label = text.Label(label), Text = value, Url = url };
        var (title, items) = slug switch
        {
            "contact" => (text.Label("contactChannels"), new[]
            {
                Channel("contactAddress", config.Contact.Address, null), Channel("contactPhone", config.Contact.Phone, Tel(config.Contact.Phone)),
                Channel("contactEmail", config.Contact.Email, Mail(config.Contact.Email)),
            }),
            "feedback" => (text.Label("feedbackChannels"), new[]
            {
                Channel("feedbackOnline", config.Feedback.Url is null ? "" : text.Label("feedbackOnlineLink"), config.Feedback.Url?.Value),
                Channel("feedbackPhone", config.Feedback.Phone, Tel(config.Feedback.Phone)),
                Channel("feedbackEmail", config.Feedback.Email, Mail(config.Feedback.Email)), Channel("feedbackAddress", config.Feedback.Address, null),
            }),
            _ => ("", []),
        };
        return items.Length == 0 ? null : new ChannelList { Title = title, Items = items.Where(c => c.Text.Length > 0).ToList() };

        static string? Tel(string phone) => phone.Length > 0 ? "tel:" + string.Concat(phone.Where(c => char.IsAsciiDigit(c) || c is '+' or '-')) : null;
        static string? Mail(string email) => email.Length > 0 ? "mailto:" + email : null;
    }

    public override IEnumerable<SearchDocument> SearchDocuments(PageContext context) =>
        context.Site.Pages.Select(page => new SearchDocument
        {
            Url = page.Url,
            Title = page.Title,
            Kind = context.Text.Label("staticPageKind"),
            Date = page.UpdatedIso,
            Headings = page.Source.Body.Headings,
            Body = page.Source.Body.PlainText,
            Summary = page.Summary,
            Boost = 0.8,
        });
}

public sealed record StaticPageView
{
    public required MarkdownBody Body { get; init; }
    /// <summary>The configured contact or feedback channels on 联系我们 and 咨询建言与社会监督; null elsewhere.</summary>
    public required ChannelList? Channels { get; init; }
    /// <summary>The notice, when this page is its 政策解读; null otherwise.</summary>
    public required Link? Interprets { get; init; }
    /// <summary>关于本站 lists the 政务新媒体 accounts of the footer; null elsewhere and when site.yml lists none.</summary>
    public required NewMediaList? NewMedia { get; init; }
}

/// <summary>A page's list of ways to reach the department; empty when site.yml configures none.</summary>
public sealed record ChannelList
{
    public required string Title { get; init; }
    public required IReadOnlyList<ChannelView> Items { get; init; }
}

public sealed record ChannelView
{
    public required string Label { get; init; }
    public required string Text { get; init; }
    /// <summary>A link (留言系统, tel:, mailto:), or null for text such as a postal address.</summary>
    public required string? Url { get; init; }
}
