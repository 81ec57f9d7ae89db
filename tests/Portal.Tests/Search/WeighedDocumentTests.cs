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
        // Characters and Latin words of every field, unweighted: 2 + 4 + 2 + 2 + 2 + 1.
        Assert.Equal(13, weighed.Length);
    }

    [Fact]
    public void A_Chinese_run_gives_its_characters_and_their_pairs_and_nothing_across_a_break()
    {
        var latin = new LatinTerms();
        var weighed = WeighedDocument.Of(new SearchDocument { Url = "/a/", Title = "", Kind = "k", Body = "营商环境，信用" }, latin);
        var terms = weighed.Keys.Select(k => TermKey.ToText(k, latin)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "信", "信用", "商", "商环", "境", "营", "营商", "环", "环境", "用" }.Order(StringComparer.Ordinal), terms);
        Assert.DoesNotContain("境信", terms);
        var keys = new List<long>();
        TermKey.ForEach("境信", latin, keys.Add); // 境, 信, 境信
        Assert.True(weighed.Contains(keys[1]));
        Assert.Equal(-1, weighed.IndexOf(keys[2]));
    }
}
