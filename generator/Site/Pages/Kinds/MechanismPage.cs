namespace Portal.Site;

/// <summary>The campaign's working mechanism (专项工作机制), from the notice's attachment: who leads, the office, the members, the duties.</summary>
public sealed class MechanismPage : SinglePageSource
{
    public const string Name = "mechanism";

    public override string Kind => Name;
    public override int Order => 30;
    public override string Template => "mechanism";
    protected override string? LandingSection => "mechanism";
    public override bool Shared => true;
    protected override string Path => Routes.Mechanism;

    protected override Page Build(PageContext context)
    {
        var mechanism = context.Site.Mechanism;
        var source = mechanism.Source;
        return context.Page(this, Path, source.Title) with
        {
            Description = context.Text.Page("mechanism", "description"), Breadcrumbs = [context.Crumb("home")],
            DateLabel = context.Text.Label("published"), DateText = context.DateText(context.NoticeDate), DateIso = PageContext.Iso(context.NoticeDate),
            Model = new MechanismPageView
            {
                AttachmentUrl = context.Urls.Href(Routes.Notice + "#attachment"),
                Chief = PageContext.Person(source.ChiefConvener),
                Conveners = source.Conveners.Select(PageContext.Person).ToList(),
                OfficeHost = mechanism.OfficeHost is { } host ? context.DepartmentLinkOf(host) : null,
                OfficeLocatedIn = source.Office.LocatedIn.Value,
                Director = source.Office.Director,
                Deputies = mechanism.Deputies.Select(d => new DeputyView { Name = d.Name, Url = d.Department?.Url, Role = d.Role }).ToList(),
                OfficeMembers = mechanism.OfficeMembers.Select(context.DepartmentLinkOf).ToList(),
                UnitMembers = mechanism.UnitMembers.Select(context.DepartmentLinkOf).ToList(),
                Duties = source.Duties,
                OfficeDuties = source.OfficeDuties,
            },
        };
    }

    public override IEnumerable<SearchDocument> SearchDocuments(PageContext context)
    {
        var (mechanism, text) = (context.Site.Mechanism, context.Text);
        var source = mechanism.Source;
        var members = mechanism.OfficeMembers.Concat(mechanism.UnitMembers).ToList();
        var roster = new List<string> { text.Label("searchChiefConvener", ("name", source.ChiefConvener.Name), ("position", source.ChiefConvener.Position)) };
        roster.AddRange(source.Conveners.Select(c => text.Label("searchConvener", ("name", c.Name), ("position", c.Position))));
        roster.Add(text.Label("searchOffice", ("host", source.Office.LocatedIn.Value), ("director", source.Office.Director)));
        roster.Add(text.Label("searchMembers", ("members", string.Join(text.Label("enumerationSeparator"), members.Select(d => d.Name)))));
        yield return new SearchDocument
        {
            Url = context.Urls.Href(Routes.Mechanism),
            Title = source.Title,
            Kind = context.Title("mechanism"),
            Headings = [text.Label("mechanismStructure"), text.Label("mechanismDuties"), text.Label("mechanismOfficeDuties")],
            Body = string.Join("\n", roster) + "\n" + source.Duties + "\n" + source.OfficeDuties,
            Meta = string.Join(" ", members.Select(d => d.FullName)),
            Departments = members.Select(context.DepartmentIndexOf).ToList(),
            Boost = 1.2,
        };
    }
}

public sealed record MechanismPageView
{
    public required string AttachmentUrl { get; init; }
    public required PersonView Chief { get; init; }
    public required IReadOnlyList<PersonView> Conveners { get; init; }
    public required Link? OfficeHost { get; init; }
    public required string OfficeLocatedIn { get; init; }
    public required string Director { get; init; }
    public required IReadOnlyList<DeputyView> Deputies { get; init; }
    public required IReadOnlyList<Link> OfficeMembers { get; init; }
    public required IReadOnlyList<Link> UnitMembers { get; init; }
    public required string Duties { get; init; }
    public required string OfficeDuties { get; init; }
}

/// <summary>副主任: a role in a department, linked when the department is in the registry.</summary>
public sealed record DeputyView
{
    public required string Name { get; init; }
    public required string? Url { get; init; }
    public required string Role { get; init; }
}
