using Portal.Site;
using System.Text.Json;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>The facade: the whole set of files, their folder, determinism, and independence from the site model.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public void The_index_is_its_shards_one_record_per_document_the_facet_values_and_the_manifest()
    {
        var output = new SearchIndex().Update(IndexFiles.Documents(), IndexFiles.Facets);
        var paths = IndexFiles.ByPath(output).Keys.ToList();
        var shards = IndexFiles.Json(output, "manifest.json").GetProperty("shards").GetInt32();
        var expected = Enumerable.Range(0, shards).Select(s => $"s/{s}.json")
            .Concat(Enumerable.Range(0, 40).Select(d => $"d/{d}.json"))
            .Append("meta.json").Append("manifest.json").Append("t2s.json");
        Assert.Equal(expected.Order(StringComparer.Ordinal), paths);
        Assert.All(output.Files, f => Assert.Equal(System.IO.Hashing.XxHash3.HashToUInt64(f.Bytes), f.Hash));
    }

    [Fact]
    public void Every_file_is_valid_JSON()
    {
        var output = new SearchIndex().Update(IndexFiles.Documents(), IndexFiles.Facets);
        foreach (var (path, bytes) in IndexFiles.ByPath(output))
        {
            var reader = new Utf8JsonReader(bytes);
            Assert.True(JsonDocument.TryParseValue(ref reader, out var document), path);
            // Every file is an object but the traditional → simplified table, one string of character pairs.
            Assert.Equal(path == "t2s.json" ? JsonValueKind.String : JsonValueKind.Object, document!.RootElement.ValueKind);
        }
    }

    [Fact]
    public void The_same_documents_give_the_same_bytes_whatever_the_order_of_parallel_work()
    {
        // Latin terms get ids in the order threads meet them: the files must not depend on it.
        var documents = IndexFiles.Documents(300);
        var first = new SearchIndex().Update(documents, IndexFiles.Facets);
        var warmed = new SearchIndex();
        warmed.Update(documents.AsEnumerable().Reverse().ToList(), IndexFiles.Facets);
        var second = warmed.Update(documents, IndexFiles.Facets);
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), pair.First.Path));
    }

    [Fact]
    public void An_empty_site_still_has_a_manifest_and_empty_shards()
    {
        var output = new SearchIndex().Update([], IndexFiles.Facets);
        Assert.Equal(0, IndexFiles.Json(output, "manifest.json").GetProperty("documents").GetInt32());
        Assert.Equal(16, IndexFiles.ByPath(output).Keys.Count(p => p.StartsWith("s/", StringComparison.Ordinal)));
        Assert.Equal("{}", IndexFiles.Text(IndexFiles.ByPath(output)["s/0.json"]));
    }

    /// <summary>
    /// The index knows documents and facet names only: of the site stage it uses nothing but <see cref="Portal.Site.SearchDocument"/>.
    /// Only the output that writes it (<see cref="SearchIndexFiles"/>) reads the page tree.
    /// </summary>
    [Fact]
    public void The_index_uses_nothing_of_the_site_stage_but_search_documents()
    {
        var module = ModuleDefinition.ReadModule(typeof(SearchIndex).Assembly.Location);
        var users = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes().Where(t => Outermost(t).Namespace == "Portal.Search" && Outermost(t).Name != nameof(SearchIndexFiles)))
        {
            foreach (var used in UsedTypes(type).Where(u => Outermost(u).Namespace.StartsWith("Portal.Site", StringComparison.Ordinal)
                         && Outermost(u).Name != nameof(Portal.Site.SearchDocument)))
                users.Add($"{type.FullName} uses {used.FullName}");
        }
        Assert.Empty(users);
        // The check sees uses inside method bodies: the output itself is caught.
        var output = module.GetTypes().Single(t => t.FullName == typeof(SearchIndexFiles).FullName);
        Assert.Contains(UsedTypes(output), u => Outermost(u).Name == nameof(Portal.Site.PageTree));
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        IEnumerable<TypeReference> Expand(TypeReference? t)
        {
            if (t is null) yield break;
            if (t is GenericInstanceType generic) foreach (var a in generic.GenericArguments.SelectMany(Expand)) yield return a;
            if (t is TypeSpecification spec) { foreach (var e in Expand(spec.ElementType)) yield return e; yield break; }
            yield return t;
        }
        var direct = new List<TypeReference?> { type.BaseType };
        direct.AddRange(type.Fields.Select(f => f.FieldType));
        direct.AddRange(type.Properties.Select(p => p.PropertyType));
        foreach (var method in type.Methods)
        {
            direct.Add(method.ReturnType);
            direct.AddRange(method.Parameters.Select(p => p.ParameterType));
            if (!method.HasBody) continue;
            direct.AddRange(method.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: direct.Add(t); break;
                    case MethodReference m: direct.Add(m.DeclaringType); direct.Add(m.ReturnType); break;
                    case FieldReference f: direct.Add(f.DeclaringType); direct.Add(f.FieldType); break;
                }
            }
        }
        return direct.SelectMany(Expand);
    }
}
