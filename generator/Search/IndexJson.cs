using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Search;

/// <summary>
/// The JSON encoding of every index file. Chinese text is written as UTF-8, not as \uXXXX escapes that would
/// double its size; relaxed escaping is safe because the files are only ever fetched as JSON, never put in a page.
/// </summary>
internal static class IndexJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
