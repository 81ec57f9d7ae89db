using Mono.Cecil;
using Mono.Cecil.Cil;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Architecture;

/// <summary>
/// The fast tier (`bash scripts/test.sh --fast`, every test not marked <see cref="Tier.Slow"/>) cannot silently grow
/// slow: a test that starts Chromium, another process or a server, in its own body, in a helper, in its class's
/// constructor or in a fixture the class or its collection shares, must carry the mark (on the test or its class).
/// Read from the compiled IL of the test assemblies, following calls, lambdas and async and iterator bodies.
/// </summary>
public sealed class TierTests
{
    private static readonly string[] OurAssemblies = ["Portal.Tests", "Portal.TestSupport", "Portal.LinkCheck"];

    /// <summary>Calls are followed into these too: a test that runs `serve` in-process starts a server through the generator.</summary>
    private static readonly string[] Followed = [.. OurAssemblies, "Portal.Generator"];

    private static readonly Lazy<CallGraph> Graph = new(() => new CallGraph());

    [Fact]
    public void Every_test_that_starts_chromium_a_process_or_a_server_is_marked_slow()
    {
        var unmarked = Graph.Value.Tests()
            .Where(t => !t.MarkedSlow)
            .Select(t => (Test: t, Path: Graph.Value.SlowPath(t)))
            .Where(x => x.Path is not null)
            .Select(x => $"{x.Test.Name} starts {x.Path!.Value.What}: {string.Join(" → ", x.Path.Value.Calls)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(unmarked.Count == 0,
            $"These tests would make `scripts/test.sh --fast` slow: mark them (or their class) [Trait(Tier.Category, Tier.Slow)]\n{string.Join("\n", unmarked)}");
    }

    [Theory]
    [InlineData("Portal.Tests.Browser.SearchPageTests", "Chromium")]        // through the ServedSite fixture
    [InlineData("Portal.Tests.Quality.HtmlValidityTests", "a process")]      // Java through NodeTools.Run
    [InlineData("Portal.Tests.Cli.NewStoryTests", "a process")]              // the generator through CommandLine.Run
    [InlineData("Portal.Tests.Cli.PreviewServerTests", "a server")]          // InitializeAsync → the generator's PreviewSession → PreviewServer
    public void The_rule_sees_a_slow_start_however_deep(string testClass, string what)
    {
        // Guards the test itself: were the call graph empty, every test would pass the rule above.
        var tests = Graph.Value.Tests().Where(t => t.Class == testClass).ToList();
        Assert.NotEmpty(tests);
        Assert.Contains(tests, t => Graph.Value.SlowPath(t)?.What == what);
        Assert.All(tests, t => Assert.True(t.MarkedSlow, $"{t.Name} is not marked slow"));
    }

    [Theory]
    [InlineData("Portal.Tests.Search.Bm25ScorerTests")]
    [InlineData("Portal.Tests.Validation.StoryValidationTests")]
    [InlineData("Portal.Tests.EndToEnd.SnapshotTests")]                      // a built site is in-process, not a server
    public void In_process_tests_start_nothing(string testClass)
    {
        var tests = Graph.Value.Tests().Where(t => t.Class == testClass).ToList();
        Assert.NotEmpty(tests);
        Assert.All(tests, t => Assert.Null(Graph.Value.SlowPath(t)));
    }

    /// <summary>What a call starts, when it is one of the calls that make a test slow; null otherwise.</summary>
    private static string? Starts(MethodReference method)
    {
        var type = method.DeclaringType.GetElementType().FullName;
        if (type.StartsWith("Microsoft.Playwright.", StringComparison.Ordinal)) return "Chromium";
        if (type == "System.Diagnostics.Process" && method.Name == "Start") return "a process";
        if (type == "Portal.Preview.PreviewServer" && method.Name == "StartAsync") return "a server";
        if (type.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)) return "a server";
        if (type is "System.Net.HttpListener" or "System.Net.Sockets.TcpListener" && method.Name == "Start") return "a server";
        return null;
    }

    public sealed record Test(string Class, string Name, bool MarkedSlow, IReadOnlyList<MethodDefinition> Roots);

    /// <summary>Who calls whom among the methods of the test assemblies.</summary>
    private sealed class CallGraph
    {
        private readonly List<ModuleDefinition> modules;
        private readonly Dictionary<MethodDefinition, List<MethodReference>> callees = [];

        public CallGraph()
        {
            var resolver = new DefaultAssemblyResolver();
            resolver.AddSearchDirectory(AppContext.BaseDirectory);
            modules = Followed
                .Select(name => ModuleDefinition.ReadModule(Path.Combine(AppContext.BaseDirectory, name + ".dll"),
                    new ReaderParameters { ReadSymbols = false, AssemblyResolver = resolver }))
                .ToList();
        }

        /// <summary>Every [Fact] and [Theory] with what runs for it: its body, its class's constructors and lifetime, its fixtures.</summary>
        public IEnumerable<Test> Tests()
        {
            var collections = modules[0].GetTypes()
                .Select(t => (Type: t, Name: Attribute(t, "Xunit.CollectionDefinitionAttribute")?.ConstructorArguments.FirstOrDefault().Value as string))
                .Where(x => x.Name is not null)
                .ToDictionary(x => x.Name!, x => x.Type);
            foreach (var type in modules[0].GetTypes().Where(t => t.IsClass && !t.IsAbstract))
            {
                // Tests written in an abstract base class run for each class derived from it.
                var tests = Hierarchy(type).SelectMany(t => t.Methods).Where(m => m.CustomAttributes.Any(a => IsTestAttribute(a.AttributeType))).ToList();
                if (tests.Count == 0) continue;
                var shared = new List<MethodDefinition>();
                foreach (var t in Hierarchy(type))
                {
                    shared.AddRange(t.Methods.Where(m => m.IsConstructor || m.Name is "InitializeAsync" or "DisposeAsync" or "Dispose"));
                    foreach (var fixture in t.Interfaces.Select(i => i.InterfaceType).OfType<GenericInstanceType>()
                                 .Where(i => i.ElementType.FullName == "Xunit.IClassFixture`1"))
                        shared.AddRange(FixtureMethods(fixture.GenericArguments[0]));
                }
                if (Attribute(type, "Xunit.CollectionAttribute")?.ConstructorArguments.FirstOrDefault().Value is string collection
                    && collections.TryGetValue(collection, out var definition))
                {
                    foreach (var fixture in definition.Interfaces.Select(i => i.InterfaceType).OfType<GenericInstanceType>()
                                 .Where(i => i.ElementType.FullName == "Xunit.ICollectionFixture`1"))
                        shared.AddRange(FixtureMethods(fixture.GenericArguments[0]));
                }
                var classSlow = Hierarchy(type).Any(IsMarkedSlow);
                foreach (var test in tests)
                    yield return new Test(type.FullName.Replace('/', '+'), $"{type.Name}.{test.Name}", classSlow || IsMarkedSlow(test), [test, .. shared]);
            }
        }

        /// <summary>The shortest chain of calls from a test to a slow start, or null when it starts nothing slow.</summary>
        public (string What, IReadOnlyList<string> Calls)? SlowPath(Test test)
        {
            var parent = new Dictionary<MethodDefinition, MethodDefinition?>();
            var queue = new Queue<MethodDefinition>();
            foreach (var root in test.Roots)
            {
                if (parent.TryAdd(root, null)) queue.Enqueue(root);
            }
            while (queue.Count > 0)
            {
                var method = queue.Dequeue();
                foreach (var callee in Callees(method))
                {
                    if (Starts(callee) is { } what)
                    {
                        var chain = new List<string> { $"{callee.DeclaringType.Name}.{callee.Name}" };
                        for (MethodDefinition? at = method; at is not null; at = parent[at]) chain.Add(Describe(at));
                        chain.Reverse();
                        return (what, chain.Where((c, i) => i == 0 || chain[i - 1] != c).ToList());
                    }
                    if (Ours(callee) is { } definition && parent.TryAdd(definition, method)) queue.Enqueue(definition);
                }
            }
            return null;
        }

        private List<MethodReference> Callees(MethodDefinition method)
        {
            if (callees.TryGetValue(method, out var known)) return known;
            var list = new List<MethodReference>();
            if (method.HasBody)
            {
                list.AddRange(method.Body.Instructions
                    .Where(i => i.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn or Code.Ldvirtftn)
                    .Select(i => i.Operand).OfType<MethodReference>());
            }
            // An async or iterator method's body is its state machine's MoveNext.
            foreach (var attribute in method.CustomAttributes.Where(a => a.AttributeType.Name is "AsyncStateMachineAttribute" or "IteratorStateMachineAttribute"
                         or "AsyncIteratorStateMachineAttribute"))
            {
                if (attribute.ConstructorArguments.FirstOrDefault().Value is TypeReference machine && machine.Resolve() is { } type)
                    list.AddRange(type.Methods);
            }
            callees[method] = list;
            return list;
        }

        /// <summary>The definition of a method of the test assemblies (whose calls are followed); null for the generator's or the framework's.</summary>
        private MethodDefinition? Ours(MethodReference method)
        {
            if (method is MethodDefinition definition) return Followed.Contains(definition.Module.Assembly.Name.Name) ? definition : null;
            var scope = method.DeclaringType.Scope switch
            {
                ModuleDefinition module => module.Assembly.Name.Name,
                AssemblyNameReference assembly => assembly.Name,
                _ => null,
            };
            return scope is not null && Followed.Contains(scope) ? method.Resolve() : null;
        }

        private IEnumerable<MethodDefinition> FixtureMethods(TypeReference fixture) =>
            fixture.Resolve() is { } type ? Hierarchy(type).SelectMany(t => t.Methods) : [];

        private IEnumerable<TypeDefinition> Hierarchy(TypeDefinition type)
        {
            for (TypeDefinition? at = type; at is not null; at = at.BaseType is { } b && Ours(b) ? b.Resolve() : null)
                yield return at;
        }

        private static bool Ours(TypeReference type) => type.Scope switch
        {
            ModuleDefinition module => OurAssemblies.Contains(module.Assembly.Name.Name),
            AssemblyNameReference assembly => OurAssemblies.Contains(assembly.Name),
            _ => false,
        };

        private static string Describe(MethodDefinition method)
        {
            // Compiler-made names (<Test>d__3.MoveNext, <>c__DisplayClass.<Test>b__0) read as the method they belong to.
            var type = method.DeclaringType;
            while (type.IsNested && type.Name.StartsWith('<')) type = type.DeclaringType;
            var name = method.DeclaringType != type && method.DeclaringType.Name.StartsWith('<')
                ? method.DeclaringType.Name.Split('>')[0].TrimStart('<')
                : method.Name;
            return $"{type.Name}.{(name.Length > 0 ? name : method.Name)}";
        }

        private static bool IsTestAttribute(TypeReference attribute)
        {
            // [Fact], [Theory], or an attribute of ours derived from them.
            for (TypeReference? type = attribute; type is not null; type = Ours(type) ? type.Resolve()?.BaseType : null)
            {
                if (type.FullName is "Xunit.FactAttribute" or "Xunit.TheoryAttribute") return true;
            }
            return false;
        }

        private static bool IsMarkedSlow(ICustomAttributeProvider member) =>
            member.CustomAttributes.Any(a => a.AttributeType.FullName == "Xunit.TraitAttribute"
                && a.ConstructorArguments is [{ Value: Tier.Category }, { Value: Tier.Slow }]);

        private static CustomAttribute? Attribute(TypeDefinition type, string name) =>
            type.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == name);
    }
}
