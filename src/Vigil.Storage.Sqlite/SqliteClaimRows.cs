using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// What the SQLite store writes for one report, computed off the writer thread: the extraction's
/// JSON document and its claims as one JSON array of rows, which a single INSERT … SELECT over
/// <c>json_each</c> turns into claim rows (one statement per report instead of one per claim).
/// </summary>
internal static class SqliteClaimRows
{
    /// <summary>The claims table's columns after <c>report_version_id</c>, in the order of each row array.</summary>
    public const string Insert = """
        INSERT INTO claims (report_version_id, section, incident_index, field, value, qualifier, scope, claimant_name, claimant_role,
                            claimant_kind, claim_date, place_mention, weapon, category, evidence_start, evidence_end, evidence_text, attacker)
        SELECT $version_id, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7,
               value ->> 8, value ->> 9, value ->> 10, value ->> 11, value ->> 12, value ->> 13, value ->> 14, value ->> 15, value ->> 16
        FROM json_each($rows) ORDER BY key
        """;

    /// <summary>
    /// As <see cref="Insert"/> for several versions at once: <c>$batch</c> is <see cref="Batch"/>'s
    /// array of [version id, rows], rows in the order one <see cref="Insert"/> per version would take them.
    /// </summary>
    public const string InsertBatch = """
        INSERT INTO claims (report_version_id, section, incident_index, field, value, qualifier, scope, claimant_name, claimant_role,
                            claimant_kind, claim_date, place_mention, weapon, category, evidence_start, evidence_end, evidence_text, attacker)
        SELECT v.value ->> 0, r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, r.value ->> 6, r.value ->> 7,
               r.value ->> 8, r.value ->> 9, r.value ->> 10, r.value ->> 11, r.value ->> 12, r.value ->> 13, r.value ->> 14, r.value ->> 15, r.value ->> 16
        FROM json_each($batch) v, json_each(v.value -> 1) r ORDER BY v.key, r.key
        """;

    /// <summary>The [version id, rows] array of <see cref="InsertBatch"/>: each version's rows (from <see cref="Json"/>) copied in as they are.</summary>
    public static string Batch(IReadOnlyList<(long VersionId, string Rows)> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var builder = new System.Text.StringBuilder(versions.Sum(static v => v.Rows.Length + 24) + 2);
        builder.Append('[');
        for (var i = 0; i < versions.Count; i++)
        {
            builder.Append(i == 0 ? "[" : ",[").Append(versions[i].VersionId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(',').Append(versions[i].Rows).Append(']');
        }

        return builder.Append(']').ToString();
    }

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One array per claim: the incidents' claims in order, then each air-defence tally's launched and intercepted.</summary>
    public static string Json(ExtractionResult extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            for (var i = 0; i < extraction.Incidents.Count; i++)
            {
                foreach (var claim in extraction.Incidents[i].Claims)
                {
                    Row(writer, "incident", i, claim.Field, claim.Value, claim.Qualifier, claim, claim.Weapon, null);
                }
            }

            foreach (var tally in extraction.AirDefense)
            {
                var claim = new Claim(ClaimField.Launched, null, Qualifier.Exact, tally.Scope, tally.Claimant, tally.Date, null, tally.Weapon, tally.Evidence);
                if (tally.Launched is { } launched)
                {
                    Row(writer, "air_defense", null, ClaimField.Launched, launched, Qualifier.Exact, claim, tally.Weapon, tally.Attacker);
                }

                if (tally.Intercepted is { } intercepted)
                {
                    Row(writer, "air_defense", null, ClaimField.Intercepted, intercepted, Qualifier.Exact, claim, tally.Weapon, tally.Attacker);
                }
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Row(Utf8JsonWriter writer, string section, int? incidentIndex, ClaimField field, int? value, Qualifier qualifier,
        Claim claim, Weapon? weapon, Side? attacker)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(section);
        Number(writer, incidentIndex);
        writer.WriteStringValue(Name(field));
        Number(writer, value);
        writer.WriteStringValue(Name(qualifier));
        writer.WriteStringValue(Name(claim.Scope));
        Text(writer, claim.Claimant.Name);
        Text(writer, claim.Claimant.Role);
        writer.WriteStringValue(Name(claim.Claimant.Kind));
        Text(writer, claim.Date is { } date ? StoreValues.Date(date) : null);
        Text(writer, claim.PlaceMention);
        Text(writer, weapon is { } w ? Name(w) : null);
        Text(writer, claim.Category);
        writer.WriteNumberValue(claim.Evidence.Start);
        writer.WriteNumberValue(claim.Evidence.End);
        writer.WriteStringValue(claim.Evidence.Text);
        Text(writer, attacker is { } side ? Name(side) : null);
        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void Text(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>The contract's spelling of an enum value ("children_killed"), as its JSON converter writes it; cached, it was a serialisation per column.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => Names<T>.Cache.GetOrAdd(value, static v => JsonSerializer.Serialize(v, VigilJson.Compact).Trim('"'));

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly ConcurrentDictionary<T, string> Cache = new();
    }
}
