using Portal.Diagnostics;
using Portal.Model;

namespace Portal.Validation;

/// <summary>
/// Stage 2: checks the loaded content, collecting every problem. Each value against its field definition first
/// (<see cref="FieldRules"/>), then the rules between fields and documents, one kind of document per class.
/// </summary>
public sealed class ContentValidator(ContentSet content, DepartmentDirectory directory, DiagnosticBag diagnostics, DateOnly today)
{
    public void Validate()
    {
        FieldRules.Check(content.Written, diagnostics);
        var context = new RuleContext(content, directory, diagnostics, today);
        var taskNumbers = TaskRules.Check(context);
        MechanismRules.Check(context);
        StoryRules.Check(context, taskNumbers);
        var selfCheck = new InspectionSelfCheck();
        FreshnessRules.Check(context, selfCheck);
        selfCheck.CheckIdentity(content.Site, content.Notice);
        selfCheck.CheckUnconfirmed(content.Site, directory.Departments);
        selfCheck.Report(diagnostics);
        if (content.Site is { } site) SiteConfigRules.Check(context, site);
        if (content.Notice is { } notice) NoticeRules.Check(context, notice);
        foreach (var task in content.Tasks) BodyRules.Check(context, task.Body);
        foreach (var page in content.Pages) BodyRules.Check(context, page.Body);
        if (content.Notice is { } withBody) BodyRules.Check(context, withBody.Body);
    }
}
