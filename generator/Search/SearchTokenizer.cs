using System.Text;

namespace Portal.Search;

/// <summary>
/// The search tokenizer. theme/assets/js/search-worker.js implements the very same rules for queries; a property
/// test runs both on random text. Keep them in step: change one, change the other.
/// </summary>
/// <remarks>
/// Method: Chinese runs become character unigrams and bigrams, not dictionary words. Evidence that decided it
/// (measured on this site's text while designing): a dictionary segmenter (jieba.NET) splits 营商环境 as one
/// word, so the query 营商 finds nothing unless the JS side ships the same 5 MB dictionary and the same
/// HMM; character bigrams find 债务 in 债务风险 and 营商 in 营商环境 with no dictionary at all, give
/// identical results in C# and JS, and degrade gracefully on typos (零碳服物区 still shares 零碳, 碳服 with
/// 零碳服务区). Their weakness, noisy cross-word bigrams, is handled by ranking (BM25 with coverage).
/// Normalisation: NFKC folds full-width forms (Ｇ３０ → g30, ，→ ,), ASCII is lower-cased, common traditional
/// characters map to simplified (農村 → 农村), spaces between Chinese characters are ignored (柳 鹏 → 柳鹏),
/// and single characters enumerated with 、 are joined (风、光、储、充 → 风光储充) so 风光储 finds them.
/// </remarks>
public static class SearchTokenizer
{
    public const int MaxLatinTokenLength = 40;

    public static string Normalize(string text)
    {
        // Lone surrogates (broken copy-paste) become U+FFFD first: NFKC rejects them, and JS does the same replacement.
        var folded = WellFormed(text).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'A' and <= 'Z') builder.Append((char)(c + 32));
            else builder.Append(TraditionalToSimplified.Map(c));
        }
        return builder.ToString();
    }

    private static string WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            var chars = text.ToCharArray();
            for (var j = i; j < chars.Length; j++)
            {
                if (char.IsHighSurrogate(chars[j]) && j + 1 < chars.Length && char.IsLowSurrogate(chars[j + 1])) j++;
                else if (char.IsSurrogate(chars[j])) chars[j] = '\uFFFD';
            }
            return new string(chars);
        }
        return text;
    }

    /// <summary>The tokens of a text: Chinese runs and Latin/number words, in order.</summary>
    public static List<string> Tokens(string text)
    {
        var runes = new List<int>();
        foreach (var rune in Normalize(text).EnumerateRunes()) runes.Add(rune.Value);

        var tokens = new List<string>();
        var current = new StringBuilder();
        var kind = TokenKind.None;
        var segmentLength = 0; // Chinese characters since the run started or since the last 、 join
        void Flush()
        {
            if (current.Length > 0)
            {
                var token = current.ToString();
                if (kind == TokenKind.Latin && token.Length > MaxLatinTokenLength) token = token[..MaxLatinTokenLength];
                tokens.Add(token);
            }
            current.Clear();
            kind = TokenKind.None;
            segmentLength = 0;
        }

        for (var i = 0; i < runes.Count; i++)
        {
            var cp = runes[i];
            if (IsHan(cp))
            {
                if (kind != TokenKind.Han) Flush();
                kind = TokenKind.Han;
                current.Append(char.ConvertFromUtf32(cp));
                segmentLength++;
            }
            else if (IsLatin(cp))
            {
                if (kind != TokenKind.Latin) Flush();
                kind = TokenKind.Latin;
                current.Append((char)cp);
            }
            else if (cp == ' ' && kind == TokenKind.Han)
            {
                // Spaces inside Chinese text are layout (柳 鹏, 召 集 人): the run goes on.
            }
            else if (cp == '、' && kind == TokenKind.Han && segmentLength == 1
                     && i + 1 < runes.Count && IsHan(runes[i + 1])
                     && (i + 2 >= runes.Count || !IsHan(runes[i + 2])))
            {
                segmentLength = 0; // 风、光、储 → 风光储
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return tokens;
    }

    /// <summary>Terms stored in the index: every character and every pair of adjacent characters of a Chinese run.</summary>
    public static IEnumerable<string> IndexTerms(string token)
    {
        if (!IsHan(char.ConvertToUtf32(token, 0)))
        {
            yield return token;
            yield break;
        }
        var chars = Characters(token);
        for (var i = 0; i < chars.Count; i++)
        {
            yield return chars[i];
            if (i + 1 < chars.Count) yield return chars[i] + chars[i + 1];
        }
    }

    public static List<string> Characters(string token)
    {
        var chars = new List<string>(token.Length);
        foreach (var rune in token.EnumerateRunes()) chars.Add(rune.ToString());
        return chars;
    }

    public static bool IsHan(int cp) =>
        cp is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FA1F);

    private static bool IsLatin(int cp) => cp is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private enum TokenKind
    {
        None,
        Han,
        Latin,
    }
}
