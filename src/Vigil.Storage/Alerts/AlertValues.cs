using System.Data.Common;

namespace Vigil.Storage.Alerts;

/// <summary>How both stores write and read the alert tables' values. For store implementations, not their callers.</summary>
public static class AlertValues
{
    /// <summary>Weapons as one column: lower case, sorted, comma-separated (the incidents table's form).</summary>
    public static string Weapons(IEnumerable<string> weapons) =>
        string.Join(',', weapons.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> ReadWeapons(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string Status(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => "pending",
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a delivery status"),
    };

    public static DeliveryStatus ReadStatus(string text) => text switch
    {
        "pending" => DeliveryStatus.Pending,
        "delivered" => DeliveryStatus.Delivered,
        "failed" => DeliveryStatus.Failed,
        _ => throw new StoreException($"unknown delivery status '{text}'"),
    };

    public static IncidentChangeKind ReadKind(string text) => text switch
    {
        "new" => IncidentChangeKind.New,
        "changed" => IncidentChangeKind.Changed,
        "removed" => IncidentChangeKind.Removed,
        _ => throw new StoreException($"unknown change kind '{text}'"),
    };

    /// <summary>Columns: seq, incident_id, kind, incident_date, place_name, district, admin1, admin1_code, weapons, killed, injured, children_killed, children_injured, missing, changed.</summary>
    public static IncidentChange ReadChange(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var id = reader.GetString(1);
        var kind = ReadKind(reader.GetString(2));
        var snapshot = kind == IncidentChangeKind.Removed ? null : new IncidentSnapshot(
            id,
            reader.GetStringOrNull(3) is { } date ? StoreValues.ReadDate(date) : null,
            reader.GetStringOrNull(4), reader.GetStringOrNull(5), reader.GetStringOrNull(6), reader.GetStringOrNull(7),
            ReadWeapons(reader.GetStringOrNull(8)),
            reader.GetInt32OrNull(9), reader.GetInt32OrNull(10), reader.GetInt32OrNull(11), reader.GetInt32OrNull(12), reader.GetInt32OrNull(13));
        return new IncidentChange(reader.GetInt64(0), id, kind, snapshot, StoreValues.ReadTimestamp(reader.GetString(14)));
    }

    /// <summary>Columns: id, name, owner, place, oblast, weapons, min_killed, min_injured, min_casualties, source_alerts, webhook_url, secret, created.</summary>
    public static WatchRule ReadRule(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new WatchRule(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetStringOrNull(3), reader.GetStringOrNull(4),
            ReadWeapons(reader.GetString(5)), reader.GetInt32OrNull(6), reader.GetInt32OrNull(7), reader.GetInt32OrNull(8),
            reader.GetInt32(9) == 1, reader.GetStringOrNull(10), reader.GetStringOrNull(11), StoreValues.ReadTimestamp(reader.GetString(12)));
    }

    /// <summary>Columns: id, rule_id, event, subject, body, status, attempts, created, finished.</summary>
    public static AlertDelivery ReadDelivery(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new AlertDelivery(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
            ReadStatus(reader.GetString(5)), reader.GetInt32(6), StoreValues.ReadTimestamp(reader.GetString(7)),
            reader.GetStringOrNull(8) is { } finished ? StoreValues.ReadTimestamp(finished) : null);
    }
}
