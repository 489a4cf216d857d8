using System.Globalization;
using Vigil.Core;

namespace Vigil.Cli.Output;

/// <summary>
/// A report file as read: optional front matter (<c>---</c> / <c>key: value</c> / <c>---</c>) gives the
/// document's metadata. The extractor sees the whole file with the front matter blanked out (same
/// length, spaces), so every evidence offset is an offset into the file exactly as read and its text
/// equals the file's text there.
/// </summary>
internal sealed record ReportText(string MaskedText, DocumentInfo Document, string? Error)
{
    public static ReportText Parse(string text, string? path)
    {
        _ = path;
        var plain = new ReportText(text, DocumentInfo.Plain(null), null);
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return plain;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd < 0 || text[..firstLineEnd].Trim() != "---")
        {
            return plain;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pos = firstLineEnd + 1;
        var end = -1;
        var lineNumber = 1;
        while (pos < text.Length)
        {
            lineNumber++;
            var lineEnd = text.IndexOf('\n', pos);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text[pos..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd('\r');
            if (line.Trim() == "---")
            {
                end = next;
                break;
            }

            if (line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    return plain with { Error = $"front matter line {lineNumber} is not 'key: value'" };
                }

                fields[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"', '\'');
            }

            pos = next;
        }

        if (end < 0)
        {
            return plain with { Error = "front matter opened with '---' is never closed" };
        }

        DateOnly? published = null;
        if (fields.TryGetValue("published", out var p) || fields.TryGetValue("date", out p))
        {
            // "2025-06-11" or "2025-06-11T07:30:00+03:00": the calendar day as written, in the source's own time zone
            if (p.Length < 10 || !DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return plain with { Error = $"front matter 'published' is not a date: '{p}'" };
            }

            published = day;
        }

        var masked = string.Create(text.Length, (text, end), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = 0; i < state.end; i++)
            {
                if (span[i] is not '\n' and not '\r')
                {
                    span[i] = ' ';
                }
            }
        });
        var document = new DocumentInfo(fields.GetValueOrDefault("title"), published, fields.GetValueOrDefault("language") ?? "en",
            fields.GetValueOrDefault("source"), fields.GetValueOrDefault("url"));
        return new ReportText(masked, document, null);
    }
}
