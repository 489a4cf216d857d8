using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Ingestion.Readers;

/// <summary>
/// Telegram Desktop channel exports (<c>result.json</c>, "Export chat history" as JSON). Each
/// message of <c>type: "message"</c> with text is a report; service messages (pins, channel
/// creation…) and messages without text (a photo with no caption) are skipped. <c>text</c> is a
/// string or an array of strings and entity objects <c>{type, text}</c>, joined in order. The
/// channel <c>name</c> is the source. With a <c>username</c> in the export the URL is
/// <c>https://t.me/&lt;username&gt;/&lt;id&gt;</c>, else the report is identified by its text hash.
/// Time: Telegram writes <c>date</c> in the exporting computer's local time with no offset, and
/// (in newer exports) <c>date_unixtime</c>, the instant in UTC seconds. With both, the instant is
/// kept and shown in the offset their difference reveals (the exporter's zone); with
/// <c>date</c> alone it is taken in <see cref="ReaderOptions.TelegramExportTimeZone"/> (UTC by default). <c>edited_unixtime</c> becomes
/// <see cref="Core.Report.Updated"/>. Origins are <c>path#&lt;message id&gt;</c>.
/// </summary>
internal static class TelegramExportReader
{
    internal static IEnumerable<ReadResult> Read(ReadOnlyMemory<byte> json, string origin, ReaderOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonFields.DocumentOptions(options));
        }
        catch (JsonException ex)
        {
            return [ReadResult.Failure(origin, JsonFields.Reason(ex))];
        }

        using (document)
        {
            return ReadMessages(document.RootElement, origin, options).ToList();
        }
    }

    private static IEnumerable<ReadResult> ReadMessages(JsonElement root, string origin, ReaderOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("messages", out var messages)
            || messages.ValueKind != JsonValueKind.Array)
        {
            yield return ReadResult.Failure(origin, "not a Telegram export: no 'messages' array");
            yield break;
        }

        var channel = JsonFields.String(root, "name");
        var username = JsonFields.String(root, "username")?.Trim().TrimStart('@');
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            index++;
            var id = JsonFields.Scalar(message, "id");
            var itemOrigin = origin + "#" + (id ?? "item" + index.ToString(CultureInfo.InvariantCulture));
            if (message.ValueKind != JsonValueKind.Object)
            {
                yield return ReadResult.Failure(itemOrigin, "message is not a JSON object");
                continue;
            }

            if (!string.Equals(JsonFields.String(message, "type"), "message", StringComparison.Ordinal))
            {
                continue;
            }

            var text = message.TryGetProperty("text", out var textElement) ? JoinText(textElement) : null;
            if (text is null)
            {
                yield return ReadResult.Failure(itemOrigin, "'text' is neither a string nor an array of strings and entities");
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var published = Published(message, options.TelegramExportTimeZone);
            var url = username is { Length: > 0 } && id is not null ? $"https://t.me/{username}/{id}" : null;
            yield return new ReportDraft(
                text,
                ReportFormats.Telegram,
                itemOrigin,
                Title: null,
                Published: published,
                Source: channel,
                Url: url,
                Updated: UnixTime(message, "edited_unixtime")).Build(options);
        }
    }

    /// <summary>The visible text: strings as they are, entities by their <c>text</c>; null when the shape is not Telegram's.</summary>
    internal static string? JoinText(JsonElement text)
    {
        switch (text.ValueKind)
        {
            case JsonValueKind.String:
                return text.GetString();
            case JsonValueKind.Array:
                var builder = new StringBuilder();
                foreach (var part in text.EnumerateArray())
                {
                    if (part.ValueKind == JsonValueKind.String)
                    {
                        builder.Append(part.GetString());
                    }
                    else if (part.ValueKind == JsonValueKind.Object && JsonFields.String(part, "text") is { } entityText)
                    {
                        builder.Append(entityText);
                    }
                    else
                    {
                        return null;
                    }
                }

                return builder.ToString();
            default:
                return null;
        }
    }

    /// <summary>
    /// The instant from <c>date_unixtime</c>, shown in the exporter's offset: the difference between
    /// the local <c>date</c> and the instant (so a post at 01:30 in Kyiv stays on its Kyiv day).
    /// </summary>
    private static DateTimeOffset? Published(JsonElement message, TimeZoneInfo fallbackZone)
    {
        var instant = UnixTime(message, "date_unixtime");
        var local = ParseLocal(JsonFields.String(message, "date"));
        if (instant is null)
        {
            return local is { } wall ? new DateTimeOffset(wall, fallbackZone.GetUtcOffset(wall)) : null;
        }

        if (local is { } localTime)
        {
            var offset = localTime - instant.Value.UtcDateTime;
            var quarterHours = Math.Round(offset.TotalMinutes / 15);
            if (Math.Abs(offset.TotalMinutes - (quarterHours * 15)) < 1 && Math.Abs(quarterHours) <= 14 * 4)
            {
                return instant.Value.ToOffset(TimeSpan.FromMinutes(quarterHours * 15));
            }
        }

        return instant;
    }

    private static DateTimeOffset? UnixTime(JsonElement message, string name) =>
        JsonFields.Int64(message, name) is { } seconds && seconds is > 0 and < 253_402_300_800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static DateTime? ParseLocal(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? DateTime.SpecifyKind(local, DateTimeKind.Unspecified)
            : null;
}
