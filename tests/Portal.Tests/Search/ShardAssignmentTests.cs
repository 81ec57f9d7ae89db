using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>Which shard holds a term: the same in C# and in the browser, and every term in exactly one shard.</summary>
public sealed partial class ShardAssignmentTests
{
    private static readonly string[] Samples = ["a", "foobar", "交通", "g30", "营商环境", "𠀀", "2025", "零碳服务区", "ｇ"];

    [GeneratedRegex(@"function shardOf\(term, count\) \{.*?\n\}", RegexOptions.Singleline)]
    private static partial Regex ShardOfFunction();

    [Fact]
    public void The_hash_is_32_bit_FNV_1a_over_UTF_16_code_units()
    {
        // Published FNV-1a test vectors: "a" → 0xe40c292c, "foobar" → 0xbf9cf968 (ASCII bytes are UTF-16 code units here).
        Assert.Equal((int)(0xe40c292cu % 16384), ShardAssignment.ShardOf("a", 16384));
        Assert.Equal((int)(0xbf9cf968u % 16384), ShardAssignment.ShardOf("foobar", 16384));
        Assert.Equal(11, ShardAssignment.ShardOf("交通", 16));
    }

    [Trait(Tier.Category, Tier.Slow)] // node
    [Fact]
    public void The_search_worker_assigns_every_term_to_the_same_shard()
    {
        var worker = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "assets", "js", "search-worker.js"));
        var shardOf = ShardOfFunction().Match(worker);
        Assert.True(shardOf.Success, "shardOf not found in search-worker.js");
        var counts = new[] { 16, 64, 1024, 16384 };
        var script = shardOf.Value + $"\nconsole.log(JSON.stringify({JsonSerializer.Serialize(Samples)}.map(t => {JsonSerializer.Serialize(counts)}.map(c => shardOf(t, c)))));";
        var (exit, output) = NodeTools.Run("node", ["-e", script]);
        Assert.True(exit == 0, output);
        var expected = Samples.Select(t => counts.Select(c => ShardAssignment.ShardOf(t, c)).ToArray()).ToArray();
        Assert.Equal(expected, JsonSerializer.Deserialize<int[][]>(output));
    }

    [Fact]
    public void A_term_stays_in_its_shard_line_when_the_shard_count_doubles()
    {
        // Powers of two: a term's shard out of 2n is its shard out of n, or that plus n. Stable across calls too.
        foreach (var term in Samples)
        {
            var small = ShardAssignment.ShardOf(term, 16);
            Assert.Equal(small, ShardAssignment.ShardOf(term, 16));
            Assert.Contains(ShardAssignment.ShardOf(term, 32), new[] { small, small + 16 });
        }
    }

    [Fact]
    public void The_shard_count_is_the_smallest_power_of_two_that_keeps_shards_near_the_target_size()
    {
        Assert.Equal(16, ShardAssignment.ShardCount(0));
        Assert.Equal(16, ShardAssignment.ShardCount(16L * ShardAssignment.TargetShardBytes));
        Assert.Equal(32, ShardAssignment.ShardCount(16L * ShardAssignment.TargetShardBytes + 16));
        Assert.Equal(256, ShardAssignment.ShardCount(200L * ShardAssignment.TargetShardBytes));
        Assert.Equal(16384, ShardAssignment.ShardCount(long.MaxValue / 2));
    }

    [Fact]
    public void A_terms_estimated_size_counts_only_the_postings_a_shard_keeps()
    {
        Assert.Equal(0, ShardAssignment.EstimatedBytes("交通", 0));
        Assert.Equal(2 * 3 + 10 * 5, ShardAssignment.EstimatedBytes("交通", 10));
        Assert.Equal(2 * 3 + ImpactPruning.MaxPostings * 5, ShardAssignment.EstimatedBytes("交通", 50_000));
    }

    [Fact]
    public void Every_term_of_a_built_index_is_in_exactly_its_own_shard()
    {
        var latin = new LatinTerms();
        var index = InvertedIndex.Build(IndexFiles.Varied(300), latin);
        var shards = IndexShards.Build(index, latin, keepMembers: false);
        var all = index.Postings.Keys.Select(key => TermKey.ToText(key, latin)).ToHashSet();
        Assert.True(shards.Count > 16, $"{shards.Count} shards: the documents should need more than the minimum");
        var seen = new List<string>();
        for (var s = 0; s < shards.Count; s++)
        {
            var terms = JsonSerializer.Deserialize<Dictionary<string, int[]>>(shards.File(s))!.Keys.ToList();
            Assert.All(terms, term => Assert.Equal(s, ShardAssignment.ShardOf(term, shards.Count)));
            Assert.Equal(terms.Order(StringComparer.Ordinal), terms); // ordinal order inside a shard
            seen.AddRange(terms);
        }
        Assert.Equal(all.Count, seen.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }
}
