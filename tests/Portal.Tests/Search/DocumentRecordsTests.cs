using Portal.Site;
using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>The record files, d/{id}.json, that a results page shows.</summary>
public sealed class DocumentRecordsTests
{
    [Fact]
    public void A_record_holds_what_a_result_shows_and_leaves_out_what_is_missing()
    {
        var full = new SearchDocument
        {
            Url = "/stories/1/", Title = "标题", Kind = "即时报道", Date = "2025-03-06", Summary = "摘要", Lead = "导语", Body = "正文<b>&",
        };
        Assert.Equal(
            "{\"u\":\"/stories/1/\",\"t\":\"标题\",\"k\":\"即时报道\",\"d\":\"2025-03-06\",\"s\":\"摘要\",\"x\":\"导语\\n正文<b>&\"}",
            IndexFiles.Text(DocumentRecords.Serialise(full)));
        var bare = new SearchDocument { Url = "/notice/#s1", Title = "一、总体要求", Kind = "通知原文", Body = "正文" };
        Assert.Equal("{\"u\":\"/notice/#s1\",\"t\":\"一、总体要求\",\"k\":\"通知原文\",\"x\":\"正文\"}", IndexFiles.Text(DocumentRecords.Serialise(bare)));
    }

    [Fact]
    public void A_long_text_is_cut_for_the_excerpt()
    {
        var document = new SearchDocument { Url = "/a/", Title = "t", Kind = "k", Body = new string('路', 4000) };
        var record = IndexFiles.Text(DocumentRecords.Serialise(document));
        Assert.Contains("\"x\":\"" + new string('路', DocumentRecords.MaxTextLength) + "\"}", record);
        Assert.DoesNotContain(new string('路', DocumentRecords.MaxTextLength + 1), record);
    }

    [Fact]
    public void Records_are_numbered_by_document_id_with_their_fingerprints()
    {
        var documents = IndexFiles.Documents(5);
        var records = DocumentRecords.Build(documents);
        Assert.Equal(5, records.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(DocumentRecords.Serialise(documents[i]), records.File(i));
            Assert.Equal(System.IO.Hashing.XxHash3.HashToUInt64(records.File(i)), records.Hash(i));
        }
        records.Set(2, documents[4]);
        Assert.Equal(records.File(4), records.File(2));
        Assert.Equal(records.Hash(4), records.Hash(2));
    }
}
