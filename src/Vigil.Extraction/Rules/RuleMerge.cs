using System.Text;
using System.Text.Json;

namespace Vigil.Extraction.Rules;

/// <summary>
/// A pack that extends another (Ukrainian and Russian extend English) adds to its files key by key:
/// lists are appended, maps gain entries (nested maps merge), a plain value replaces. A key the base
/// pack does not have is an error, like any unknown key.
/// </summary>
internal static class RuleMerge
{
    public static string Merge(string baseJson, string overlayJson, string name)
    {
        using var target = Parse(baseJson, name);
        using var overlay = Parse(overlayJson, name);
        foreach (var p in overlay.RootElement.EnumerateObject())
        {
            if (!target.RootElement.TryGetProperty(p.Name, out _))
            {
                throw new InvalidDataException($"{name}: unknown key '{p.Name}'");
            }
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, target.RootElement, overlay.RootElement);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonDocument Parse(string json, string name)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new InvalidDataException($"{name}: the rule file must hold one JSON object");
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: not valid JSON ({e.Message})", e);
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonElement existing, JsonElement? added)
    {
        if (added is not { } add)
        {
            existing.WriteTo(writer);
            return;
        }

        if (existing.ValueKind == JsonValueKind.Array && add.ValueKind == JsonValueKind.Array)
        {
            writer.WriteStartArray();
            foreach (var item in existing.EnumerateArray())
            {
                item.WriteTo(writer);
            }

            foreach (var item in add.EnumerateArray())
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
            return;
        }

        if (existing.ValueKind == JsonValueKind.Object && add.ValueKind == JsonValueKind.Object)
        {
            writer.WriteStartObject();
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in existing.EnumerateObject())
            {
                writer.WritePropertyName(p.Name);
                // A key listed twice in the base keeps both entries; the addition merges into the first.
                Write(writer, p.Value, written.Add(p.Name) && add.TryGetProperty(p.Name, out var a) ? a : null);
            }

            foreach (var p in add.EnumerateObject())
            {
                if (!existing.TryGetProperty(p.Name, out _))
                {
                    p.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
            return;
        }

        add.WriteTo(writer);
    }
}
