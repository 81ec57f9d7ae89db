using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Portal.Tests.Architecture;

/// <summary>
/// The generator's stages depend on each other in one direction only (docs/architecture.md): a namespace may use
/// its own types and those of earlier stages, never a later stage's or a sibling output's. Read from the compiled
/// IL, so every use counts: signatures, fields, base types, attributes and method bodies.
/// </summary>
public sealed class StageDependencyTests
{
    /// <summary>Stage of each namespace under Portal; outputs that share a stage are siblings and must not use each other.</summary>
    public static readonly IReadOnlyDictionary<string, int> Stages = new Dictionary<string, int>
    {
        ["Diagnostics"] = 0,
        ["Model"] = 1,
        ["Loading"] = 2,
        ["Validation"] = 3,
        ["Site"] = 4,
        ["Output"] = 5,
        ["Rendering"] = 6,
        ["Search"] = 6,
        ["Outputs"] = 6,
        ["Reports"] = 6,
        ["Build"] = 7,
        ["Preview"] = 8,
        ["Authoring"] = 8,
        ["Cli"] = 9,
    };

    [Fact]
    public void No_namespace_uses_a_later_stage_or_a_sibling_output()
    {
        var violations = Dependencies()
            .Where(d => Stages[d.To] > Stages[d.From] || (Stages[d.To] == Stages[d.From] && d.To != d.From))
            .Select(d => $"{d.From} → {d.To} ({d.Where})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(violations.Count == 0, "Stage dependencies against the pipeline's direction:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_namespace_has_a_stage()
    {
        var unknown = GeneratorTypes().Select(t => StageOf(t.Namespace)).Where(s => s is not null && !Stages.ContainsKey(s)).Distinct().ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void The_rule_sees_a_use_inside_a_method_body()
    {
        // Guards the test itself: SiteBuild (Build) calls ContentLoader (Loading) only inside method bodies.
        Assert.Contains(Dependencies(), d => d.From == "Build" && d.To == "Loading");
    }

    private static IEnumerable<TypeDefinition> GeneratorTypes()
    {
        var path = typeof(Portal.Build.SiteBuild).Assembly.Location;
        var module = ModuleDefinition.ReadModule(path, new ReaderParameters { ReadSymbols = false });
        return module.GetTypes().Where(t => t.Namespace.StartsWith("Portal", StringComparison.Ordinal) || t.IsNested);
    }

    /// <summary>The stage folder of a namespace: Portal.Search → Search; null outside Portal.</summary>
    private static string? StageOf(string? ns)
    {
        if (ns is null || !ns.StartsWith("Portal.", StringComparison.Ordinal)) return null;
        var rest = ns["Portal.".Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    private static string? StageOf(TypeReference? type)
    {
        while (type is { DeclaringType: not null }) type = type.DeclaringType;
        return type is null ? null : StageOf(type.Namespace);
    }

    private static List<(string From, string To, string Where)> Dependencies()
    {
        var found = new List<(string, string, string)>();
        foreach (var type in GeneratorTypes())
        {
            var from = StageOf(type);
            if (from is null) continue;
            void Use(TypeReference? used, string where)
            {
                if (used is null) return;
                if (used is GenericInstanceType generic) foreach (var argument in generic.GenericArguments) Use(argument, where);
                if (used is TypeSpecification spec) { Use(spec.ElementType, where); return; }
                var to = StageOf(used);
                if (to is not null && to != from) found.Add((from, to, $"{type.FullName} {where} uses {used.FullName}"));
            }
            Use(type.BaseType, "base");
            foreach (var i in type.Interfaces) Use(i.InterfaceType, "interface");
            foreach (var a in type.CustomAttributes) Use(a.AttributeType, "attribute");
            foreach (var field in type.Fields) Use(field.FieldType, "field " + field.Name);
            foreach (var property in type.Properties) Use(property.PropertyType, "property " + property.Name);
            foreach (var method in type.Methods)
            {
                var where = "method " + method.Name;
                Use(method.ReturnType, where);
                foreach (var p in method.Parameters) Use(p.ParameterType, where);
                if (!method.HasBody) continue;
                foreach (var v in method.Body.Variables) Use(v.VariableType, where);
                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t: Use(t, where); break;
                        case MethodReference m:
                            Use(m.DeclaringType, where);
                            Use(m.ReturnType, where);
                            if (m is GenericInstanceMethod gm) foreach (var g in gm.GenericArguments) Use(g, where);
                            break;
                        case FieldReference f: Use(f.DeclaringType, where); Use(f.FieldType, where); break;
                    }
                }
            }
        }
        return found;
    }
}
