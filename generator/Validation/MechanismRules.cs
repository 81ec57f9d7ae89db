namespace Portal.Validation;

/// <summary>mechanism.yml: every department it names is in the registry.</summary>
public static class MechanismRules
{
    public static void Check(RuleContext context)
    {
        if (context.Content.Mechanism is not { } mechanism) return;
        var (directory, diagnostics) = (context.Directory, context.Diagnostics);
        foreach (var member in mechanism.Members) directory.ResolveOrReport(member, mechanism.SourceFile, diagnostics);
        directory.ResolveOrReport(mechanism.Office.LocatedIn, mechanism.SourceFile, diagnostics);
        foreach (var deputy in mechanism.Office.Deputies) directory.ResolveOrReport(deputy.Department, mechanism.SourceFile, diagnostics);
    }
}
