using System.Data.Common;

namespace Vigil.Storage;

/// <summary>
/// Rows both stores select with the same columns in the same order (each store's summary and report
/// selects), read into the contract's records. For store implementations, not their callers.
/// </summary>
public static class StoreRows
{
    /// <summary>Columns: id, date, precision, place, district, kind, admin1, admin1 code, lat, lon, resolved, weapons, attacker, killed, injured, children killed, children injured, missing, report count, contested.</summary>
    public static List<IncidentSummary> Summaries(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var reader = command.ExecuteReader();
        var items = new List<IncidentSummary>();
        while (reader.Read())
        {
            items.Add(Summary(reader));
        }

        return items;
    }

    /// <summary>The summary in the current row (columns as <see cref="Summaries"/>), for selects that add columns after them.</summary>
    public static IncidentSummary Summary(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var weapons = reader.GetString(11);
        return new IncidentSummary(
            reader.GetString(0),
            reader.GetStringOrNull(1) is { } date ? StoreValues.ReadDate(date) : null,
            reader.GetStringOrNull(2), reader.GetStringOrNull(3), reader.GetStringOrNull(4), reader.GetStringOrNull(5),
            reader.GetStringOrNull(6), reader.GetStringOrNull(7), reader.GetDoubleOrNull(8), reader.GetDoubleOrNull(9),
            reader.GetInt32(10) != 0,
            weapons.Length == 0 ? [] : weapons.Split(','),
            reader.GetStringOrNull(12), reader.GetInt32OrNull(13), reader.GetInt32OrNull(14), reader.GetInt32OrNull(15),
            reader.GetInt32OrNull(16), reader.GetInt32OrNull(17), reader.GetInt32(18), reader.GetInt32(19) != 0);
    }

    /// <summary>Columns: key, version, title, published, source, url, language, ingested, claim count.</summary>
    public static List<ReportSummary> Reports(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var reader = command.ExecuteReader();
        var items = new List<ReportSummary>();
        while (reader.Read())
        {
            items.Add(new ReportSummary(
                reader.GetString(0), reader.GetInt32(1), reader.GetStringOrNull(2),
                reader.GetStringOrNull(3) is { } published ? StoreValues.ReadTimestamp(published) : null,
                reader.GetStringOrNull(4), reader.GetStringOrNull(5), reader.GetString(6),
                StoreValues.ReadTimestamp(reader.GetString(7)), reader.GetInt32(8)));
        }

        return items;
    }

    /// <summary>Columns: each store's incident select (id … report keys, then precision, kind, resolved, attacker, missing).</summary>
    public static List<StoredIncident> Incidents(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var reader = command.ExecuteReader();
        var incidents = new List<StoredIncident>();
        while (reader.Read())
        {
            var weapons = reader.GetString(8);
            incidents.Add(new StoredIncident(
                reader.GetString(0),
                reader.GetStringOrNull(1) is { } date ? StoreValues.ReadDate(date) : null,
                reader.GetStringOrNull(2), reader.GetStringOrNull(3), reader.GetStringOrNull(4), reader.GetStringOrNull(5),
                reader.GetDoubleOrNull(6), reader.GetDoubleOrNull(7),
                weapons.Length == 0 ? [] : weapons.Split(','),
                reader.GetInt32OrNull(9), reader.GetInt32OrNull(10), reader.GetInt32OrNull(11), reader.GetInt32OrNull(12),
                reader.GetInt32(13), reader.GetInt32(14) != 0, reader.GetString(15))
            {
                DatePrecision = reader.GetStringOrNull(16),
                PlaceKind = reader.GetStringOrNull(17),
                PlaceResolved = reader.GetInt32(18) != 0,
                Attacker = reader.GetStringOrNull(19),
                Missing = reader.GetInt32OrNull(20),
            });
        }

        return incidents;
    }
}
