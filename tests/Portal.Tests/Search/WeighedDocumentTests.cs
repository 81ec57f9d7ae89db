using Portal.Site;
using Portal.Search;

namespace Portal.Tests.Search;

/// <summary>Field weighting (the F of BM25F): each occurrence counts its field's weight before saturation.</summary>
public sealed class WeighedDocumentTests
{
    private static (int Frequency, bool InTitle) Term(WeighedDocument weighed, string text, LatinTerms latin)
    {
        var found = weighed.Keys.Select((key, i) => (key, i)).Where(x => TermKey.ToText(x.key, latin) == text).ToList();
        Assert.Single(found);
        return (weighed.Frequencies[found[0].i], weighed.InTitle[found[0].i]);
    }

    [Fact]
    public void Each_field_adds_its_weight_to_the_terms_it_holds()
    {
        var latin = new LatinTerms();
        var weighed = WeighedDocument.Of(new SearchDocument
        {
            Url = "/a/", Title = "公路", Kind = "即时报道", Headings = ["公路养护"], Meta = "公路", Lead = "公路", Body = "公路 G30",
        }, latin);
        // Title 6 + heading 3 + meta 2 + lead 1 + body 1.
        Assert.Equal((13, true), Term(weighed, "公路", latin));
        Assert.Equal((3, false), Term(weighed, "养护", latin));
        Assert.Equal((1, false), Term(weighed, "g30", latin)); // folded to lower case, one term
        Assert.Equal((2, false), Term(weighed, "报道", latin)); // the kind counts as metadata
        // Characters and Latin words of every field, unweighted: 2 + 4 + 2 + 2 + 2 + 1, and the kind's 4.
        Assert.Equal(17, weighed.Length);
    }

    [Fact]
    public void A_Chinese_run_gives_its_characters_and_their_pairs_and_nothing_across_a_break()
    {
        var latin = new LatinTerms();
        var weighed = WeighedDocument.Of(new SearchDocument { Url = "/a/", Title = "", Kind = "", Body = "营商环境，信用" }, latin);
        var terms = weighed.Keys.Select(k => TermKey.ToText(k, latin)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "信", "信用", "商", "商环", "境", "营", "营商", "环", "环境", "用" }.Order(StringComparer.Ordinal), terms);
        Assert.DoesNotContain("境信", terms);
        var keys = new List<long>();
        TermKey.ForEach("境信", latin, keys.Add); // 境, 信, 境信
        Assert.True(weighed.Contains(keys[1]));
        Assert.Equal(-1, weighed.IndexOf(keys[2]));
    }

    [Fact]
    public void A_document_with_one_form_of_a_word_is_filed_under_the_other_forms_as_metadata()
    {
        var latin = new LatinTerms();
        var weighed = WeighedDocument.Of(new SearchDocument { Url = "/a/", Title = "网络预约出租汽车驾驶员", Kind = "", Body = "" }, latin);
        Assert.Equal((WeighedDocument.SynonymWeight, false), Term(weighed, "约车", latin)); // 网约车
        Assert.Equal((WeighedDocument.SynonymWeight, false), Term(weighed, "司机", latin)); // 驾驶员 → 司机
        var plain = WeighedDocument.Of(new SearchDocument { Url = "/b/", Title = "出租汽车", Kind = "", Body = "" }, latin);
        Assert.DoesNotContain("约车", plain.Keys.Select(k => TermKey.ToText(k, latin))); // a part of 网络预约出租汽车 is not enough
    }
}
