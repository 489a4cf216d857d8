using System.Text;

namespace Vigil.Ingestion.Text;

/// <summary>Byte → text decoding that refuses to guess: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else fails.</summary>
internal static class StrictText
{
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Length of a byte-order mark at the start of <paramref name="bytes"/> and the encoding it announces.</summary>
    internal static (int Length, Encoding Encoding) DetectBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (3, Utf8);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (2, Utf16Le);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (2, Utf16Be);
        }

        return (0, Utf8);
    }

    /// <summary>Decodes a whole document; returns null and a one-line reason when the bytes are not text.</summary>
    internal static string? TryDecode(ReadOnlySpan<byte> bytes, out string? error)
    {
        var (bomLength, encoding) = DetectBom(bytes);
        var payload = bytes[bomLength..];
        if (bomLength == 0 && payload.IndexOf((byte)0) >= 0)
        {
            error = "binary content (NUL bytes), not text";
            return null;
        }

        try
        {
            error = null;
            return encoding.GetString(payload);
        }
        catch (DecoderFallbackException ex)
        {
            error = $"invalid {(encoding is UTF8Encoding ? "UTF-8" : "UTF-16")} at byte {bomLength + ex.Index}";
            return null;
        }
    }

    /// <summary>
    /// The form every report text takes: line breaks as "\n", control characters other than tab and
    /// line feed removed, trailing whitespace of lines and of the whole text removed, leading blank
    /// lines removed. Done once here so the same content always hashes the same.
    /// </summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c == '\n')
            {
                TrimEndFrom(builder, lineStart);
                builder.Append('\n');
                lineStart = builder.Length;
                continue;
            }

            if (char.IsControl(c) && c != '\t')
            {
                continue;
            }

            builder.Append(c);
        }

        TrimEndFrom(builder, lineStart);
        var start = 0;
        while (start < builder.Length && builder[start] == '\n')
        {
            start++;
        }

        var end = builder.Length;
        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
    }

    private static void TrimEndFrom(StringBuilder builder, int lineStart)
    {
        var end = builder.Length;
        while (end > lineStart && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        builder.Length = end;
    }
}
