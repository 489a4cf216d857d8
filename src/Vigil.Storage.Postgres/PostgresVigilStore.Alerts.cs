using System.Globalization;
using Npgsql;
using Vigil.Storage.Alerts;

namespace Vigil.Storage.Postgres;

/// <summary>Watch rules, the change feed, deliveries and source counts (migration 0006), as the SQLite store keeps them.</summary>
public sealed partial class PostgresVigilStore : IAlertStore
{
    private const string RuleSelect = """
        SELECT id, name, owner, place, oblast, weapons, min_killed, min_injured, min_casualties, source_alerts, webhook_url, secret, created
        FROM alert_rules
        """;

    private const string DeliverySelect = "SELECT id, rule_id, event, subject, body, status, attempts, created, finished FROM alert_deliveries";

    public WatchRule AddRule(WatchRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Run($"adding the rule {rule.Name}", (c, t) =>
        {
            var id = Convert.ToInt64(Scalar(c, t, """
                INSERT INTO alert_rules (name, owner, place, oblast, weapons, min_killed, min_injured, min_casualties, source_alerts, webhook_url, secret, created)
                VALUES (@name, @owner, @place, @oblast, @weapons, @min_killed, @min_injured, @min_casualties, @source_alerts, @url, @secret, @created)
                RETURNING id
                """,
                ("name", rule.Name), ("owner", rule.Owner), ("place", Text(rule.Place)), ("oblast", Text(rule.Oblast)),
                ("weapons", AlertValues.Weapons(rule.Weapons)), ("min_killed", Int(rule.MinKilled)),
                ("min_injured", Int(rule.MinInjured)), ("min_casualties", Int(rule.MinCasualties)),
                ("source_alerts", rule.SourceAlerts ? 1 : 0), ("url", Text(rule.WebhookUrl)),
                ("secret", Text(rule.Secret)), ("created", StoreValues.Timestamp(rule.Created))), CultureInfo.InvariantCulture);
            return rule with { Id = id };
        });
    }

    public WatchRule? Rule(long id) => Run("reading a rule", (c, t) => ReadRules(c, t, RuleSelect + " WHERE id = @id", ("id", id)).FirstOrDefault());

    public IReadOnlyList<WatchRule> Rules(string? owner = null) => Run("listing rules", (c, t) => owner is null
        ? ReadRules(c, t, RuleSelect + " ORDER BY id")
        : ReadRules(c, t, RuleSelect + " WHERE lower(owner) = lower(@owner) ORDER BY id", ("owner", owner)));

    public bool RemoveRule(long id) => Transaction("removing a rule", (c, t) =>
    {
        var removed = Execute(c, t, "DELETE FROM alert_rules WHERE id = @id", ("id", id)) == 1;
        // Its log stays (what was sent stays known); nothing more is sent for it.
        Execute(c, t, "UPDATE alert_deliveries SET status = 'failed' WHERE rule_id = @id AND status = 'pending'", ("id", id));
        t.Commit();
        return removed;
    });

    public IReadOnlyList<IncidentChange> Changes(long after, int limit) => Run("reading the change feed", (c, t) =>
    {
        using var command = Command(c, t, """
            SELECT seq, incident_id, kind, incident_date, place_name, district, admin1, admin1_code, weapons,
                   killed, injured, children_killed, children_injured, missing, changed
            FROM incident_changes WHERE seq > @after ORDER BY seq LIMIT @limit
            """, ("after", after), ("limit", limit));
        using var reader = command.ExecuteReader();
        var changes = new List<IncidentChange>();
        while (reader.Read())
        {
            changes.Add(AlertValues.ReadChange(reader));
        }

        return changes;
    });

    public long LastChange() => Run("reading the change feed", (c, t) =>
        Convert.ToInt64(Scalar(c, t, "SELECT COALESCE(MAX(seq), 0) FROM incident_changes"), CultureInfo.InvariantCulture));

    public int PruneChanges(DateTimeOffset before, string cursor) => Run("pruning the change feed", (c, t) => Execute(c, t, """
        DELETE FROM incident_changes
        WHERE changed < @before AND seq <= COALESCE((SELECT position FROM alert_cursors WHERE name = @cursor), 0)
        """, ("before", StoreValues.UtcTimestamp(before)), ("cursor", cursor)));

    public long Cursor(string name) => Run("reading a cursor", (c, t) =>
        Convert.ToInt64(Scalar(c, t, "SELECT COALESCE((SELECT position FROM alert_cursors WHERE name = @name), 0)", ("name", name)), CultureInfo.InvariantCulture));

    public void Enqueue(string name, long position, IReadOnlyList<AlertDelivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        Transaction("queueing deliveries", (c, t) =>
        {
            foreach (var delivery in deliveries)
            {
                Execute(c, t, """
                    INSERT INTO alert_deliveries (id, rule_id, event, subject, body, status, attempts, created, finished)
                    VALUES (@id, @rule, @event, @subject, @body, @status, @attempts, @created, @finished)
                    ON CONFLICT (id) DO NOTHING
                    """,
                    ("id", delivery.Id), ("rule", delivery.RuleId), ("event", delivery.Event), ("subject", delivery.Subject),
                    ("body", delivery.Body), ("status", AlertValues.Status(delivery.Status)), ("attempts", delivery.Attempts),
                    ("created", StoreValues.UtcTimestamp(delivery.Created)),
                    ("finished", Text(delivery.Finished is { } f ? StoreValues.UtcTimestamp(f) : null)));
            }

            Execute(c, t, """
                INSERT INTO alert_cursors (name, position) VALUES (@name, @position)
                ON CONFLICT (name) DO UPDATE SET position = GREATEST(alert_cursors.position, excluded.position)
                """, ("name", name), ("position", position));
            t.Commit();
            return 0;
        });
    }

    public IReadOnlyList<AlertDelivery> PendingDeliveries(int limit) => Run("reading pending deliveries", (c, t) =>
        ReadDeliveries(c, t, DeliverySelect + " WHERE status = 'pending' ORDER BY created, id LIMIT @limit", ("limit", limit)));

    public void RecordAttempt(DeliveryAttempt attempt, DeliveryStatus status)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        Transaction("logging a delivery attempt", (c, t) =>
        {
            Execute(c, t, """
                INSERT INTO alert_attempts (delivery_id, attempt, status_code, error, at) VALUES (@id, @attempt, @code, @error, @at)
                ON CONFLICT (delivery_id, attempt) DO NOTHING
                """,
                ("id", attempt.DeliveryId), ("attempt", attempt.Attempt), ("code", Int(attempt.StatusCode)),
                ("error", Text(attempt.Error)), ("at", StoreValues.UtcTimestamp(attempt.At)));
            Execute(c, t, """
                UPDATE alert_deliveries SET status = @status, attempts = GREATEST(attempts, @attempt),
                       finished = CASE WHEN @status = 'pending' THEN NULL ELSE @at END
                WHERE id = @id
                """, ("id", attempt.DeliveryId), ("attempt", attempt.Attempt), ("status", AlertValues.Status(status)),
                ("at", StoreValues.UtcTimestamp(attempt.At)));
            t.Commit();
            return 0;
        });
    }

    public IReadOnlyList<AlertDelivery> Deliveries(IReadOnlyCollection<long>? ruleIds, int limit) => Run("listing deliveries", (c, t) =>
        ruleIds is null
            ? ReadDeliveries(c, t, DeliverySelect + " ORDER BY created DESC, id DESC LIMIT @limit", ("limit", limit))
            : ReadDeliveries(c, t, DeliverySelect + " WHERE rule_id = ANY(@rules) ORDER BY created DESC, id DESC LIMIT @limit",
                ("rules", ruleIds.ToArray()), ("limit", limit)));

    public IReadOnlyList<DeliveryAttempt> Attempts(string deliveryId) => Run("reading delivery attempts", (c, t) =>
    {
        using var command = Command(c, t, "SELECT delivery_id, attempt, status_code, error, at FROM alert_attempts WHERE delivery_id = @id ORDER BY attempt",
            ("id", deliveryId));
        using var reader = command.ExecuteReader();
        var attempts = new List<DeliveryAttempt>();
        while (reader.Read())
        {
            attempts.Add(new DeliveryAttempt(reader.GetString(0), reader.GetInt32(1), reader.GetInt32OrNull(2), reader.GetStringOrNull(3),
                StoreValues.ReadTimestamp(reader.GetString(4))));
        }

        return attempts;
    });

    public IReadOnlyList<SourceDay> SourceDays(DateOnly from) => Run("reading source counts", (c, t) =>
    {
        using var command = Command(c, t, "SELECT source, day, reports, last_ingested FROM source_daily_counts WHERE day >= @from ORDER BY source, day",
            ("from", StoreValues.Date(from)));
        using var reader = command.ExecuteReader();
        var days = new List<SourceDay>();
        while (reader.Read())
        {
            days.Add(new SourceDay(reader.GetString(0), StoreValues.ReadDate(reader.GetString(1)), reader.GetInt32(2),
                StoreValues.ReadTimestamp(reader.GetString(3))));
        }

        return days;
    });

    public SourceAlertRecord? RaiseSourceAlert(SourceAlertRecord alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Run("raising a source alert", (c, t) =>
        {
            var id = Scalar(c, t, """
                INSERT INTO source_alerts (source, kind, day, detail, raised) VALUES (@source, @kind, @day, @detail, @raised)
                ON CONFLICT (source, kind, day) DO NOTHING
                RETURNING id
                """, ("source", alert.Source), ("kind", alert.Kind), ("day", StoreValues.Date(alert.Day)),
                ("detail", alert.Detail), ("raised", StoreValues.UtcTimestamp(alert.Raised)));
            return id is null ? null : alert with { Id = Convert.ToInt64(id, CultureInfo.InvariantCulture) };
        });
    }

    public IReadOnlyList<SourceAlertRecord> SourceAlerts(int limit) => Run("listing source alerts", (c, t) =>
    {
        using var command = Command(c, t, "SELECT id, source, kind, day, detail, raised FROM source_alerts ORDER BY id DESC LIMIT @limit", ("limit", limit));
        using var reader = command.ExecuteReader();
        var alerts = new List<SourceAlertRecord>();
        while (reader.Read())
        {
            alerts.Add(new SourceAlertRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), StoreValues.ReadDate(reader.GetString(3)),
                reader.GetString(4), StoreValues.ReadTimestamp(reader.GetString(5))));
        }

        return alerts;
    });

    /// <summary>Ends a fusion write: the incidents it deleted and did not write again are recorded as removed.</summary>
    private static void SettleRemovals(NpgsqlConnection c, NpgsqlTransaction t)
    {
        Execute(c, t, """
            INSERT INTO incident_changes (incident_id, kind, changed)
            SELECT r.incident_id, 'removed', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') FROM incident_removals r
            WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = r.incident_id)
              AND EXISTS (SELECT 1 FROM incident_state s WHERE s.incident_id = r.incident_id)
            ORDER BY r.incident_id
            """);
        Execute(c, t, """
            DELETE FROM incident_state s USING incident_removals r
            WHERE s.incident_id = r.incident_id AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = r.incident_id)
            """);
        Execute(c, t, "DELETE FROM incident_removals");
    }

    private static List<WatchRule> ReadRules(NpgsqlConnection c, NpgsqlTransaction? t, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(c, t, sql, parameters);
        using var reader = command.ExecuteReader();
        var rules = new List<WatchRule>();
        while (reader.Read())
        {
            rules.Add(AlertValues.ReadRule(reader));
        }

        return rules;
    }

    private static List<AlertDelivery> ReadDeliveries(NpgsqlConnection c, NpgsqlTransaction? t, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(c, t, sql, parameters);
        using var reader = command.ExecuteReader();
        var deliveries = new List<AlertDelivery>();
        while (reader.Read())
        {
            deliveries.Add(AlertValues.ReadDelivery(reader));
        }

        return deliveries;
    }
}
