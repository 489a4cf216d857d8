using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Storage.Alerts;

namespace Vigil.Storage.Sqlite;

/// <summary>Watch rules, the change feed, deliveries and source counts (migration 0006).</summary>
public sealed partial class SqliteVigilStore : IAlertStore
{
    private const string RuleSelect = """
        SELECT id, name, owner, place, oblast, weapons, min_killed, min_injured, min_casualties, source_alerts, webhook_url, secret, created
        FROM alert_rules
        """;

    private const string DeliverySelect = "SELECT id, rule_id, event, subject, body, status, attempts, created, finished FROM alert_deliveries";

    public WatchRule AddRule(WatchRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Guard($"adding the rule {rule.Name}", () =>
        {
            var id = Convert.ToInt64(Scalar(null, """
                INSERT INTO alert_rules (name, owner, place, oblast, weapons, min_killed, min_injured, min_casualties, source_alerts, webhook_url, secret, created)
                VALUES ($name, $owner, $place, $oblast, $weapons, $min_killed, $min_injured, $min_casualties, $source_alerts, $url, $secret, $created)
                RETURNING id
                """,
                ("$name", rule.Name), ("$owner", rule.Owner), ("$place", StoreValues.OrNull(rule.Place)), ("$oblast", StoreValues.OrNull(rule.Oblast)),
                ("$weapons", AlertValues.Weapons(rule.Weapons)), ("$min_killed", StoreValues.OrNull(rule.MinKilled)),
                ("$min_injured", StoreValues.OrNull(rule.MinInjured)), ("$min_casualties", StoreValues.OrNull(rule.MinCasualties)),
                ("$source_alerts", rule.SourceAlerts ? 1 : 0), ("$url", StoreValues.OrNull(rule.WebhookUrl)),
                ("$secret", StoreValues.OrNull(rule.Secret)), ("$created", StoreValues.Timestamp(rule.Created))), CultureInfo.InvariantCulture);
            return rule with { Id = id };
        });
    }

    public WatchRule? Rule(long id) => Guard("reading a rule", () => ReadRules(RuleSelect + " WHERE id = $id", ("$id", id)).FirstOrDefault());

    public IReadOnlyList<WatchRule> Rules(string? owner = null) => Guard("listing rules", () => owner is null
        ? ReadRules(RuleSelect + " ORDER BY id")
        : ReadRules(RuleSelect + " WHERE owner = $owner ORDER BY id", ("$owner", owner)));

    public bool RemoveRule(long id) => Guard("removing a rule", () =>
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        var command = Command(transaction, "DELETE FROM alert_rules WHERE id = $id");
        Bind(command, ("$id", id));
        var removed = command.ExecuteNonQuery() == 1;
        // Its log stays (what was sent stays known); nothing more is sent for it.
        Execute(transaction, "UPDATE alert_deliveries SET status = 'failed' WHERE rule_id = $id AND status = 'pending'", ("$id", id));
        transaction.Commit();
        return removed;
    });

    public IReadOnlyList<IncidentChange> Changes(long after, int limit) => Guard("reading the change feed", () =>
    {
        var command = Command(null, """
            SELECT seq, incident_id, kind, incident_date, place_name, district, admin1, admin1_code, weapons,
                   killed, injured, children_killed, children_injured, missing, changed
            FROM incident_changes WHERE seq > $after ORDER BY seq LIMIT $limit
            """);
        Bind(command, ("$after", after), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var changes = new List<IncidentChange>();
        while (reader.Read())
        {
            changes.Add(AlertValues.ReadChange(reader));
        }

        return changes;
    });

    public long LastChange() => Guard("reading the change feed", () =>
        Convert.ToInt64(Scalar(null, "SELECT COALESCE(MAX(seq), 0) FROM incident_changes"), CultureInfo.InvariantCulture));

    public int PruneChanges(DateTimeOffset before, string cursor) => Guard("pruning the change feed", () =>
    {
        var command = Command(null, """
            DELETE FROM incident_changes
            WHERE changed < $before AND seq <= COALESCE((SELECT position FROM alert_cursors WHERE name = $cursor), 0)
            """);
        Bind(command, ("$before", StoreValues.UtcTimestamp(before)), ("$cursor", cursor));
        return command.ExecuteNonQuery();
    });

    public long Cursor(string name) => Guard("reading a cursor", () =>
        Convert.ToInt64(Scalar(null, "SELECT COALESCE((SELECT position FROM alert_cursors WHERE name = $name), 0)", ("$name", name)), CultureInfo.InvariantCulture));

    public void Enqueue(string name, long position, IReadOnlyList<AlertDelivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        Guard("queueing deliveries", () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            foreach (var delivery in deliveries)
            {
                Execute(transaction, """
                    INSERT INTO alert_deliveries (id, rule_id, event, subject, body, status, attempts, created, finished)
                    VALUES ($id, $rule, $event, $subject, $body, $status, $attempts, $created, $finished)
                    ON CONFLICT (id) DO NOTHING
                    """,
                    ("$id", delivery.Id), ("$rule", delivery.RuleId), ("$event", delivery.Event), ("$subject", delivery.Subject),
                    ("$body", delivery.Body), ("$status", AlertValues.Status(delivery.Status)), ("$attempts", delivery.Attempts),
                    ("$created", StoreValues.UtcTimestamp(delivery.Created)),
                    ("$finished", delivery.Finished is { } f ? StoreValues.UtcTimestamp(f) : DBNull.Value));
            }

            Execute(transaction, """
                INSERT INTO alert_cursors (name, position) VALUES ($name, $position)
                ON CONFLICT (name) DO UPDATE SET position = MAX(position, excluded.position)
                """, ("$name", name), ("$position", position));
            transaction.Commit();
            return 0;
        });
    }

    public IReadOnlyList<AlertDelivery> PendingDeliveries(int limit) => Guard("reading pending deliveries", () =>
        ReadDeliveries(DeliverySelect + " WHERE status = 'pending' ORDER BY created, id LIMIT $limit", ("$limit", limit)));

    public void RecordAttempt(DeliveryAttempt attempt, DeliveryStatus status)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        Guard("logging a delivery attempt", () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            Execute(transaction, """
                INSERT INTO alert_attempts (delivery_id, attempt, status_code, error, at) VALUES ($id, $attempt, $code, $error, $at)
                ON CONFLICT (delivery_id, attempt) DO NOTHING
                """,
                ("$id", attempt.DeliveryId), ("$attempt", attempt.Attempt), ("$code", StoreValues.OrNull(attempt.StatusCode)),
                ("$error", StoreValues.OrNull(attempt.Error)), ("$at", StoreValues.UtcTimestamp(attempt.At)));
            Execute(transaction, """
                UPDATE alert_deliveries SET status = $status, attempts = MAX(attempts, $attempt),
                       finished = CASE WHEN $status = 'pending' THEN NULL ELSE $at END
                WHERE id = $id
                """, ("$id", attempt.DeliveryId), ("$attempt", attempt.Attempt), ("$status", AlertValues.Status(status)),
                ("$at", StoreValues.UtcTimestamp(attempt.At)));
            transaction.Commit();
            return 0;
        });
    }

    public IReadOnlyList<AlertDelivery> Deliveries(IReadOnlyCollection<long>? ruleIds, int limit) => Guard("listing deliveries", () =>
    {
        if (ruleIds is null)
        {
            return ReadDeliveries(DeliverySelect + " ORDER BY created DESC, id DESC LIMIT $limit", ("$limit", limit));
        }

        var all = new List<AlertDelivery>();
        foreach (var rule in ruleIds)
        {
            all.AddRange(ReadDeliveries(DeliverySelect + " WHERE rule_id = $rule ORDER BY created DESC, id DESC LIMIT $limit", ("$rule", rule), ("$limit", limit)));
        }

        return all.OrderByDescending(d => d.Created).ThenByDescending(d => d.Id, StringComparer.Ordinal).Take(limit).ToList();
    });

    public IReadOnlyList<DeliveryAttempt> Attempts(string deliveryId) => Guard("reading delivery attempts", () =>
    {
        var command = Command(null, "SELECT delivery_id, attempt, status_code, error, at FROM alert_attempts WHERE delivery_id = $id ORDER BY attempt");
        Bind(command, ("$id", deliveryId));
        using var reader = command.ExecuteReader();
        var attempts = new List<DeliveryAttempt>();
        while (reader.Read())
        {
            attempts.Add(new DeliveryAttempt(reader.GetString(0), reader.GetInt32(1), reader.GetInt32OrNull(2), reader.GetStringOrNull(3),
                StoreValues.ReadTimestamp(reader.GetString(4))));
        }

        return attempts;
    });

    public IReadOnlyList<SourceDay> SourceDays(DateOnly from) => Guard("reading source counts", () =>
    {
        var command = Command(null, "SELECT source, day, reports, last_ingested FROM source_daily_counts WHERE day >= $from ORDER BY source, day");
        Bind(command, ("$from", StoreValues.Date(from)));
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
        return Guard("raising a source alert", () =>
        {
            var id = Scalar(null, """
                INSERT INTO source_alerts (source, kind, day, detail, raised) VALUES ($source, $kind, $day, $detail, $raised)
                ON CONFLICT (source, kind, day) DO NOTHING
                RETURNING id
                """, ("$source", alert.Source), ("$kind", alert.Kind), ("$day", StoreValues.Date(alert.Day)),
                ("$detail", alert.Detail), ("$raised", StoreValues.UtcTimestamp(alert.Raised)));
            return id is null ? null : alert with { Id = Convert.ToInt64(id, CultureInfo.InvariantCulture) };
        });
    }

    public IReadOnlyList<SourceAlertRecord> SourceAlerts(int limit) => Guard("listing source alerts", () =>
    {
        var command = Command(null, "SELECT id, source, kind, day, detail, raised FROM source_alerts ORDER BY id DESC LIMIT $limit");
        Bind(command, ("$limit", limit));
        using var reader = command.ExecuteReader();
        var alerts = new List<SourceAlertRecord>();
        while (reader.Read())
        {
            alerts.Add(new SourceAlertRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), StoreValues.ReadDate(reader.GetString(3)),
                reader.GetString(4), StoreValues.ReadTimestamp(reader.GetString(5))));
        }

        return alerts;
    });

    /// <summary>
    /// Ends a fusion write: the incidents it deleted and did not write again are recorded as
    /// removed (the insert trigger has recorded the new and changed ones).
    /// </summary>
    private void SettleRemovals(SqliteTransaction transaction)
    {
        Execute(transaction, """
            INSERT INTO incident_changes (incident_id, kind, changed)
            SELECT r.incident_id, 'removed', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM incident_removals r
            WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = r.incident_id)
              AND EXISTS (SELECT 1 FROM incident_state s WHERE s.incident_id = r.incident_id)
            ORDER BY r.incident_id
            """);
        Execute(transaction, """
            DELETE FROM incident_state WHERE incident_id IN (
                SELECT r.incident_id FROM incident_removals r WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = r.incident_id))
            """);
        Execute(transaction, "DELETE FROM incident_removals");
    }

    private List<WatchRule> ReadRules(string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(null, sql);
        Bind(command, parameters);
        using var reader = command.ExecuteReader();
        var rules = new List<WatchRule>();
        while (reader.Read())
        {
            rules.Add(AlertValues.ReadRule(reader));
        }

        return rules;
    }

    private List<AlertDelivery> ReadDeliveries(string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(null, sql);
        Bind(command, parameters);
        using var reader = command.ExecuteReader();
        var deliveries = new List<AlertDelivery>();
        while (reader.Read())
        {
            deliveries.Add(AlertValues.ReadDelivery(reader));
        }

        return deliveries;
    }
}
