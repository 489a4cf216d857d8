using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Storage.Review;

namespace Vigil.Storage.Sqlite;

/// <summary>Review decisions, "who is reviewing it", the review queue and the audit trail (migration 0005).</summary>
public sealed partial class SqliteVigilStore : IReviewStore, IAuditStore
{
    private const string DecisionSelect = "SELECT id, action, actor, at, note, anchors, payload FROM review_decisions";

    public long AddDecision(StoredDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Guard("storing a review decision", () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var id = Convert.ToInt64(Scalar(transaction, """
                INSERT INTO review_decisions (action, actor, at, note, anchors, payload)
                VALUES ($action, $actor, $at, $note, $anchors, $payload)
                RETURNING id
                """, ("$action", decision.Action), ("$actor", decision.Actor), ("$at", StoreValues.UtcTimestamp(decision.At)),
                ("$note", decision.Note), ("$anchors", decision.Anchors), ("$payload", decision.Payload)), CultureInfo.InvariantCulture);
            foreach (var key in decision.ReportKeys.Distinct(StringComparer.Ordinal))
            {
                Execute(transaction, "INSERT INTO review_decision_reports (report_key, decision_id) VALUES ($key, $id)", ("$key", key), ("$id", id));
            }

            transaction.Commit();
            return id;
        });
    }

    public IReadOnlyList<StoredDecision> Decisions() => Guard("reading review decisions", () => ReadDecisions(null));

    /// <summary>Every decision with its report keys, oldest first, inside <paramref name="transaction"/> when given.</summary>
    private List<StoredDecision> ReadDecisions(SqliteTransaction? transaction)
    {
        var keys = new Dictionary<long, List<string>>();
        var keyCommand = Command(transaction, "SELECT decision_id, report_key FROM review_decision_reports ORDER BY decision_id, report_key");
        using (var reader = keyCommand.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!keys.TryGetValue(id, out var list))
                {
                    keys[id] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        var command = Command(transaction, DecisionSelect + " ORDER BY id");
        using var rows = command.ExecuteReader();
        var decisions = new List<StoredDecision>();
        while (rows.Read())
        {
            var id = rows.GetInt64(0);
            decisions.Add(new StoredDecision(id, rows.GetString(1), rows.GetString(2), StoreValues.ReadTimestamp(rows.GetString(3)),
                rows.GetString(4), rows.GetString(5), rows.GetString(6), keys.TryGetValue(id, out var list) ? list : []));
        }

        return decisions;
    }

    public ReviewingClaim? Reviewing(string incidentId, DateTimeOffset now, TimeSpan lapse)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return Guard("reading who reviews an incident", () => ReadReviewing(null, incidentId, now, lapse));
    }

    private ReviewingClaim? ReadReviewing(SqliteTransaction? transaction, string incidentId, DateTimeOffset now, TimeSpan lapse)
    {
        var command = Command(transaction, "SELECT analyst, since FROM reviewing WHERE incident_id = $id");
        Bind(command, ("$id", incidentId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var since = StoreValues.ReadTimestamp(reader.GetString(1));
        return now - since >= lapse ? null : new ReviewingClaim(incidentId, reader.GetString(0), since);
    }

    public ReviewingClaim ClaimReviewing(string incidentId, string analyst, DateTimeOffset now, TimeSpan lapse)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        ArgumentNullException.ThrowIfNull(analyst);
        return Guard("claiming an incident for review", () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var holder = ReadReviewing(transaction, incidentId, now, lapse);
            if (holder is not null && !string.Equals(holder.Analyst, analyst, StringComparison.OrdinalIgnoreCase))
            {
                transaction.Commit();
                return holder;
            }

            Execute(transaction, """
                INSERT INTO reviewing (incident_id, analyst, since) VALUES ($id, $analyst, $since)
                ON CONFLICT (incident_id) DO UPDATE SET analyst = excluded.analyst, since = excluded.since
                """, ("$id", incidentId), ("$analyst", analyst), ("$since", StoreValues.UtcTimestamp(now)));
            transaction.Commit();
            return new ReviewingClaim(incidentId, analyst, now);
        });
    }

    public bool ReleaseReviewing(string incidentId, string analyst)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        ArgumentNullException.ThrowIfNull(analyst);
        return Guard("releasing an incident", () =>
        {
            var command = Command(null, "DELETE FROM reviewing WHERE incident_id = $id AND analyst = $analyst COLLATE NOCASE");
            Bind(command, ("$id", incidentId), ("$analyst", analyst));
            return command.ExecuteNonQuery() == 1;
        });
    }

    public Page<ReviewQueueItem> ReviewQueue(int limit, PageCursor? after = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPage);
        return Guard("listing the review queue", () =>
        {
            const string Where = "WHERE i.review_flags > 0 AND i.review_status <> 'verified'";
            using var transaction = _connection.BeginTransaction(deferred: true);
            var total = Convert.ToInt64(Scalar(transaction, "SELECT COUNT(*) FROM incidents i " + Where), CultureInfo.InvariantCulture);
            var keyset = after is null ? string.Empty : " AND (i.review_flags < $flags OR (i.review_flags = $flags AND i.id > $id))";
            var command = Command(transaction, SummarySelect + ", i.review_flags, i.review_status\nFROM incidents i\n" + Where + keyset
                + "\nORDER BY i.review_flags DESC, i.id\nLIMIT $limit");
            if (after is { } cursor)
            {
                Bind(command, ("$flags", ReviewRows.QueueFlags(cursor)), ("$id", cursor.Id));
            }

            Bind(command, ("$limit", limit + 1));
            var items = new List<ReviewQueueItem>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    items.Add(new ReviewQueueItem(StoreRows.Summary(reader), reader.GetInt32(20), reader.GetString(21)));
                }
            }

            transaction.Commit();
            return ReviewRows.QueuePage(items, limit, total);
        });
    }

    public long Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Guard("appending to the audit log", () => Convert.ToInt64(Scalar(null, """
            INSERT INTO audit_log (at, actor, action, target, before, after, note)
            VALUES ($at, $actor, $action, $target, $before, $after, $note)
            RETURNING id
            """, ("$at", StoreValues.UtcTimestamp(entry.At)), ("$actor", entry.Actor), ("$action", entry.Action),
            ("$target", StoreValues.OrNull(entry.Target)), ("$before", StoreValues.OrNull(entry.Before)),
            ("$after", StoreValues.OrNull(entry.After)), ("$note", StoreValues.OrNull(entry.Note))), CultureInfo.InvariantCulture));
    }

    public Page<AuditEntry> Audit(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, MaxPage);
        return Guard("reading the audit log", () =>
        {
            var (where, parameters) = ReviewRows.AuditWhere(query, "$");
            using var transaction = _connection.BeginTransaction(deferred: true);
            var count = Command(transaction, "SELECT COUNT(*) FROM audit_log" + where.Filter);
            Bind(count, [.. parameters]);
            var total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            var page = Command(transaction, "SELECT id, at, actor, action, target, before, after, note FROM audit_log"
                + where.Page + " ORDER BY id DESC LIMIT $limit");
            Bind(page, [.. parameters, ("$limit", query.Limit + 1)]);
            var items = new List<AuditEntry>();
            using (var reader = page.ExecuteReader())
            {
                while (reader.Read())
                {
                    items.Add(new AuditEntry(reader.GetInt64(0), StoreValues.ReadTimestamp(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                        reader.GetStringOrNull(4), reader.GetStringOrNull(5), reader.GetStringOrNull(6), reader.GetStringOrNull(7)));
                }
            }

            transaction.Commit();
            return ReviewRows.AuditPage(items, query.Limit, total);
        });
    }
}
