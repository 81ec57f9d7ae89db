using Portal.Site;

namespace Portal.Tests.Site;

/// <summary>`serve` re-renders a page when its fingerprint moves: every value a template can read must move it.</summary>
public sealed class ViewFingerprintTests
{
    private static StoryCard Card(string title = "标题") =>
        new()
        {
            Url = "/stories/2025/a/", Title = title, DateIso = "2025-03-01", DateText = "2025年3月1日", TypeName = "即时报道", TypeUrl = "/types/news/",
            CaseKind = null, Draft = false, Summary = "摘要", ThumbnailUrl = null,
        };

    [Fact]
    public void Changing_any_member_of_a_view_changes_its_fingerprint()
    {
        var card = Card();
        var original = ViewFingerprint.Of(card);
        var changed = new List<StoryCard>
        {
            card with { Url = "/x/" }, card with { Title = "别的" }, card with { DateIso = "2025-03-02" }, card with { DateText = "2025年3月2日" },
            card with { TypeName = "综述评论" }, card with { TypeUrl = "/types/commentary/" }, card with { CaseKind = "正面" },
            card with { Draft = true }, card with { Summary = "" }, card with { ThumbnailUrl = "/media/p.png" },
        };
        // One variant per member: a member added to the card without a variant here fails the count.
        Assert.Equal(typeof(StoryCard).GetProperties().Length, changed.Count);
        Assert.All(changed, c => Assert.NotEqual(original, ViewFingerprint.Of(c)));
        Assert.Equal(original, ViewFingerprint.Of(Card()));
    }

    [Fact]
    public void A_list_changes_with_its_order_its_length_and_its_items()
    {
        var a = Card("甲");
        var b = Card("乙");
        var view = new StoryListView { Description = "说明", Stories = [a, b], Years = [], Types = [] };
        var baseline = ViewFingerprint.Of(view);
        Assert.NotEqual(baseline, ViewFingerprint.Of(view with { Stories = [b, a] }));
        Assert.NotEqual(baseline, ViewFingerprint.Of(view with { Stories = [a] }));
        Assert.NotEqual(baseline, ViewFingerprint.Of(view with { Stories = [a, Card("丙")] }));
        Assert.Equal(baseline, ViewFingerprint.Of(new StoryListView { Description = "说明", Stories = [Card("甲"), Card("乙")], Years = [], Types = [] }));
    }

    [Fact]
    public void Page_fields_and_nested_values_count_too()
    {
        var page = new Page
        {
            Template = "story", Kind = "story", Path = "a/", Url = "/a/", CanonicalUrl = "https://x/a/", Title = "t", FullTitle = "t - s",
            Breadcrumbs = [new Link { Text = "首页", Url = "/" }], Model = new TermsView { Terms = [new TermCard { Name = "2025年", Url = "/stories/2025/", Count = 3, Description = "" }], IsTagCloud = false },
        };
        var baseline = ViewFingerprint.Of(page);
        Assert.NotEqual(baseline, ViewFingerprint.Of(page with { DateText = "2025年1月1日" }));
        Assert.NotEqual(baseline, ViewFingerprint.Of(page with { Breadcrumbs = [new Link { Text = "首页", Url = "/portal/" }] }));
        Assert.NotEqual(baseline, ViewFingerprint.Of(page with { Model = new TermsView { Terms = [new TermCard { Name = "2025年", Url = "/stories/2025/", Count = 4, Description = "" }], IsTagCloud = false } }));
        Assert.NotEqual(baseline, ViewFingerprint.Of(new object[] { 1UL, page }));
        Assert.NotEqual(ViewFingerprint.Of(new object[] { 1UL, page }), ViewFingerprint.Of(new object[] { 2UL, page }));
    }

    [Fact]
    public void A_value_it_cannot_see_into_is_refused_rather_than_ignored()
    {
        Assert.Throws<InvalidOperationException>(() => ViewFingerprint.Of(new object()));
    }

    private sealed class Loop
    {
        public Loop? Next { get; set; }
    }

    [Fact]
    public void A_cyclic_view_is_a_programming_error()
    {
        var loop = new Loop();
        loop.Next = loop;
        Assert.Throws<InvalidOperationException>(() => ViewFingerprint.Of(loop));
    }
}
