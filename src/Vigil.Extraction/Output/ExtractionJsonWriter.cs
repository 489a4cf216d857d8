using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core;

namespace Vigil.Extraction.Output;

/// <summary>
/// Writes an <see cref="ExtractionResult"/> as the <c>vigil.extraction/1</c> document of DESIGN.md,
/// field by field, so the contract does not drift with the records: <c>"schema"</c> first, every
/// field present (null where unknown), snake_case names, enums in their contract spelling
/// (<see cref="VigilJson"/> conventions).
/// </summary>
public static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document as a string; <paramref name="path"/> (for JSON Lines) is written after the schema when given.</summary>
    public static string ToJson(ExtractionResult result, bool indented = true, string? path = null)
    {
        using var stream = new MemoryStream();
        Write(stream, result, indented, path);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream stream, ExtractionResult result, bool indented = true, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        using var w = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        w.WriteStartObject();
        w.WriteString("schema", ExtractionResult.Schema);
        if (path is not null)
        {
            w.WriteString("path", path);
        }

        WriteDocument(w, result.Document);

        w.WriteStartArray("incidents");
        foreach (var incident in result.Incidents)
        {
            WriteIncident(w, incident);
        }

        w.WriteEndArray();

        w.WriteStartArray("air_defense");
        foreach (var t in result.AirDefense)
        {
            w.WriteStartObject();
            WriteDate(w, "date", t.Date);
            w.WriteString("weapon", Name(t.Weapon));
            WriteSide(w, t.Attacker);
            WriteInt(w, "launched", t.Launched);
            WriteInt(w, "intercepted", t.Intercepted);
            WriteClaimant(w, t.Claimant);
            WriteEvidence(w, t.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("statements");
        foreach (var s in result.Statements)
        {
            w.WriteStartObject();
            w.WriteString("speaker", s.Speaker);
            if (s.SpeakerOriginal is not null)
            {
                w.WriteString("speaker_original", s.SpeakerOriginal);
            }

            w.WriteString("role", s.Role);
            w.WriteString("channel", s.Channel);
            w.WriteString("quote", s.Quote);
            WriteEvidence(w, s.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in result.Events)
        {
            w.WriteStartObject();
            w.WriteString("type", Name(e.Type));
            WriteDate(w, "date", e.Date);
            WriteEvidence(w, e.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("statistics");
        foreach (var s in result.Statistics)
        {
            w.WriteStartObject();
            w.WriteString("metric", s.Metric);
            w.WriteNumber("value", s.Value);
            w.WriteString("qualifier", Name(s.Qualifier));
            WriteClaimant(w, s.Claimant);
            WriteEvidence(w, s.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentInfo d)
    {
        w.WriteStartObject("document");
        w.WriteString("title", d.Title);
        WriteDate(w, "published", d.Published);
        w.WriteString("language", d.Language);
        w.WriteString("source", d.Source);
        w.WriteString("url", d.Url);
        w.WriteEndObject();
    }

    private static void WriteIncident(Utf8JsonWriter w, ReportIncident i)
    {
        w.WriteStartObject();
        if (i.Place is { } p)
        {
            w.WriteStartObject("place");
            w.WriteString("name", p.Name);
            if (p.Kind is { } kind)
            {
                w.WriteString("kind", Name(kind));
            }
            else
            {
                w.WriteNull("kind");
            }

            w.WriteString("district", p.District);
            w.WriteString("admin1", p.Admin1);
            w.WriteString("admin1_code", p.Admin1Code);
            w.WriteString("country", p.Country);
            WriteDouble(w, "lat", p.Lat);
            WriteDouble(w, "lon", p.Lon);
            w.WriteString("mention", p.Mention);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("place");
        }

        WriteDate(w, "date", i.Date);
        w.WriteString("date_precision", Name(i.DatePrecision));
        w.WriteStartArray("weapons");
        foreach (var weapon in i.Weapons)
        {
            w.WriteStringValue(Name(weapon));
        }

        w.WriteEndArray();
        WriteSide(w, i.Attacker);
        WriteInt(w, "killed", i.Killed);
        WriteInt(w, "injured", i.Injured);
        WriteInt(w, "children_killed", i.ChildrenKilled);
        WriteInt(w, "children_injured", i.ChildrenInjured);
        WriteInt(w, "missing", i.Missing);
        WriteInt(w, "hit", i.Hit);
        w.WriteStartArray("damage");
        foreach (var d in i.Damage)
        {
            w.WriteStringValue(d);
        }

        w.WriteEndArray();
        w.WriteStartArray("needs");
        foreach (var n in i.Needs)
        {
            w.WriteStartObject();
            w.WriteString("type", Name(n.Type));
            WriteEvidence(w, n.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var c in i.Claims)
        {
            w.WriteStartObject();
            w.WriteString("field", Name(c.Field));
            WriteInt(w, "value", c.Value);
            w.WriteString("qualifier", Name(c.Qualifier));
            w.WriteString("scope", Name(c.Scope));
            WriteClaimant(w, c.Claimant);
            WriteEvidence(w, c.Evidence);
            WriteConfidence(w, c.Confidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteConfidence(Utf8JsonWriter w, ClaimConfidence? confidence)
    {
        if (confidence is null)
        {
            w.WriteNull("confidence");
            return;
        }

        w.WriteStartObject("confidence");
        w.WriteString("level", Name(confidence.Level));
        w.WriteStartArray("reasons");
        foreach (var r in confidence.Reasons)
        {
            w.WriteStringValue(r);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteClaimant(Utf8JsonWriter w, Claimant c)
    {
        w.WriteStartObject("claimant");
        w.WriteString("name", c.Name);
        w.WriteString("role", c.Role);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence e)
    {
        w.WriteStartObject("evidence");
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("text", e.Text);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteSide(Utf8JsonWriter w, Side? side)
    {
        if (side is { } s)
        {
            w.WriteString("attacker", Name(s));
        }
        else
        {
            w.WriteNull("attacker");
        }
    }

    private static void WriteInt(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteDouble(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 5));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The contract spelling of an enum value, taken from its [JsonStringEnumMemberName] via the shared options.</summary>
    private static string Name<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, VigilJson.Compact).Trim('"');
}
