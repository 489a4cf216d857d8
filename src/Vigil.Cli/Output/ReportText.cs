using System.Globalization;
using Vigil.Core;
using Vigil.Ingestion.Text;

namespace Vigil.Cli.Output;

/// <summary>
/// A report file as read: optional front matter (<c>---</c> / <c>key: value</c> / <c>---</c>) gives the
/// document's metadata. The extractor sees the whole file with the front matter blanked out (same
/// length, spaces), so every evidence offset is an offset into the file exactly as read and its text
/// equals the file's text there.
/// </summary>
internal sealed record ReportText(string MaskedText, DocumentInfo Document, string? Error)
{
    public static ReportText Parse(string text)
    {
        // Without front matter the language comes from the letters, as ingest reads it.
        var plain = new ReportText(text, DocumentInfo.Plain(null) with { Language = Vigil.Core.LanguageGuess.Resolve(null, text, "en") }, null);
        var front = FrontMatter.Parse(text);
        if (front.Error is not null)
        {
            return plain with { Error = front.Error };
        }

        if (front.BodyStart == 0)
        {
            return plain;
        }

        var fields = front.Fields;
        var end = front.BodyStart;
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
        var document = new DocumentInfo(fields.GetValueOrDefault("title"), published, Vigil.Core.LanguageGuess.Resolve(fields.GetValueOrDefault("language"), masked, "en"),
            fields.GetValueOrDefault("source"), fields.GetValueOrDefault("url"));
        return new ReportText(masked, document, null);
    }
}
