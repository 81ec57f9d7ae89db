using Portal.Site;
using System.Text;
using System.Text.Json;
using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>Small hand-made search documents and readers of the index files they make, for the index's unit tests.</summary>
internal static class IndexFiles
{
    /// <summary>Names the manifest lists for the documents below: two story types, two tasks, two departments.</summary>
    public static readonly SearchFacets Facets = new(
        ["即时报道", "典型案例"],
        [new SearchFacets.TaskFacet(1, "深化改革", "/tasks/1/"), new SearchFacets.TaskFacet(3, "优化营商环境", "/tasks/3/")],
        [new SearchFacets.DepartmentFacet("jiaotong", "交通运输厅"), new SearchFacets.DepartmentFacet("fagai", "发展改革委")],
        ["正面", "反面"],
        ["报纸", "网络", "电视", "新媒体"],
        ["甘肃日报", "甘肃卫视"],
        Words);

    /// <summary>The search page's words as the repository's theme.yml defines them.</summary>
    public static SearchFacets.FacetWords Words =>
        SearchIndexFiles.Words(Portal.Loading.ThemeTextReader.Read(RepositoryPaths.Theme, new Portal.Diagnostics.DiagnosticBag())!);

    private static readonly string[] Topics =
        ["公路养护", "物流枢纽", "营商环境", "信用修复", "农村公路", "债务风险", "零碳服务区", "智慧交通", "安全生产", "乡村振兴"];

    public static SearchDocument Document(int i, string? title = null, string? body = null) => new()
    {
        Url = $"/stories/{i}/",
        Title = title ?? $"第{i}期{Topics[i % Topics.Length]}工作动态",
        Kind = "即时报道",
        Date = $"2025-03-{1 + i % 28:00}",
        Headings = ["主要做法"],
        Body = body ?? $"各地围绕{Topics[i % Topics.Length]}和{Topics[(i * 7 + 3) % Topics.Length]}扎实推进，第{i}批项目开工建设，g{i % 5}0 沿线完成检测。",
        Meta = "交通运输厅",
        Summary = $"{Topics[i % Topics.Length]}取得阶段性成效。",
        StoryType = i % 2,
        Tasks = i % 3 == 0 ? [1, 3] : [1],
        Departments = [i % 2],
        Year = 2025,
    };

    /// <summary>A small site's worth of documents: varied enough to fill several shards, alike enough in length.</summary>
    public static List<SearchDocument> Documents(int count = 40) => Enumerable.Range(0, count).Select(i => Document(i)).ToList();

    /// <summary>
    /// Documents of pseudo-random common characters: a large vocabulary, so a few hundred of them need more than
    /// the minimum number of shards. The same documents every run (a fixed linear congruential sequence).
    /// </summary>
    public static List<SearchDocument> Varied(int count, int charactersEach = 80)
    {
        var state = 12345u;
        char Next()
        {
            state = state * 1664525u + 1013904223u;
            return (char)(0x4E00 + (state >> 8) % 3000);
        }
        return Enumerable.Range(0, count)
            .Select(i => Document(i, body: new string(Enumerable.Range(0, charactersEach).Select(_ => Next()).ToArray())))
            .ToList();
    }

    /// <summary>The index's files by their path inside the index folder.</summary>
    public static SortedDictionary<string, byte[]> ByPath(SearchIndex.Output output)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes, _) in output.Files)
        {
            Assert.DoesNotContain("search/", path); // relative: the page tree names the folder
            files.Add(path, bytes);
        }
        return files;
    }

    /// <summary>Every term of every shard file: [df, docDelta, weight, …] by term.</summary>
    public static Dictionary<string, int[]> Terms(SearchIndex.Output output)
    {
        var terms = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in ByPath(output).Where(f => f.Key.StartsWith("s/", StringComparison.Ordinal)))
        {
            foreach (var (term, postings) in JsonSerializer.Deserialize<Dictionary<string, int[]>>(bytes)!) terms.Add(term, postings);
        }
        return terms;
    }

    /// <summary>A term's postings as (document, stored weight) pairs, from [df, docDelta, weight, …].</summary>
    public static List<(int Document, int Weight)> Postings(int[] member)
    {
        var postings = new List<(int, int)>();
        var document = 0;
        for (var i = 1; i < member.Length; i += 2)
        {
            document += member[i];
            postings.Add((document, member[i + 1]));
        }
        return postings;
    }

    public static JsonElement Json(SearchIndex.Output output, string path) => JsonDocument.Parse(ByPath(output)[path]).RootElement;

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
