using Mono.Cecil;

namespace Portal.Tests.Architecture;

/// <summary>
/// Files reach validation from the loader (docs/architecture.md): nothing in Portal.Validation opens, lists or probes a
/// file or folder itself, or the same content could be judged on one build and read differently on the next. Read
/// from the compiled IL, so a call hidden in a lambda or an iterator counts too.
/// </summary>
public sealed class ValidationReadsNoFilesTests
{
    private static readonly string[] FileSystemTypes =
    [
        "System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo",
        "System.IO.FileStream", "System.IO.StreamReader", "System.IO.FileSystemWatcher", "System.IO.Enumeration.FileSystemEnumerable`1",
    ];

    [Fact]
    public void No_validation_code_touches_the_file_system()
    {
        var uses = FileSystemUses().Where(u => u.Namespace == "Portal.Validation").Select(u => u.Where).Distinct().Order().ToList();
        Assert.True(uses.Count == 0, "Validation reads files itself; the loader should hand them over:\n" + string.Join("\n", uses));
    }

    [Fact]
    public void The_rule_sees_a_file_read()
    {
        // Guards the test itself: the loader reads the caption files it hands to validation.
        Assert.Contains(FileSystemUses(), u => u.Namespace == "Portal.Loading" && u.Where.Contains("ReadCaptions"));
    }

    private static IEnumerable<(string Namespace, string Where)> FileSystemUses()
    {
        var path = typeof(Portal.Build.SiteBuild).Assembly.Location;
        var module = ModuleDefinition.ReadModule(path, new ReaderParameters { ReadSymbols = false });
        foreach (var type in module.GetTypes())
        {
            var outer = type;
            while (outer.DeclaringType is not null) outer = outer.DeclaringType;
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    var used = instruction.Operand switch
                    {
                        MethodReference m => m.DeclaringType,
                        FieldReference f => f.DeclaringType,
                        TypeReference t => t,
                        _ => null,
                    };
                    if (used is GenericInstanceType generic) used = generic.ElementType;
                    if (used is not null && FileSystemTypes.Contains(used.FullName))
                        yield return (outer.Namespace, $"{type.FullName}.{method.Name} uses {used.FullName}");
                }
            }
        }
    }
}
