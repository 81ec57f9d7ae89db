using System.IO.Compression;
using Portal.Model;

namespace Portal.Loading;

/// <summary>
/// Tells a document's format from its first bytes, not its name: a renamed image or a Word file saved as .pdf would
/// otherwise be offered to readers as the original document.
/// </summary>
public static class DocumentFileReader
{
    private static readonly byte[] PdfMagic = "%PDF"u8.ToArray();
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static DocumentFile Read(string fullPath)
    {
        using var stream = File.OpenRead(fullPath);
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var start = head.AsSpan(0, read);
        DocumentFormat? format = null;
        if (start.StartsWith(PdfMagic)) format = DocumentFormat.Pdf;
        else if (start.StartsWith(OleMagic)) format = DocumentFormat.Doc;
        else if (start.StartsWith(ZipMagic))
        {
            stream.Position = 0;
            format = ZipFormat(stream);
        }
        return new DocumentFile(stream.Length, format);
    }

    /// <summary>DOCX keeps its text under word/; OFD (GB/T 33190) has OFD.xml at its root.</summary>
    private static DocumentFormat? ZipFormat(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal))) return DocumentFormat.Docx;
            if (zip.Entries.Any(e => e.FullName.Equals("OFD.xml", StringComparison.OrdinalIgnoreCase))) return DocumentFormat.Ofd;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
