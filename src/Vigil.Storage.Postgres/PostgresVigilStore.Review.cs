using System.Globalization;
using Npgsql;
using Vigil.Storage.Review;

namespace Vigil.Storage.Postgres;

/// <summary>Review decisions, "who is reviewing it", the review queue and the audit trail (migration 0005).</summary>
public sealed partial class PostgresVigilStore : IReviewStore, IAuditStore
{
    public long AddDecision(StoredDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Transaction("storing a review decision", (c, t) =>
        {
            var id = Convert.ToInt64(Scalar(c, t, """
                INSERT INTO review_decisions (action, actor, at, note, anchors, payload)
                VALUES (@action, @actor, @at, @note, @anchors, @payload)
                RETURNING id
                """, ("action", decision.Action), ("actor", decision.Actor), ("at", StoreValues.UtcTimestamp(decision.At)),
                ("note", decision.Note), ("anchors", decision.Anchors), ("payload", decision.Payload)), CultureInfo.InvariantCulture);
            foreach (var key in decision.ReportKeys.Distinct(StringComparer.Ordinal))
            {
                Execute(c, t, "INSERT INTO review_decision_reports (report_key, decision_id) VALUES (@key, @id)", ("key", key), ("id", id));
            }

            t.Commit();
            return id;
        });
    }

    public IReadOnlyList<StoredDecision> Decisions() => Run("reading review decisions", (c, t) => ReadDecisions(c, t));

    private static List<StoredDecision> ReadDecisions(NpgsqlConnection c, NpgsqlTransaction? t)
    {
        var keys = new Dictionary<long, List<string>>();
        using (var command = Command(c, t, "SELECT decision_id, report_key FROM review_decision_reports ORDER BY decision_id, report_key COLLATE \"C\""))
        using (var reader = command.ExecuteReader())
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

        using var rowsCommand = Command(c, t, "SELECT id, action, actor, at, note, anchors, payload FROM review_decisions ORDER BY id");
        using var rows = rowsCommand.ExecuteReader();
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
        return Run("reading who reviews an incident", (c, t) => ReadReviewing(c, t, incidentId, now, lapse));
    }

    private static ReviewingClaim? ReadReviewing(NpgsqlConnection c, NpgsqlTransaction? t, string incidentId, DateTimeOffset now, TimeSpan lapse)
    {
        using var command = Command(c, t, "SELECT analyst, since FROM reviewing WHERE incident_id = @id", ("id", incidentId));
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
        return Transaction("claiming an incident for review", (c, t) =>
        {
            // One claim at a time per incident: the row (or its absence) is locked for the check.
            Execute(c, t, "SELECT pg_advisory_xact_lock(hashtext(@id))", ("id", incidentId));
            var holder = ReadReviewing(c, t, incidentId, now, lapse);
            if (holder is not null && !string.Equals(holder.Analyst, analyst, StringComparison.OrdinalIgnoreCase))
            {
                t.Commit();
                return holder;
            }

            Execute(c, t, """
                INSERT INTO reviewing (incident_id, analyst, since) VALUES (@id, @analyst, @since)
                ON CONFLICT (incident_id) DO UPDATE SET analyst = excluded.analyst, since = excluded.since
                """, ("id", incidentId), ("analyst", analyst), ("since", StoreValues.UtcTimestamp(now)));
            t.Commit();
            return new ReviewingClaim(incidentId, analyst, now);
        });
    }

    public bool ReleaseReviewing(string incidentId, string analyst)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        ArgumentNullException.ThrowIfNull(analyst);
        return Run("releasing an incident", (c, t) =>
            Execute(c, t, "DELETE FROM reviewing WHERE incident_id = @id AND lower(analyst) = lower(@analyst)", ("id", incidentId), ("analyst", analyst)) == 1);
    }

    public Page<ReviewQueueItem> ReviewQueue(int limit, PageCursor? after = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPage);
        return Transaction("listing the review queue", (c, t) =>
        {
            const string Where = "WHERE i.review_flags > 0 AND i.review_status <> 'verified'";
            var total = Convert.ToInt64(Scalar(c, t, "SELECT COUNT(*) FROM incidents i " + Where), CultureInfo.InvariantCulture);
            var keyset = after is null ? string.Empty : " AND (i.review_flags < @flags OR (i.review_flags = @flags AND i.id COLLATE \"C\" > @id))";
            var parameters = new List<(string, object)> { ("limit", limit + 1) };
            if (after is { } cursor)
            {
                parameters.Add(("flags", ReviewRows.QueueFlags(cursor)));
                parameters.Add(("id", cursor.Id));
            }

            var items = new List<ReviewQueueItem>();
            using (var command = Command(c, t, SummarySelect + ", i.review_flags, i.review_status\nFROM incidents i\n" + Where + keyset
                + "\nORDER BY i.review_flags DESC, i.id COLLATE \"C\"\nLIMIT @limit", [.. parameters]))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    items.Add(new ReviewQueueItem(StoreRows.Summary(reader), reader.GetInt32(20), reader.GetString(21)));
                }
            }

            t.Commit();
            return ReviewRows.QueuePage(items, limit, total);
        }, System.Data.IsolationLevel.RepeatableRead);
    }

    /// <summary>The review columns of an incident, in its insert batch (called from <see cref="AddIncident"/>).</summary>
    private static void AddReviewColumns(NpgsqlBatch batch, StoredIncident incident) =>
        Add(batch, "UPDATE incidents SET review_status = @status, review_flags = @flags WHERE id = @id",
            ("status", incident.ReviewStatus), ("flags", incident.ReviewFlags), ("id", incident.Id));

    public long Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Run("appending to the audit log", (c, t) => Convert.ToInt64(Scalar(c, t, """
            INSERT INTO audit_log (at, actor, action, target, before, after, note)
            VALUES (@at, @actor, @action, @target, @before, @after, @note)
            RETURNING id
            """, ("at", StoreValues.UtcTimestamp(entry.At)), ("actor", entry.Actor), ("action", entry.Action),
            ("target", Text(entry.Target)), ("before", Text(entry.Before)), ("after", Text(entry.After)), ("note", Text(entry.Note))),
            CultureInfo.InvariantCulture));
    }

    public Page<AuditEntry> Audit(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, MaxPage);
        return Transaction("reading the audit log", (c, t) =>
        {
            var (where, parameters) = ReviewRows.AuditWhere(query, "@");
            var named = parameters.Select(static p => (p.Name.TrimStart('@'), p.Value)).ToList();
            var total = Convert.ToInt64(Scalar(c, t, "SELECT COUNT(*) FROM audit_log" + where.Filter, [.. named]), CultureInfo.InvariantCulture);
            var items = new List<AuditEntry>();
            using (var command = Command(c, t, "SELECT id, at, actor, action, target, before, after, note FROM audit_log"
                + where.Page + " ORDER BY id DESC LIMIT @limit", [.. named, ("limit", query.Limit + 1)]))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    items.Add(new AuditEntry(reader.GetInt64(0), StoreValues.ReadTimestamp(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                        reader.GetStringOrNull(4), reader.GetStringOrNull(5), reader.GetStringOrNull(6), reader.GetStringOrNull(7)));
                }
            }

            t.Commit();
            return ReviewRows.AuditPage(items, query.Limit, total);
        }, System.Data.IsolationLevel.RepeatableRead);
    }
}
