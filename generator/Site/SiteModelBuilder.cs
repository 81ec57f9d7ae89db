using Portal.Model;
using Portal.Validation;

namespace Portal.Site;

/// <summary>Builds the <see cref="SiteModel"/> from validated content in linear time.</summary>
public static class SiteModelBuilder
{
    /// <param name="asOf">The build's date (`--as-of` and its fallbacks; `serve`: today): the progress board counts to it.</param>
    public static SiteModel Build(ContentSet content, DepartmentDirectory directory, Uri? baseUrlOverride, bool includeDrafts, DateOnly asOf)
    {
        var config = content.Site ?? throw new InvalidOperationException("site.yml was not loaded");
        var urls = new SiteUrls(baseUrlOverride ?? config.BaseUrl);
        var notice = content.Notice ?? throw new InvalidOperationException("notice.md was not loaded");
        var mechanism = content.Mechanism ?? throw new InvalidOperationException("mechanism.yml was not loaded");

        var departments = directory.Departments
            .Select(d => new DepartmentEntry { Source = d, Path = Routes.Department(d), Url = urls.Href(Routes.Department(d)) })
            .ToList();
        // By reference: Department is a record, and hashing all its fields for every story's lookup is slow.
        var departmentOf = departments.ToDictionary(d => d.Source, (IEqualityComparer<Department>)ReferenceEqualityComparer.Instance);
        // A task's leads keep the notice's order (order is meaning in a government document); a story's follow the registry.
        IReadOnlyList<DepartmentEntry> Resolve(IEnumerable<string> names, bool inRegistryOrder = true)
        {
            var resolved = new List<DepartmentEntry>();
            foreach (var name in names)
            {
                foreach (var department in directory.Resolve(name) ?? [])
                {
                    var entry = departmentOf[department];
                    if (!resolved.Contains(entry)) resolved.Add(entry);
                }
            }
            if (inRegistryOrder) resolved.Sort((a, b) => a.Source.Order.CompareTo(b.Source.Order));
            return resolved;
        }

        var tasks = content.Tasks
            .OrderBy(t => t.Number.Value)
            .Select(t => new TaskEntry { Source = t, Path = Routes.Task(t.Number.Value), Url = urls.Href(Routes.Task(t.Number.Value)) })
            .ToList();
        var taskOf = tasks.ToDictionary(t => t.Number);
        foreach (var task in tasks)
        {
            task.Leads = Resolve(task.Source.Lead.Select(l => l.Value), inRegistryOrder: false);
            task.WrittenLeads = task.Source.Lead
                .Select(l => (l.Value, directory.IsGroup(l.Value) || directory.Resolve(l.Value) is not [var one] ? null : departmentOf[one]))
                .ToList();
        }

        var stories = content.Stories
            .Where(s => !s.Incomplete && (includeDrafts || !s.Draft))
            .OrderByDescending(s => s.Date.Value)
            .ThenByDescending(s => s.FileStem, StringComparer.Ordinal)
            .Select(s => CreateStory(s, urls))
            .ToList();

        var tagLinks = new Dictionary<string, Link>(StringComparer.Ordinal);
        var tagTerms = new SortedDictionary<string, List<StoryEntry>>(StringComparer.Ordinal);
        var storiesOfTask = tasks.ToDictionary(t => t.Number, _ => new List<StoryEntry>());
        var storiesOfDepartment = departments.ToDictionary(d => d, _ => new List<StoryEntry>());
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            story.Order = i;
            story.Newer = i > 0 ? stories[i - 1] : null;
            story.Older = i + 1 < stories.Count ? stories[i + 1] : null;
            story.Tasks = TasksOf(story.Source, taskOf);
            story.Departments = Resolve(story.Source.Departments.Select(d => d.Value));
            var tagNames = story.Source.Tags.Select(t => t.Value).Distinct().ToList();
            // One link per tag name: encoding a Chinese tag for its URL costs more than the rest of the loop.
            story.Tags = tagNames.Select(t => tagLinks.TryGetValue(t, out var link) ? link : tagLinks[t] = new Link { Text = t, Url = urls.Href(Routes.Tag(t)) }).ToList();
            foreach (var tag in tagNames)
            {
                if (!tagTerms.TryGetValue(tag, out var list)) tagTerms[tag] = list = [];
                list.Add(story);
            }
            foreach (var task in story.Tasks) storiesOfTask[task.Number].Add(story);
            foreach (var department in story.Departments) storiesOfDepartment[department].Add(story);
        }
        foreach (var task in tasks) task.Stories = storiesOfTask[task.Number];
        foreach (var department in departments)
        {
            department.Stories = storiesOfDepartment[department];
            department.LedTasks = tasks.Where(t => t.NamedLeads.Contains(department)).ToList();
        }
        RelatedStories.Assign(stories, tagTerms, storiesOfTask);

        var years = stories.GroupBy(s => s.Year).OrderByDescending(g => g.Key)
            .Select(g => new TermEntry
            {
                Name = g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Path = Routes.StoryYear(g.Key), Url = urls.Href(Routes.StoryYear(g.Key)), Stories = g.ToList(),
            })
            .ToList();
        var types = StoryType.All
            .Select(t => new TermEntry
            {
                Name = t.Name, Path = Routes.Type(t), Url = urls.Href(Routes.Type(t)),
                Stories = stories.Where(s => s.Type == t).ToList(),
            })
            .ToList();
        var cases = stories.Where(s => s.Type.Name == StoryType.CaseTypeName).ToList();
        var caseKinds = CaseKinds.All
            .Select(kind => new TermEntry
            {
                Name = kind, Path = Routes.CaseKind(kind), Url = urls.Href(Routes.CaseKind(kind)), Stories = cases.Where(s => s.CaseKind == kind).ToList(),
            })
            .ToList();
        var tags = tagTerms
            .Select(kv => new TermEntry { Name = kv.Key, Path = Routes.Tag(kv.Key), Url = urls.Href(Routes.Tag(kv.Key)), Stories = kv.Value })
            .ToList();
        var pages = content.Pages
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new PageEntry { Source = p, Path = Routes.Page(p), Url = urls.Href(Routes.Page(p)) })
            .ToList();

        var progress = ProgressBoard.Create(tasks, stories, LeadRows(content, directory, stories, tasks, departmentOf), asOf);

        var mechanismView = CreateMechanism(mechanism, directory, departmentOf);
        foreach (var member in mechanismView.OfficeMembers.Concat(mechanismView.UnitMembers)) member.IsMechanismMember = true;
        if (mechanismView.OfficeHost is { } host) host.IsOfficeHost = true;
        foreach (var deputy in mechanismView.Deputies) if (deputy.Department is { } d) d.DeputyRole ??= deputy.Role;

        var media = content.MediaFiles.Order(StringComparer.Ordinal).ToList();

        return new SiteModel
        {
            Config = config,
            Urls = urls,
            Notice = notice,
            Mechanism = mechanismView,
            Tasks = tasks,
            Departments = departments,
            Stories = stories,
            Years = years,
            Types = types,
            Tags = tags,
            Cases = cases,
            CaseKinds = caseKinds,
            Pages = pages,
            Progress = progress,
            Coverage = stories.Where(s => s.IsCoverage).ToList(),
            MediaFiles = media,
            DocumentFiles = content.DocumentFiles,
            Newest = ContentDates.NewestShown(content, includeDrafts) ?? DateOnly.MinValue,
        };
    }

    /// <summary>A story's key tasks, each once, in task order; unknown numbers were reported by validation.</summary>
    private static List<TaskEntry> TasksOf(Story story, Dictionary<int, TaskEntry> taskOf)
    {
        var tasks = new List<TaskEntry>(story.Tasks.Count);
        foreach (var number in story.Tasks)
        {
            if (taskOf.TryGetValue(number.Value, out var task) && !tasks.Contains(task)) tasks.Add(task);
        }
        tasks.Sort((a, b) => a.Number.CompareTo(b.Number));
        return tasks;
    }

    /// <summary>
    /// <paramref name="edited"/> (the same file, read again) in the place of <paramref name="published"/>, keeping its
    /// neighbours, tasks, departments, tags and related stories: valid only while the fields they come from are unchanged.
    /// </summary>
    internal static StoryEntry Replacing(StoryEntry published, Story edited, SiteUrls urls)
    {
        var entry = CreateStory(edited, urls);
        entry.Order = published.Order;
        entry.Newer = published.Newer;
        entry.Older = published.Older;
        entry.Tasks = published.Tasks;
        entry.Departments = published.Departments;
        entry.Tags = published.Tags;
        entry.Related = published.Related;
        return entry;
    }

    private static StoryEntry CreateStory(Story story, SiteUrls urls)
    {
        var path = Routes.Story(story);
        var type = StoryType.Find(story.Type.Value) ?? throw new InvalidOperationException($"unvalidated type in {story.SourceFile}");
        string? MediaUrl(string? src) => src is null ? null : urls.Media(src);
        return new StoryEntry
        {
            Source = story,
            Path = path,
            Url = urls.Href(path),
            AbsoluteUrl = urls.Absolute(path),
            Type = type,
            TypeUrl = urls.Href(Routes.Type(type)),
            Cover = story.Cover is { } c ? new MediaView { Url = MediaUrl(c.Src.Value)!, Alt = c.Alt, Caption = c.Caption } : null,
            Video = story.Video is { } v
                ? new VideoView
                {
                    Url = MediaUrl(v.Src.Value)!, PosterUrl = MediaUrl(v.Poster?.Value),
                    CaptionsUrl = MediaUrl(v.Captions?.Value is { } captions ? CaptionFile.ServedPath(captions) : null),
                    Title = v.Title.Length > 0 ? v.Title : story.Title,
                }
                : null,
        };
    }

    /// <summary>Who reported what, per key task and lead department, from the one reckoning (<see cref="ReportLedger"/>).</summary>
    private static List<ProgressRow> LeadRows(
        ContentSet content, DepartmentDirectory directory, List<StoryEntry> stories, List<TaskEntry> tasks, Dictionary<Department, DepartmentEntry> departmentOf)
    {
        var entryOf = stories.ToDictionary(s => s.Source, (IEqualityComparer<Story>)ReferenceEqualityComparer.Instance);
        var ledger = ReportLedger.Build(content.Tasks, stories.Select(s => s.Source), directory);
        var taskOf = tasks.ToDictionary(t => t.Number);
        return ledger.Rows.Select(r => new ProgressRow(
                taskOf[r.Task.Number.Value],
                r.ShownName,
                r.Members is [var single] ? departmentOf[single] : null,
                r.Reports.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<StoryEntry>)kv.Value.Select(s => entryOf[s]).ToList())))
            .ToList();
    }

    private static MechanismView CreateMechanism(Mechanism mechanism, DepartmentDirectory directory, Dictionary<Department, DepartmentEntry> departmentOf)
    {
        DepartmentEntry? One(string name) => directory.Resolve(name) is [var d] ? departmentOf[d] : null;
        // A collective name in the roster (厅属各单位) stands for every department of its kind, as in the notice.
        var members = mechanism.Members.SelectMany(m => directory.Resolve(m.Value) ?? []).Select(d => departmentOf[d]).Distinct().ToList();
        return new MechanismView(
            mechanism,
            members.Where(m => m.Source.Kind == DepartmentKind.Office).ToList(),
            members.Where(m => m.Source.Kind != DepartmentKind.Office).ToList(),
            One(mechanism.Office.LocatedIn.Value),
            mechanism.Office.Deputies.Select(d => new DeputyEntry(One(d.Department.Value), d.Department.Value, d.Role)).ToList());
    }
}
