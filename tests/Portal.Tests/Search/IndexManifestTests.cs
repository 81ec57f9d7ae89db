using Portal.Site;
using System.Text.Json;
using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>manifest.json and meta.json: what the search page needs besides postings, and each document's facet values.</summary>
public sealed class IndexManifestTests
{
    [Fact]
    public void The_manifest_lists_the_facets_and_the_ranking_constants()
    {
        var output = new SearchIndex().Update(IndexFiles.Documents(), IndexFiles.Facets);
        var manifest = IndexFiles.Json(output, "manifest.json");
        Assert.Equal(2, manifest.GetProperty("version").GetInt32());
        Assert.Equal(40, manifest.GetProperty("documents").GetInt32());
        Assert.Equal(IndexFiles.ByPath(output).Keys.Count(p => p.StartsWith("s/", StringComparison.Ordinal)), manifest.GetProperty("shards").GetInt32());
        Assert.Equal(1.2, manifest.GetProperty("k1").GetDouble());
        Assert.Equal(2.0, manifest.GetProperty("scale").GetDouble());
        Assert.Equal(["即时报道", "典型案例"], manifest.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(
            ["1|深化改革|/tasks/1/", "3|优化营商环境|/tasks/3/"],
            manifest.GetProperty("tasks").EnumerateArray().Select(t => $"{t.GetProperty("n").GetInt32()}|{t.GetProperty("t").GetString()}|{t.GetProperty("u").GetString()}"));
        Assert.Equal(
            ["jiaotong|交通运输厅", "fagai|发展改革委"],
            manifest.GetProperty("departments").EnumerateArray().Select(d => $"{d.GetProperty("s").GetString()}|{d.GetProperty("n").GetString()}"));
        Assert.Contains("如何", manifest.GetProperty("stop").EnumerateArray().Select(s => s.GetString()));
        Assert.False(manifest.TryGetProperty("t2s", out _)); // its own file, fetched only when a query needs it
        Assert.Equal(TraditionalToSimplified.Pairs, IndexFiles.Json(output, "t2s.json").GetString());
    }

    [Fact]
    public void The_manifest_is_written_in_a_fixed_member_order_with_Chinese_as_text()
    {
        var manifest = IndexFiles.Text(IndexManifest.Serialise(3, 16, new SearchFacets(["即时报道"], [new(2, "任务", "/t/2/")], [new("x", "部门")], ["正面", "反面"], ["报纸", "网络", "电视", "新媒体"], ["甘肃日报"],
            new("类型", "重点任务", "部门单位", "年份", "典型类别", "{year}年", "{kind}典型", "重点任务{number}", "{year}年{month}月{day}日", "媒体类型", "报道媒体"))));
        Assert.StartsWith("{\"version\":2,\"documents\":3,\"shards\":16,\"k1\":1.2,\"scale\":2,\"stop\":[\"为什么\",", manifest);
        Assert.EndsWith(",\"types\":[\"即时报道\"],\"tasks\":[{\"n\":2,\"t\":\"任务\",\"u\":\"/t/2/\"}],\"departments\":[{\"s\":\"x\",\"n\":\"部门\"}],\"cases\":[\"正面\",\"反面\"],"
            + "\"media\":[\"报纸\",\"网络\",\"电视\",\"新媒体\"],\"outlets\":[\"甘肃日报\"],"
            + "\"words\":{\"labels\":{\"type\":\"类型\",\"task\":\"重点任务\",\"department\":\"部门单位\",\"year\":\"年份\",\"case\":\"典型类别\",\"medium\":\"媒体类型\",\"outlet\":\"报道媒体\"},"
            + "\"year\":\"{year}年\",\"case\":\"{kind}典型\",\"task\":\"重点任务{number}\",\"date\":\"{year}年{month}月{day}日\"}}", manifest);
    }

    [Fact]
    public void Facet_values_are_listed_per_document_in_id_order()
    {
        var documents = new List<SearchDocument>
        {
            IndexFiles.Document(0) with { StoryType = 1, Year = 2024, Tasks = [1, 3], Departments = [0, 1] },
            IndexFiles.Document(1) with { StoryType = null, Year = null, Tasks = [], Departments = [] },
            IndexFiles.Document(2) with { StoryType = 4, Year = 2025, Tasks = [3], Departments = [1], CaseKind = 1, Medium = 0, Outlet = 2 },
        };
        Assert.Equal(
            "{\"type\":\"1-4\",\"year\":[2024,0,2025],\"task\":[\"1.3\",\"\",\"3\"],\"dept\":[\"0.1\",\"\",\"1\"],\"case\":\"--1\",\"medium\":\"--0\",\"outlet\":\",,2\"}",
            IndexFiles.Text(DocumentFacets.Serialise(documents)));
        // The facade writes the same bytes as meta.json.
        var output = new SearchIndex().Update(documents, IndexFiles.Facets);
        Assert.Equal(DocumentFacets.Serialise(documents), IndexFiles.ByPath(output)["meta.json"]);
    }
}
