using Vigil.Ingestion.Text;

namespace Vigil.Ingestion.Readers;

/// <summary>
/// Plain text and Markdown, optionally opening with front matter:
/// <code>
/// ---
/// title: …
/// published: 2025-06-11T07:30:00+03:00
/// source: …
/// url: https://…
/// language: en
/// ---
/// </code>
/// The report text is the body after the closing <c>---</c> (leading blank lines dropped), kept as
/// written (Markdown syntax included), so evidence offsets point into what the user wrote. Without
/// front matter the whole file is the text, and a leading Markdown <c># heading</c> is the title.
/// </summary>
internal static class FrontMatterTextReader
{
    internal static ReadResult Read(string content, string origin, bool markdown, ReaderOptions options)
    {
        var format = markdown ? ReportFormats.Markdown : ReportFormats.Text;
        var front = FrontMatter.Parse(content);
        if (front.Error is not null)
        {
            return ReadResult.Failure(origin, front.Error);
        }

        var body = content[front.BodyStart..].Replace("\r\n", "\n", StringComparison.Ordinal);
        var bodyLines = body.Split('\n');
        var published = front["published"] ?? front["date"];
        var when = DateParsing.Parse(published);
        if (published is not null && when is null)
        {
            return ReadResult.Failure(origin, $"front matter 'published' is not a date: '{published}'");
        }

        return new ReportDraft(
            body,
            format,
            origin,
            Title: front["title"] ?? HeadingTitle(bodyLines),
            Published: when,
            Source: front["source"],
            Url: front["url"],
            Language: front["language"] ?? front["lang"],
            Updated: DateParsing.Parse(front["updated"])).Build(options);
    }

    private static string? HeadingTitle(string[] lines)
    {
        var first = lines.FirstOrDefault(line => line.Trim().Length > 0)?.Trim();
        return first is not null && first.StartsWith("# ", StringComparison.Ordinal) ? first[2..].Trim() : null;
    }
}
