using System.Globalization;
using System.Text.Json;

namespace Vigil.Ingestion.Readers;

/// <summary>Lenient field access on untrusted JSON: a field of the wrong kind reads as absent.</summary>
internal static class JsonFields
{
    internal static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A string, or a number written as its invariant text (ids are sometimes numbers).</summary>
    internal static string? Scalar(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    internal static long? Int64(JsonElement element, string name)
    {
        var text = Scalar(element, name);
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    internal static JsonDocumentOptions DocumentOptions(ReaderOptions options) => new()
    {
        MaxDepth = options.MaxJsonDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>The first line of a parser message, without the exception type.</summary>
    internal static string Reason(JsonException ex)
    {
        var message = ex.Message;
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return "malformed JSON: " + (newline >= 0 ? message[..newline] : message).Trim();
    }
}
