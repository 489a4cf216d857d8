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
    private const string Fence = "---";

    internal static ReadResult Read(string content, string origin, bool markdown, ReaderOptions options)
    {
        var format = markdown ? ReportFormats.Markdown : ReportFormats.Text;
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != Fence)
        {
            return new ReportDraft(content, format, origin, Title: HeadingTitle(lines)).Build(options);
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim() == Fence)
            {
                close = i;
                break;
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return ReadResult.Failure(origin, $"front matter line {i + 1} is not 'key: value'");
            }

            fields[line[..colon].Trim()] = Unquote(line[(colon + 1)..].Trim());
        }

        if (close < 0)
        {
            return ReadResult.Failure(origin, "front matter opened with '---' is never closed");
        }

        var published = fields.GetValueOrDefault("published") ?? fields.GetValueOrDefault("date");
        var when = Text.DateParsing.Parse(published);
        if (published is not null && when is null)
        {
            return ReadResult.Failure(origin, $"front matter 'published' is not a date: '{published}'");
        }

        var body = string.Join('\n', lines, close + 1, lines.Length - close - 1);
        return new ReportDraft(
            body,
            format,
            origin,
            Title: fields.GetValueOrDefault("title") ?? HeadingTitle(lines.AsSpan(close + 1).ToArray()),
            Published: when,
            Source: fields.GetValueOrDefault("source"),
            Url: fields.GetValueOrDefault("url"),
            Language: fields.GetValueOrDefault("language") ?? fields.GetValueOrDefault("lang"),
            Updated: Text.DateParsing.Parse(fields.GetValueOrDefault("updated"))).Build(options);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\''))
            ? value[1..^1]
            : value;

    private static string? HeadingTitle(string[] lines)
    {
        var first = lines.FirstOrDefault(line => line.Trim().Length > 0)?.Trim();
        return first is not null && first.StartsWith("# ", StringComparison.Ordinal) ? first[2..].Trim() : null;
    }
}
