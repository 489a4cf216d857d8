using System.Globalization;
using System.Text.Json;
using Vigil.Ingestion.Readers;
using Vigil.Ingestion.Text;

namespace Vigil.Ingestion.Feeds;

/// <summary>What a watched feed's body is declared to be (FEEDS.yaml <c>kind</c>).</summary>
public enum FeedBodyKind
{
    /// <summary>RSS 2.0 / 1.0 or Atom: each item or entry a report.</summary>
    Xml,

    /// <summary>JSON: an array of report objects, an object with an <c>items</c> array of them, or JSON Lines.</summary>
    Json,

    /// <summary>A public Telegram channel's web preview (<c>t.me/s/NAME</c>): each post a report.</summary>
    TelegramPreview,
}

/// <summary>
/// Reads the body of a polled feed with the reader its declared kind names, never by sniffing: a
/// feed that stops being what it was declared to be (an error page, a login wall) is a failure
/// rather than one odd "article". Results carry origins <c>origin#N</c> as the file readers do.
/// </summary>
public static class FeedBodies
{
    public static IReadOnlyList<ReadResult> Read(ReadOnlyMemory<byte> body, FeedBodyKind kind, string origin, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(origin);
        options ??= ReaderOptions.Default;
        return kind switch
        {
            FeedBodyKind.Xml => ReportReaders.ReadStream(new MemoryStream(body.ToArray(), writable: false), origin, InputFormat.Feed, null, options).ToList(),
            FeedBodyKind.Json => ReadJson(body, origin, options),
            FeedBodyKind.TelegramPreview => ReadPreview(body, origin, options),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a feed kind"),
        };
    }

    private static List<ReadResult> ReadPreview(ReadOnlyMemory<byte> body, string origin, ReaderOptions options)
    {
        var text = StrictText.TryDecode(body.Span, out var error);
        if (text is null)
        {
            return [ReadResult.Failure(origin, error ?? "not text")];
        }

        return TelegramPreviewReader.LooksLikePreview(text)
            ? TelegramPreviewReader.Read(text, origin, options).ToList()
            : [ReadResult.Failure(origin, "not a Telegram channel preview: no posts with data-post")];
    }

    private static List<ReadResult> ReadJson(ReadOnlyMemory<byte> body, string origin, ReaderOptions options)
    {
        var span = body.Span[StrictText.DetectBom(body.Span).Length..];
        var start = span.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0)
        {
            return [ReadResult.Failure(origin, "empty body")];
        }

        if (span[start] is not ((byte)'[' or (byte)'{'))
        {
            return [ReadResult.Failure(origin, "not JSON: the body starts with neither [ nor {")];
        }

        // Several values, one object a line: JSON Lines.
        if (span[start] == (byte)'{' && !IsOneValue(span, options))
        {
            return ReportReaders.ReadStream(new MemoryStream(span.ToArray(), writable: false), origin, InputFormat.JsonLines, null, options).ToList();
        }

        try
        {
            using var document = JsonDocument.Parse(body[(body.Length - span.Length)..], JsonFields.DocumentOptions(options));
            var root = document.RootElement;
            var items = root.ValueKind switch
            {
                JsonValueKind.Array => root,
                JsonValueKind.Object when root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array => list,
                JsonValueKind.Object => (JsonElement?)null,
                _ => null,
            };
            if (items is null)
            {
                // One object alone is one report, as a line of JSON Lines would be.
                return root.ValueKind == JsonValueKind.Object
                    ? [JsonLinesReader.ReadLine(StrictText.Utf8.GetBytes(root.GetRawText()), origin + "#1", options)]
                    : [ReadResult.Failure(origin, "expected an array of report objects or an object with an items array")];
            }

            var results = new List<ReadResult>();
            var number = 0;
            foreach (var item in items.Value.EnumerateArray())
            {
                number++;
                var itemOrigin = string.Create(CultureInfo.InvariantCulture, $"{origin}#{number}");
                results.Add(JsonLinesReader.ReadLine(StrictText.Utf8.GetBytes(item.GetRawText()), itemOrigin, options));
            }

            return results;
        }
        catch (JsonException e)
        {
            return [ReadResult.Failure(origin, JsonFields.Reason(e))];
        }
    }

    private static bool IsOneValue(ReadOnlySpan<byte> json, ReaderOptions options)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxJsonDepth });
            return JsonDocument.TryParseValue(ref reader, out var document) && Dispose(document) && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool Dispose(JsonDocument? document)
    {
        document?.Dispose();
        return true;
    }
}
