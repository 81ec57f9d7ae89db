using CsCheck;
using Microsoft.Playwright;
using Portal.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Robustness;

/// <summary>The tokenizer of search-worker.js (in Chromium) and SearchTokenizer.cs give the same tokens for random text.</summary>
[Trait(Tier.Category, Tier.Slow)] // Chromium
public sealed class TokenizerParityTests(ServedSite site) : IClassFixture<ServedSite>
{
    private static Gen<T> Constants<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    // Characters that exercise every rule: Chinese (simplified and traditional), 、, spaces, full-width forms,
    // ASCII letters and digits, punctuation, controls, an emoji pair, a lone surrogate and compatibility forms.
    private static readonly Gen<char> Interesting = Gen.OneOf(
        Gen.Char['\u4E00', '\u9FFF'],
        Constants('農', '債', '務', '風', '營', '環', '、', ' ', '　', 'Ｇ', '３', '０', '，', '。', '“', '”', '·', 'A', 'z', '9', '\t', '\n', '\u0000', '\u00A0', '\u2460', '\uFF21', '\uD83D', '\uDE00', '\uDC00', 'é', 'ß', 'İ', '\u3400', '\uF900'),
        Gen.Char['\u0020', '\u007E'],
        Gen.Char);

    [Fact]
    public async Task Csharp_and_javascript_tokenize_alike()
    {
        string[] samples = [];
        Gen.String[Interesting, 0, 60].Array[400].Sample(generated => { samples = generated; }, iter: 1, threads: 1, seed: "0N0XIzNsQ0O4");
        samples = [.. samples, "风、光、储、充", "柳 鹏", "Ｇ３０连霍高速", "農村公路", "2025年债务风险", "a、b", "风、光储", "\uD800x"];
        var (context, page, _) = await site.Chromium.NewPageAsync();
        await page.GotoAsync(site.Url("search/").ToString());
        await page.WaitForSelectorAsync("#search-results[data-state='done']", new() { State = WaitForSelectorState.Attached });
        var index = await page.GetAttributeAsync("#search-results", "data-index");
        var worker = await page.GetAttributeAsync("#search-results", "data-worker");
        // The tokenizer runs where the page runs it: in the search engine's worker.
        var js = await page.EvaluateAsync<string[][]>(
            "([worker, index, samples]) => new Promise((resolve, reject) => { const w = new Worker(worker); " +
            "w.onerror = e => reject(new Error('search worker failed: ' + e.message)); " +
            "w.onmessage = e => { if (e.data.type === 'tokens') e.data.error ? reject(new Error(e.data.error)) : resolve(e.data.tokens); }; " +
            "w.postMessage({ type: 'tokens', base: new URL(index, location.href).href, samples }); })",
            new object[] { worker!, index!, samples });
        await context.CloseAsync();
        for (var i = 0; i < samples.Length; i++)
        {
            var expected = SearchTokenizer.Tokens(samples[i]);
            Assert.True(expected.SequenceEqual(js[i]),
                $"sample {i} {Escape(samples[i])}: C# [{string.Join("|", expected)}] JS [{string.Join("|", js[i])}]");
        }
    }

    [Fact]
    public void Known_cases()
    {
        Assert.Equal(["债务风险"], SearchTokenizer.Tokens("债务风险"));
        Assert.Equal(["风光储充"], SearchTokenizer.Tokens("“风、光、储、充”"));
        // Spaces inside Chinese text are layout, so the run goes on across them.
        Assert.Equal(["柳鹏厅党组书记", "厅长"], SearchTokenizer.Tokens("柳 鹏 厅党组书记、厅长"));
        Assert.Equal(["g30", "连霍高速"], SearchTokenizer.Tokens("Ｇ３０连霍高速"));
        Assert.Equal(["农村公路"], SearchTokenizer.Tokens("農村公路"));
        Assert.Equal(["2025", "年"], SearchTokenizer.Tokens("2025年"));
        Assert.Contains("债务", SearchTokenizer.IndexTerms("债务风险"));
        Assert.Contains("营商", SearchTokenizer.IndexTerms("优化营商环境"));
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x20 || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
