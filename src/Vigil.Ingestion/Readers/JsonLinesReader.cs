using System.Globalization;
using System.Text.Json;
using Vigil.Ingestion.Text;

namespace Vigil.Ingestion.Readers;

/// <summary>
/// JSON Lines: one report per line, an object with <c>text</c> (required) and optional
/// <c>title</c>, <c>published</c>, <c>updated</c>, <c>source</c>, <c>url</c>, <c>language</c>.
/// Streamed line by line, so the file can be any size; a line over
/// <see cref="ReaderOptions.MaxLineBytes"/> is skipped to its end without being held in memory.
/// Blank lines are ignored. Origins are <c>path#line</c>.
/// </summary>
internal static class JsonLinesReader
{
    internal static IEnumerable<ReadResult> Read(Stream stream, string origin, ReaderOptions options, CancellationToken cancellationToken)
    {
        foreach (var line in LineSplitter.Split(stream, options.MaxLineBytes, cancellationToken))
        {
            var itemOrigin = string.Create(CultureInfo.InvariantCulture, $"{origin}#{line.Number}");
            if (line.TooLong)
            {
                yield return ReadResult.Failure(
                    itemOrigin,
                    string.Create(CultureInfo.InvariantCulture, $"line longer than {options.MaxLineBytes} bytes"));
                continue;
            }

            var bytes = line.Bytes.Span;
            if (line.Number == 1)
            {
                bytes = bytes[StrictText.DetectBom(bytes).Length..];
            }

            if (bytes.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            yield return ReadLine(bytes, itemOrigin, options);
        }
    }

    internal static ReadResult ReadLine(ReadOnlySpan<byte> bytes, string origin, ReaderOptions options)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return ReadResult.Failure(origin, "invalid UTF-8");
        }

        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = options.MaxJsonDepth });
            using var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                return ReadResult.Failure(origin, "more than one JSON value on the line");
            }

            var item = document.RootElement;
            if (item.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Failure(origin, $"expected a JSON object, found {item.ValueKind.ToString().ToLowerInvariant()}");
            }

            var text = JsonFields.String(item, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadResult.Failure(origin, "object has no 'text' string");
            }

            var publishedText = JsonFields.String(item, "published");
            var published = DateParsing.Parse(publishedText);
            if (publishedText is not null && published is null)
            {
                return ReadResult.Failure(origin, $"'published' is not a date: '{publishedText}'");
            }

            return new ReportDraft(
                text,
                ReportFormats.JsonLines,
                origin,
                Title: JsonFields.String(item, "title"),
                Published: published,
                Source: JsonFields.String(item, "source"),
                Url: JsonFields.String(item, "url"),
                Language: JsonFields.String(item, "language"),
                Updated: DateParsing.Parse(JsonFields.String(item, "updated"))).Build(options);
        }
        catch (JsonException ex)
        {
            return ReadResult.Failure(origin, JsonFields.Reason(ex));
        }
    }
}
