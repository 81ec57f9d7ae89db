using System.Text.Json;
using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>The shard file format search-worker.js reads: {"term":[df, docDelta, weight, …], …}.</summary>
public sealed class ShardJsonTests
{
    private static PostingList List(params (int Document, int Value, bool InTitle)[] postings)
    {
        var list = new PostingList();
        foreach (var (document, value, inTitle) in postings) list.Add(PackedPosting.Pack(document, value, inTitle));
        return list;
    }

    [Fact]
    public void A_member_lists_document_frequency_then_delta_coded_documents_with_their_stored_weights()
    {
        var member = ShardJson.Member("交通", List((3, 100, false), (5, 75, true), (10, 1, false)));
        // Chinese stays UTF-8 text; weights are value × 2 + title bit.
        Assert.Equal("\"交通\":[3,3,200,2,151,5,2]", IndexFiles.Text(member));
    }

    [Fact]
    public void Terms_that_JSON_must_escape_are_escaped()
    {
        var member = ShardJson.Member("a\"b", List((0, 1, false)));
        Assert.Equal("\"a\\\"b\":[1,0,2]", IndexFiles.Text(member));
        Assert.Equal("a\"b", JsonDocument.Parse("{" + IndexFiles.Text(member) + "}").RootElement.EnumerateObject().Single().Name);
    }

    [Fact]
    public void A_shard_joins_its_members_in_the_order_given()
    {
        var members = new Dictionary<long, byte[]>
        {
            [1] = ShardJson.Member("交通", List((0, 1, false))),
            [2] = ShardJson.Member("公路", List((1, 2, true))),
        };
        Assert.Equal("{\"交通\":[1,0,2],\"公路\":[1,1,5]}", IndexFiles.Text(ShardJson.Shard([("交通", 1), ("公路", 2)], members)));
        Assert.Equal("{\"公路\":[1,1,5]}", IndexFiles.Text(ShardJson.Shard([("公路", 2)], members)));
        Assert.Equal("{}", IndexFiles.Text(ShardJson.Shard([], members)));
    }
}
