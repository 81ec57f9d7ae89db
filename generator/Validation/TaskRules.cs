using Portal.Diagnostics;
using Portal.Model;
using Portal.Model.ContentSchema;

namespace Portal.Validation;

/// <summary>The key tasks: numbers unique across the task files, lead departments in the registry.</summary>
public static class TaskRules
{
    /// <returns>The task numbers stories may refer to.</returns>
    public static HashSet<int> Check(RuleContext context)
    {
        var numbers = new Dictionary<int, KeyTask>();
        foreach (var task in context.Content.Tasks)
        {
            var number = task.Number;
            // A number outside the field's range is reported by the field rules.
            if (FieldRules.Accepts(TaskFields.Number, number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                && !numbers.TryAdd(number.Value, task))
            {
                context.Diagnostics.Error(DiagnosticCodes.DuplicateTaskNumber, task.SourceFile, number.Line, number.Column,
                    $"任务序号 {number.Value} 与 {numbers[number.Value].SourceFile} 重复。", "每个重点任务的序号必须不同。");
            }
            foreach (var lead in task.Lead) context.Directory.ResolveOrReport(lead, task.SourceFile, context.Diagnostics);
        }
        return numbers.Keys.ToHashSet();
    }
}
