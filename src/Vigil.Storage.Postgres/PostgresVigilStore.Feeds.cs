using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Vigil.Storage.Feeds;

namespace Vigil.Storage.Postgres;

/// <summary>
/// Feeds, leases and poll health (migration 0007). A claim is
/// <c>UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING …</c>: workers
/// claiming at once each lock a different due feed, and a row another worker just leased no longer
/// matches when PostgreSQL re-checks it.
/// </summary>
public sealed partial class PostgresVigilStore : IFeedStore
{
    private const string FeedColumns = """
        id, name, url, kind, interval_seconds, source, language, next_due, leased_by, lease_until, etag, last_modified,
        last_poll, last_success, last_error, last_error_at, last_status, consecutive_failures, reports_total
        """;

    public void SyncFeeds(IReadOnlyList<FeedDefinition> feeds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        Transaction("saving the feed definitions", (c, t) =>
        {
            // In name order, so two workers syncing the same file lock rows in the same order.
            foreach (var feed in feeds.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                Execute(c, t, """
                    INSERT INTO feeds (name, url, kind, interval_seconds, source, language, next_due, created)
                    VALUES (@name, @url, @kind, @interval, @source, @language, @now, @now)
                    ON CONFLICT (name) DO UPDATE SET
                        next_due = CASE WHEN feeds.url <> excluded.url OR feeds.kind <> excluded.kind THEN excluded.next_due ELSE feeds.next_due END,
                        etag = CASE WHEN feeds.url <> excluded.url OR feeds.kind <> excluded.kind THEN NULL ELSE feeds.etag END,
                        last_modified = CASE WHEN feeds.url <> excluded.url OR feeds.kind <> excluded.kind THEN NULL ELSE feeds.last_modified END,
                        url = excluded.url, kind = excluded.kind, interval_seconds = excluded.interval_seconds,
                        source = excluded.source, language = excluded.language
                    """,
                    ("name", feed.Name), ("url", feed.Url), ("kind", feed.Kind), ("interval", IntervalSeconds(feed.Interval)),
                    ("source", Text(feed.Source)), ("language", Text(feed.Language)), ("now", StoreValues.UtcTimestamp(now)));
            }

            t.Commit();
            return 0;
        });
    }

    public FeedClaim? ClaimDueFeed(string workerId, IReadOnlyCollection<string> names, DateTimeOffset now, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        ArgumentNullException.ThrowIfNull(names);
        return Run("claiming a due feed", (c, t) =>
        {
            using var command = Command(c, t, $"""
                UPDATE feeds SET leased_by = @worker, lease_until = @until
                WHERE id = (SELECT id FROM feeds
                            WHERE name = ANY(@names) AND next_due <= @now AND (lease_until IS NULL OR lease_until <= @now)
                            ORDER BY next_due, name LIMIT 1
                            FOR UPDATE SKIP LOCKED)
                RETURNING {FeedColumns}
                """,
                ("worker", workerId), ("until", StoreValues.UtcTimestamp(now + lease)), ("names", Names(names)), ("now", StoreValues.UtcTimestamp(now)));
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            var row = ReadFeedRow(reader);
            return new FeedClaim(row.Definition, workerId, now + lease, row.ETag, row.LastModified, row.ConsecutiveFailures);
        });
    }

    public bool RenewFeedLease(string name, string workerId, DateTimeOffset leaseUntil)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(workerId);
        return Run($"renewing the lease of feed {name}", (c, t) => Execute(c, t,
            "UPDATE feeds SET lease_until = @until WHERE name = @name AND leased_by = @worker",
            ("until", StoreValues.UtcTimestamp(leaseUntil)), ("name", name), ("worker", workerId)) == 1);
    }

    public bool CompleteFeedPoll(string name, string workerId, FeedPollOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(workerId);
        ArgumentNullException.ThrowIfNull(outcome);
        return Transaction($"recording a poll of feed {name}", (c, t) =>
        {
            var at = StoreValues.UtcTimestamp(outcome.At);
            var id = Scalar(c, t, """
                UPDATE feeds SET leased_by = NULL, lease_until = NULL, next_due = @next, last_poll = @at, last_status = @status,
                    last_success = CASE WHEN @error::text IS NULL THEN @at ELSE last_success END,
                    last_error = CASE WHEN @error::text IS NULL THEN last_error ELSE @error END,
                    last_error_at = CASE WHEN @error::text IS NULL THEN last_error_at ELSE @at END,
                    consecutive_failures = CASE WHEN @error::text IS NULL THEN 0 ELSE consecutive_failures + 1 END,
                    etag = COALESCE(@etag, etag), last_modified = COALESCE(@modified, last_modified),
                    reports_total = reports_total + @new
                WHERE name = @name AND leased_by = @worker
                RETURNING id
                """,
                ("next", StoreValues.UtcTimestamp(outcome.NextDue)), ("at", at), ("status", Int(outcome.HttpStatus)),
                ("error", Text(outcome.Error)), ("etag", Text(outcome.ETag)), ("modified", Text(outcome.LastModified)),
                ("new", outcome.NewReports), ("name", name), ("worker", workerId));
            if (id is not long feedId)
            {
                t.Rollback();
                return false;
            }

            Execute(c, t, "INSERT INTO feed_polls (feed_id, at, status, error, new_reports) VALUES (@feed, @at, @status, @error, @new)",
                ("feed", feedId), ("at", at), ("status", Int(outcome.HttpStatus)), ("error", Text(outcome.Error)), ("new", outcome.NewReports));
            Execute(c, t, "DELETE FROM feed_polls WHERE feed_id = @feed AND at < @before",
                ("feed", feedId), ("before", StoreValues.UtcTimestamp(outcome.At - FeedStores.PollHistory)));
            t.Commit();
            return true;
        });
    }

    public DateTimeOffset? NextFeedDue(IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return Run("reading when a feed is due", (c, t) => Scalar(c, t, """
            SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_due THEN lease_until ELSE next_due END)
            FROM feeds WHERE name = ANY(@names)
            """, ("names", Names(names))) is string text ? StoreValues.ReadTimestamp(text) : (DateTimeOffset?)null);
    }

    public IReadOnlyList<FeedHealth> FeedHealths(DateTimeOffset now) =>
        Run("listing feeds", (c, t) => ReadHealth(c, t, "SELECT " + FeedColumns + " FROM feeds ORDER BY name COLLATE \"C\"", now));

    public FeedHealth? FeedHealth(string name, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run($"reading feed {name}", (c, t) => ReadHealth(c, t, "SELECT " + FeedColumns + " FROM feeds WHERE name = @name", now, ("name", name)).FirstOrDefault());
    }

    private static List<FeedHealth> ReadHealth(NpgsqlConnection c, NpgsqlTransaction? t, string sql, DateTimeOffset now, params (string Name, object Value)[] parameters)
    {
        var rows = new List<FeedRow>();
        using (var command = Command(c, t, sql, parameters))
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
            using (var perDay = Command(c, t, "SELECT substr(at, 1, 10), SUM(new_reports)::int FROM feed_polls WHERE feed_id = @feed AND at >= @since GROUP BY 1",
                       ("feed", row.Id), ("since", since7)))
            using (var reader = perDay.ExecuteReader())
            {
                while (reader.Read())
                {
                    days.Add(new FeedDayCount(StoreValues.ReadDate(reader.GetString(0)), reader.GetInt32(1)));
                }
            }

            var reports24 = Convert.ToInt32(Scalar(c, t, "SELECT COALESCE(SUM(new_reports), 0) FROM feed_polls WHERE feed_id = @feed AND at > @since AND at <= @now",
                ("feed", row.Id), ("since", since24), ("now", StoreValues.UtcTimestamp(now))), CultureInfo.InvariantCulture);
            health.Add(row.ToHealth(reports24, FeedStores.LastSevenDays(days, now)));
        }

        return health;
    }

    private static FeedRow ReadFeedRow(NpgsqlDataReader reader)
    {
        static DateTimeOffset? Time(NpgsqlDataReader r, int i) => r.GetStringOrNull(i) is { } text ? StoreValues.ReadTimestamp(text) : null;
        return new FeedRow(
            reader.GetInt64(0),
            new FeedDefinition(reader.GetString(1), reader.GetString(2), reader.GetString(3), TimeSpan.FromSeconds(reader.GetInt32(4)),
                reader.GetStringOrNull(5), reader.GetStringOrNull(6)),
            StoreValues.ReadTimestamp(reader.GetString(7)), reader.GetStringOrNull(8), Time(reader, 9), reader.GetStringOrNull(10),
            reader.GetStringOrNull(11), Time(reader, 12), Time(reader, 13), reader.GetStringOrNull(14), Time(reader, 15),
            reader.GetInt32OrNull(16), reader.GetInt32(17), reader.GetInt64(18));
    }

    private static NpgsqlParameter Names(IReadOnlyCollection<string> names) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = names.ToArray() };

    private static int IntervalSeconds(TimeSpan interval) => (int)Math.Clamp(Math.Ceiling(interval.TotalSeconds), 1, int.MaxValue);
}
