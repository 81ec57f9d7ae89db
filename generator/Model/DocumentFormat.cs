namespace Portal.Model;

/// <summary>The formats an original document (红头文件) may be downloaded in: the layout formats offices publish.</summary>
public sealed record DocumentFormat(string Name, string Extension)
{
    public static readonly DocumentFormat Pdf = new("PDF", ".pdf");
    /// <summary>GB/T 33190 版式文档, the national layout format.</summary>
    public static readonly DocumentFormat Ofd = new("OFD", ".ofd");
    public static readonly DocumentFormat Doc = new("DOC", ".doc");
    public static readonly DocumentFormat Docx = new("DOCX", ".docx");

    public static readonly IReadOnlyList<DocumentFormat> All = [Pdf, Ofd, Doc, Docx];

    /// <summary>The format a file's name says it is, or null for any other extension.</summary>
    public static DocumentFormat? OfName(string path) =>
        All.FirstOrDefault(f => path.EndsWith(f.Extension, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A download's size and the format its first bytes show (null: none of <see cref="DocumentFormat.All"/>).</summary>
public sealed record DocumentFile(long Length, DocumentFormat? Format);
