using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// A slice of incidents as the JSON arrays that <c>INSERT … SELECT … FROM json_each</c> statements
/// write from (<see cref="SqliteVigilStore"/>'s incident writes; documents go in a row at a time): [id,
/// [report keys]] pairs, one array of the incidents table's columns per incident, and [region, day, id] cells.
/// </summary>
internal sealed record SqliteIncidentRows(string Reports, string Rows, string? Cells)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The arrays of <paramref name="incidents"/> in order; <paramref name="cells"/> (one list per incident, or null) become distinct rows per incident.</summary>
    public static SqliteIncidentRows Of(IReadOnlyList<StoredIncident> incidents, IReadOnlyList<IReadOnlyList<IndexCell>>? cells)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return new SqliteIncidentRows(
            Write(w =>
            {
                foreach (var incident in incidents)
                {
                    w.WriteStartArray();
                    w.WriteStringValue(incident.Id);
                    w.WriteStartArray();
                    foreach (var key in incident.ReportKeys)
                    {
                        w.WriteStringValue(key);
                    }

                    w.WriteEndArray();
                    w.WriteEndArray();
                }
            }),
            Write(w =>
            {
                foreach (var incident in incidents)
                {
                    Row(w, incident);
                }
            }),
            cells is null ? null : Write(w =>
            {
                for (var i = 0; i < incidents.Count; i++)
                {
                    foreach (var cell in cells[i].Distinct())
                    {
                        w.WriteStartArray();
                        w.WriteStringValue(cell.Region);
                        w.WriteNumberValue(cell.Day);
                        w.WriteStringValue(incidents[i].Id);
                        w.WriteEndArray();
                    }
                }
            }));
    }

    /// <summary>The incidents table's columns in the order of the insert's column list (as the one-row insert bound them).</summary>
    private static void Row(Utf8JsonWriter w, StoredIncident incident)
    {
        w.WriteStartArray();
        w.WriteStringValue(incident.Id);
        String(w, incident.Date is { } d ? StoreValues.Date(d) : null);
        String(w, incident.DatePrecision);
        String(w, incident.Place);
        String(w, incident.District);
        String(w, incident.PlaceKind);
        w.WriteNumberValue(incident.PlaceResolved ? 1 : 0);
        String(w, incident.Admin1);
        String(w, incident.Admin1Code);
        Number(w, incident.Lat);
        Number(w, incident.Lon);
        Number(w, incident.Killed);
        Number(w, incident.Injured);
        Number(w, incident.ChildrenKilled);
        Number(w, incident.ChildrenInjured);
        Number(w, incident.Missing);
        w.WriteStringValue(string.Join(',', incident.Weapons.Select(static w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
        String(w, incident.Attacker);
        w.WriteNumberValue(incident.ReportCount);
        w.WriteNumberValue(incident.Contested ? 1 : 0);
        w.WriteStringValue(SortKeys.Of(incident.Date));
        w.WriteNumberValue(WeaponMask.Of(incident.Weapons));
        w.WriteNumberValue((incident.Killed ?? 0) + (incident.Injured ?? 0));
        w.WriteStringValue(incident.ReviewStatus);
        w.WriteNumberValue(incident.ReviewFlags);
        w.WriteEndArray();
    }

    private static void String(Utf8JsonWriter w, string? value)
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(value);
        }
    }

    private static void Number(Utf8JsonWriter w, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    /// <summary>
    /// A double as .NET's shortest round-trip text, which SQLite's text-to-real conversion reads back
    /// to the same double (test: Incidents_BulkWrite_CoordinatesReadBackBitForBit).
    /// </summary>
    private static void Number(Utf8JsonWriter w, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            body(writer);
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
