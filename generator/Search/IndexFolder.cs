using System.Security.Cryptography;
using System.Text;

namespace Portal.Search;

/// <summary>Where the index files are published under the site.</summary>
internal static class IndexFolder
{
    /// <summary>Where `serve` keeps its index: a fixed folder, so an update rewrites only the files that changed.</summary>
    public const string Preview = "search/index-preview/";

    /// <summary>A build's folder, named after the whole index, so readers' caches stay valid until the content changes.</summary>
    public static string NamedAfter(IReadOnlyList<(string Path, byte[] Bytes, ulong Hash)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes, _) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData(bytes);
        }
        return $"search/index-{Convert.ToHexStringLower(hash.GetHashAndReset())[..12]}/";
    }
}
