using System.Text;
using Portal.Diagnostics;

namespace Portal.Loading;

/// <summary>Reads editor files the way they arrive: UTF-8 with or without BOM, CRLF or LF.</summary>
/// <remarks>
/// A GBK/GB18030 file (Notepad on a Chinese Windows) is reported as an error rather than silently
/// transcoded: a guessed encoding can corrupt an official text, and the fix (save as UTF-8) is one click.
/// </remarks>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Returns the text with LF line endings and no BOM, or null after reporting why it cannot be read.</summary>
    public static string? Read(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, relativePath, 0, 0,
                $"无法读取文件：{ex.Message}", "请检查文件是否存在、是否被其他程序占用，以及文件权限。");
            return null;
        }
        return Decode(bytes, relativePath, diagnostics);
    }

    public static string? Decode(byte[] bytes, string relativePath, DiagnosticBag diagnostics)
    {
        if (LooksBinary(bytes))
        {
            diagnostics.Error(DiagnosticCodes.BinaryFile, relativePath, 0, 0,
                "文件不是文本文件（包含二进制数据），无法作为 Markdown 或 YAML 读取。",
                "请确认没有把图片、Word 文档等文件误命名为 .md 或 .yml；图片请放在 content/media/ 下。");
            return null;
        }
        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) span = span[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            var encodingName = CanDecodeAsGb18030(span) ? "GBK/GB18030（Windows 简体中文默认编码）" : "未知编码";
            diagnostics.Error(DiagnosticCodes.NotUtf8, relativePath, 0, 0,
                $"文件不是 UTF-8 编码，看起来是 {encodingName}。",
                "请用编辑器把文件另存为“UTF-8”编码（记事本：文件 → 另存为 → 编码选 UTF-8；VS Code：右下角编码 → 通过编码保存 → UTF-8）。");
            return null;
        }
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return WithoutInnerByteOrderMarks(text, relativePath, diagnostics);
    }

    /// <summary>
    /// A BOM after the start is what pasting one saved file into another leaves: invisible in editors, yet it
    /// makes "---" or a key unrecognisable. Reported where it is, then dropped so the rest is checked as intended.
    /// </summary>
    private static string WithoutInnerByteOrderMarks(string text, string relativePath, DiagnosticBag diagnostics)
    {
        var at = text.IndexOf('\uFEFF');
        if (at < 0) return text;
        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var line = 1 + text.AsSpan(0, at).Count('\n');
        diagnostics.Error(DiagnosticCodes.ByteOrderMarkInside, relativePath, line, at - lineStart + 1,
            "文件中间有一个看不见的字节顺序标记（BOM，U+FEFF），通常是把另一个文件的内容整个粘贴进来造成的。",
            "请删除该位置看不见的字符（可把该行删掉后重新输入一遍）。");
        return text.Replace("\uFEFF", "");
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        // NUL never appears in UTF-8 or GBK text; other C0 controls only rarely.
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) controls++;
        }
        return sample.Length > 0 && controls * 10 > sample.Length;
    }

    private static bool CanDecodeAsGb18030(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            gb.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
