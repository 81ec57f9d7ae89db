using Markdig.Renderers.Html;
using Markdig.Syntax;
using Portal.Model;

namespace Portal.Site;

/// <summary>Turns the site model into search documents: every page kind, and each notice section by its anchor.</summary>
public static class SearchDocuments
{
    public static List<SearchDocument> Collect(SiteModel site)
    {
        var urls = site.Urls;
        var departmentIndex = site.Departments.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var documents = new List<SearchDocument>();

        documents.AddRange(NoticeSections(site));

        var mechanism = site.Mechanism;
        var roster = new List<string> { $"总召集人：{mechanism.Source.ChiefConvener.Name} {mechanism.Source.ChiefConvener.Position}" };
        roster.AddRange(mechanism.Source.Conveners.Select(c => $"召集人：{c.Name} {c.Position}"));
        roster.Add($"办公室设在{mechanism.Source.Office.LocatedIn.Value}，主任：{mechanism.Source.Office.Director}");
        roster.Add("成员：" + string.Join("、", mechanism.OfficeMembers.Concat(mechanism.UnitMembers).Select(d => d.Name)));
        documents.Add(new SearchDocument
        {
            Url = urls.Href(Routes.Mechanism),
            Title = mechanism.Source.Title,
            Kind = "专项工作机制",
            Headings = ["组织架构", "专项工作机制主要职责", "专项工作机制办公室主要职责"],
            Body = string.Join("\n", roster) + "\n" + mechanism.Source.Duties + "\n" + mechanism.Source.OfficeDuties,
            Meta = string.Join(" ", mechanism.OfficeMembers.Concat(mechanism.UnitMembers).Select(d => d.FullName)),
            Departments = mechanism.OfficeMembers.Concat(mechanism.UnitMembers).Select(d => departmentIndex[d]).ToList(),
            Boost = 1.2,
        });

        foreach (var task in site.Tasks)
        {
            var (headings, body) = (task.Source.Body.Headings, task.Source.Body.PlainText);
            documents.Add(new SearchDocument
            {
                Url = task.Url,
                Title = $"重点任务{task.Number}：{task.Title}",
                Kind = "重点任务",
                Date = task.Latest?.DateIso,
                Headings = headings,
                Body = body,
                Meta = "牵头部门：" + task.LeadText + " " + string.Join(" ", task.Leads.Select(d => d.Name)),
                Summary = task.Summary,
                Tasks = [task.Number],
                Departments = task.Leads.Select(d => departmentIndex[d]).ToList(),
                Boost = 1.5,
            });
        }

        foreach (var department in site.Departments)
        {
            documents.Add(new SearchDocument
            {
                Url = department.Url,
                Title = department.Name,
                Kind = "部门单位",
                Body = $"{department.FullName}，{department.KindLabel}。{department.Description}"
                    + (department.LedTasks.Count > 0 ? "牵头重点任务：" + string.Join("、", department.LedTasks.Select(t => t.Title)) + "。" : ""),
                Meta = string.Join(" ", department.Aliases),
                Departments = [departmentIndex[department]],
                Tasks = department.LedTasks.Select(t => t.Number).ToList(),
                Boost = 1.2,
            });
        }

        foreach (var page in site.Pages)
        {
            var (headings, body) = (page.Source.Body.Headings, page.Source.Body.PlainText);
            documents.Add(new SearchDocument
            {
                Url = page.Url,
                Title = page.Title,
                Kind = "本站信息",
                Date = page.UpdatedIso,
                Headings = headings,
                Body = body,
                Summary = page.Summary,
                Boost = 0.8,
            });
        }

        foreach (var story in site.Stories)
        {
            var (headings, body) = (story.Source.Body.Headings, story.Source.Body.PlainText);
            documents.Add(new SearchDocument
            {
                Url = story.Url,
                Title = story.Title,
                Kind = story.Type.Name,
                Date = story.DateIso,
                Headings = headings,
                Lead = story.Summary,
                Body = body,
                Meta = string.Join(" ", story.Tags.Select(t => t.Text).Concat(story.Departments.Select(d => d.Name))),
                Summary = story.Summary,
                StoryType = StoryTypeIndex(story.Type),
                Tasks = story.Tasks.Select(t => t.Number).ToList(),
                Departments = story.Departments.Select(d => departmentIndex[d]).ToList(),
                Year = story.Year,
                CaseKind = story.CaseKind is { } kind ? CaseKinds.IndexOf(kind) : null,
            });
        }
        return documents;
    }

    private static int StoryTypeIndex(StoryType type)
    {
        for (var i = 0; i < StoryType.All.Count; i++) if (StoryType.All[i] == type) return i;
        return -1;
    }

    /// <summary>The notice as one document for its opening and one per section, each linking to its anchor.</summary>
    private static IEnumerable<SearchDocument> NoticeSections(SiteModel site)
    {
        var notice = site.Notice;
        var date = notice.PublishDate?.ToString("yyyy-MM-dd");
        var blocks = notice.Body.Document.ToList();
        var current = new List<Block>();
        string? title = notice.Title;
        string anchor = "";
        var headings = new List<string>();
        var documents = new List<SearchDocument>();
        void Emit()
        {
            var (_, body) = Loading.MarkdownText.Extract(current);
            if (title is not null && (body.Length > 0 || anchor.Length == 0))
            {
                documents.Add(new SearchDocument
                {
                    Url = site.Urls.Href(Routes.Notice + anchor),
                    Title = title,
                    Kind = "通知原文",
                    Date = date,
                    Body = anchor.Length == 0 ? $"{notice.DocumentNumber} {notice.Recipients}\n{body}" : body,
                    Meta = anchor.Length == 0 ? $"{notice.IssuerMark} {notice.DocumentNumber} {notice.Issuer}" : notice.DocumentNumber,
                    Boost = anchor.Length == 0 ? 1.3 : 1.1,
                });
            }
            current.Clear();
        }
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading)
            {
                Emit();
                var text = Loading.MarkdownText.Inline(heading.Inline).Trim();
                if (heading.Level == 1)
                {
                    var space = text.IndexOf(' ');
                    title = space > 0 ? $"附件：{text[(space + 1)..]}" : text;
                    anchor = "#attachment";
                }
                else
                {
                    title = text;
                    anchor = "#" + heading.GetAttributes().Id;
                }
                continue;
            }
            current.Add(block);
        }
        Emit();
        return documents;
    }
}
