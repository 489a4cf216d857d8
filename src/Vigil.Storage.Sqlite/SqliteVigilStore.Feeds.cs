using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Storage.Feeds;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Feeds, leases and poll health (migration 0007). A claim is one conditional UPDATE inside an
/// immediate transaction: SQLite's single writer lock serialises claims of every process on the file.
/// </summary>
public sealed partial class SqliteVigilStore : IFeedStore
{
    private const string FeedColumns = """
        id, name, url, kind, interval_seconds, source, language, next_due, leased_by, lease_until, etag, last_modified,
        last_poll, last_success, last_error, last_error_at, last_status, consecutive_failures, reports_total
        """;

    public void SyncFeeds(IReadOnlyList<FeedDefinition> feeds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        Guard("saving the feed definitions", () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            foreach (var feed in feeds)
            {
                Execute(transaction, """
                    INSERT INTO feeds (name, url, kind, interval_seconds, source, language, next_due, created)
                    VALUES ($name, $url, $kind, $interval, $source, $language, $now, $now)
                    ON CONFLICT (name) DO UPDATE SET
                        next_due = CASE WHEN feeds.url <> excluded.url OR feeds.kind <> excluded.kind THEN excluded.next_due ELSE feeds.next_due END,
                        etag = CASE WHEN feeds.url <> excluded.url OR feeds.kind <> excluded.kind THEN NULL ELSE feeds.etag END,
                        last_modified = CASE WHEN feeds.url <> excluded.url OR feeds.kind <> excluded.kind THEN NULL ELSE feeds.last_modified END,
                        url = excluded.url, kind = excluded.kind, interval_seconds = excluded.interval_seconds,
                        source = excluded.source, language = excluded.language
                    """,
                    ("$name", feed.Name), ("$url", feed.Url), ("$kind", feed.Kind), ("$interval", IntervalSeconds(feed.Interval)),
                    ("$source", StoreValues.OrNull(feed.Source)), ("$language", StoreValues.OrNull(feed.Language)),
                    ("$now", StoreValues.UtcTimestamp(now)));
            }

            transaction.Commit();
            return 0;
        });
    }

    public FeedClaim? ClaimDueFeed(string workerId, IReadOnlyCollection<string> names, DateTimeOffset now, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        ArgumentNullException.ThrowIfNull(names);
        return Guard("claiming a due feed", () =>
        {
            // Immediate: the writer lock is taken before the read, so two processes never both see the feed free.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var command = Command(transaction, $"""
                UPDATE feeds SET leased_by = $worker, lease_until = $until
                WHERE id = (SELECT id FROM feeds
                            WHERE name IN (SELECT value FROM json_each($names)) AND next_due <= $now
                              AND (lease_until IS NULL OR lease_until <= $now)
                            ORDER BY next_due, name LIMIT 1)
                RETURNING {FeedColumns}
                """);
            Bind(command, ("$worker", workerId), ("$until", StoreValues.UtcTimestamp(now + lease)),
                ("$names", JsonSerializer.Serialize(names)), ("$now", StoreValues.UtcTimestamp(now)));
            FeedRow? row = null;
            using (var reader = command.ExecuteReader())
            {
                if (reader.Read())
                {
                    row = ReadFeedRow(reader);
                }
            }

            transaction.Commit();
            return row is null ? null : new FeedClaim(row.Definition, workerId, now + lease, row.ETag, row.LastModified, row.ConsecutiveFailures);
        });
    }

    public bool RenewFeedLease(string name, string workerId, DateTimeOffset leaseUntil)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(workerId);
        return Guard($"renewing the lease of feed {name}", () =>
        {
            var command = Command(null, "UPDATE feeds SET lease_until = $until WHERE name = $name AND leased_by = $worker");
            Bind(command, ("$until", StoreValues.UtcTimestamp(leaseUntil)), ("$name", name), ("$worker", workerId));
            return command.ExecuteNonQuery() == 1;
        });
    }

    public bool CompleteFeedPoll(string name, string workerId, FeedPollOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(workerId);
        ArgumentNullException.ThrowIfNull(outcome);
        return Guard($"recording a poll of feed {name}", () =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var at = StoreValues.UtcTimestamp(outcome.At);
            var update = Command(transaction, """
                UPDATE feeds SET leased_by = NULL, lease_until = NULL, next_due = $next, last_poll = $at, last_status = $status,
                    last_success = CASE WHEN $error IS NULL THEN $at ELSE last_success END,
                    last_error = CASE WHEN $error IS NULL THEN last_error ELSE $error END,
                    last_error_at = CASE WHEN $error IS NULL THEN last_error_at ELSE $at END,
                    consecutive_failures = CASE WHEN $error IS NULL THEN 0 ELSE consecutive_failures + 1 END,
                    etag = COALESCE($etag, etag), last_modified = COALESCE($modified, last_modified),
                    reports_total = reports_total + $new
                WHERE name = $name AND leased_by = $worker
                RETURNING id
                """);
            Bind(update, ("$next", StoreValues.UtcTimestamp(outcome.NextDue)), ("$at", at), ("$status", StoreValues.OrNull(outcome.HttpStatus)),
                ("$error", StoreValues.OrNull(outcome.Error)), ("$etag", StoreValues.OrNull(outcome.ETag)),
                ("$modified", StoreValues.OrNull(outcome.LastModified)), ("$new", outcome.NewReports), ("$name", name), ("$worker", workerId));
            if (update.ExecuteScalar() is not { } id)
            {
                transaction.Rollback();
                return false;
            }

            Execute(transaction, "INSERT INTO feed_polls (feed_id, at, status, error, new_reports) VALUES ($feed, $at, $status, $error, $new)",
                ("$feed", id), ("$at", at), ("$status", StoreValues.OrNull(outcome.HttpStatus)), ("$error", StoreValues.OrNull(outcome.Error)),
                ("$new", outcome.NewReports));
            Execute(transaction, "DELETE FROM feed_polls WHERE feed_id = $feed AND at < $before",
                ("$feed", id), ("$before", StoreValues.UtcTimestamp(outcome.At - FeedStores.PollHistory)));
            transaction.Commit();
            return true;
        });
    }

    public DateTimeOffset? NextFeedDue(IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return Guard("reading when a feed is due", () =>
        {
            var command = Command(null, """
                SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_due THEN lease_until ELSE next_due END)
                FROM feeds WHERE name IN (SELECT value FROM json_each($names))
                """);
            Bind(command, ("$names", JsonSerializer.Serialize(names)));
            return command.ExecuteScalar() is string text ? StoreValues.ReadTimestamp(text) : (DateTimeOffset?)null;
        });
    }

    public IReadOnlyList<FeedHealth> FeedHealths(DateTimeOffset now) =>
        Guard("listing feeds", () => ReadHealth("SELECT " + FeedColumns + " FROM feeds ORDER BY name", now));

    public FeedHealth? FeedHealth(string name, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Guard($"reading feed {name}", () => ReadHealth("SELECT " + FeedColumns + " FROM feeds WHERE name = $name", now, ("$name", name)).FirstOrDefault());
    }

    private List<FeedHealth> ReadHealth(string sql, DateTimeOffset now, params (string Name, object Value)[] parameters)
    {
        var command = Command(null, sql);
        Bind(command, parameters);
        var rows = new List<FeedRow>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(ReadFeedRow(reader));
            }
        }

        var since7 = StoreValues.UtcTimestamp(new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-6), TimeOnly.MinValue, TimeSpan.Zero));
        var since24 = StoreValues.UtcTimestamp(now.AddHours(-24));
        var health = new List<FeedHealth>(rows.Count);
        foreach (var row in rows)
        {
            var days = new List<FeedDayCount>();
            var perDay = Command(null, "SELECT substr(at, 1, 10), SUM(new_reports) FROM feed_polls WHERE feed_id = $feed AND at >= $since GROUP BY 1");
            Bind(perDay, ("$feed", row.Id), ("$since", since7));
            using (var reader = perDay.ExecuteReader())
            {
                while (reader.Read())
                {
                    days.Add(new FeedDayCount(StoreValues.ReadDate(reader.GetString(0)), reader.GetInt32(1)));
                }
            }

            var last24 = Command(null, "SELECT COALESCE(SUM(new_reports), 0) FROM feed_polls WHERE feed_id = $feed AND at > $since AND at <= $now");
            Bind(last24, ("$feed", row.Id), ("$since", since24), ("$now", StoreValues.UtcTimestamp(now)));
            var reports24 = Convert.ToInt32(last24.ExecuteScalar(), CultureInfo.InvariantCulture);
            health.Add(row.ToHealth(reports24, FeedStores.LastSevenDays(days, now)));
        }

        return health;
    }

    private static FeedRow ReadFeedRow(SqliteDataReader reader)
    {
        static DateTimeOffset? Time(SqliteDataReader r, int i) => r.GetStringOrNull(i) is { } text ? StoreValues.ReadTimestamp(text) : null;
        return new FeedRow(
            reader.GetInt64(0),
            new FeedDefinition(reader.GetString(1), reader.GetString(2), reader.GetString(3), TimeSpan.FromSeconds(reader.GetInt32(4)),
                reader.GetStringOrNull(5), reader.GetStringOrNull(6)),
            StoreValues.ReadTimestamp(reader.GetString(7)), reader.GetStringOrNull(8), Time(reader, 9), reader.GetStringOrNull(10),
            reader.GetStringOrNull(11), Time(reader, 12), Time(reader, 13), reader.GetStringOrNull(14), Time(reader, 15),
            reader.GetInt32OrNull(16), reader.GetInt32(17), reader.GetInt64(18));
    }

    private static int IntervalSeconds(TimeSpan interval) => (int)Math.Clamp(Math.Ceiling(interval.TotalSeconds), 1, int.MaxValue);
}
