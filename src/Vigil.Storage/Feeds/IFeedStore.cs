namespace Vigil.Storage.Feeds;

/// <summary>The kinds of feed <c>vigil watch</c> polls (the <c>kind</c> field of FEEDS.yaml).</summary>
public static class FeedKinds
{
    public const string Rss = "rss";
    public const string Atom = "atom";
    public const string Json = "json";
    public const string TelegramPreview = "telegram-preview";

    public static IReadOnlyList<string> All { get; } = [Rss, Atom, Json, TelegramPreview];
}

/// <summary>One feed as FEEDS.yaml defines it. <see cref="Name"/> is its identity in the store and the API.</summary>
public sealed record FeedDefinition(
    string Name,
    string Url,
    string Kind,
    TimeSpan Interval,
    string? Source = null,
    string? Language = null);

/// <summary>
/// A feed leased to one worker until <see cref="LeaseUntil"/>, with what the last poll left for the
/// next one: the validators of a conditional request and the run of failures (for backoff).
/// </summary>
public sealed record FeedClaim(
    FeedDefinition Feed,
    string WorkerId,
    DateTimeOffset LeaseUntil,
    string? ETag,
    string? LastModified,
    int ConsecutiveFailures);

/// <summary>
/// What one poll found. <see cref="Error"/> null is a success (a 304 is one, with no reports);
/// <see cref="ETag"/>/<see cref="LastModified"/> are kept for the next conditional request (null
/// keeps the stored ones on a failure or a 304).
/// </summary>
public sealed record FeedPollOutcome(
    DateTimeOffset At,
    int? HttpStatus,
    string? Error,
    int NewReports,
    DateTimeOffset NextDue,
    string? ETag = null,
    string? LastModified = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>Reports a feed brought in on one UTC day (new reports and new versions).</summary>
public sealed record FeedDayCount(DateOnly Day, int Reports);

/// <summary>A feed's health as the last polls left it.</summary>
public sealed record FeedHealth(
    string Name,
    string Url,
    string Kind,
    int IntervalSeconds,
    string? Source,
    string? Language,
    DateTimeOffset? LastPoll,
    DateTimeOffset? LastSuccess,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int ConsecutiveFailures,
    int? LastStatus,
    DateTimeOffset NextDue,
    string? LeasedBy,
    DateTimeOffset? LeaseUntil,
    long ReportsTotal,
    [property: System.Text.Json.Serialization.JsonPropertyName("reports_last_24h")] int ReportsLast24Hours,
    IReadOnlyList<FeedDayCount> ReportsPerDay);

/// <summary>
/// The feeds <c>vigil watch</c> polls and their health, in the same database as the reports
/// (migration 0007). Several workers share it: a feed is polled by the worker holding its lease,
/// taken by one conditional update in the database, so there is no lock manager of ours. Times are
/// the callers' (UTC compared), so workers on several machines need synchronised clocks.
/// </summary>
public interface IFeedStore
{
    /// <summary>
    /// Adds the feeds not yet stored (due at <paramref name="now"/>) and updates the definitions of
    /// the others; a feed whose URL or kind changed is due now and forgets its validators. Feeds
    /// missing from <paramref name="feeds"/> are left alone (another worker may poll them).
    /// </summary>
    void SyncFeeds(IReadOnlyList<FeedDefinition> feeds, DateTimeOffset now);

    /// <summary>
    /// Leases the most overdue feed among <paramref name="names"/> that is due at
    /// <paramref name="now"/> and not leased (or whose lease ran out) to <paramref name="workerId"/>
    /// until <paramref name="now"/> + <paramref name="lease"/>; null when none is.
    /// </summary>
    FeedClaim? ClaimDueFeed(string workerId, IReadOnlyCollection<string> names, DateTimeOffset now, TimeSpan lease);

    /// <summary>Extends a lease the worker still holds; false when it has lost it.</summary>
    bool RenewFeedLease(string name, string workerId, DateTimeOffset leaseUntil);

    /// <summary>
    /// Records a poll and releases the lease, when <paramref name="workerId"/> still holds it; false
    /// (nothing written) when it does not.
    /// </summary>
    bool CompleteFeedPoll(string name, string workerId, FeedPollOutcome outcome);

    /// <summary>The earliest time one of <paramref name="names"/> is due (or its lease runs out); null when none is stored.</summary>
    DateTimeOffset? NextFeedDue(IReadOnlyCollection<string> names);

    /// <summary>Every stored feed's health by name; counts of the last 24 hours and 7 UTC days end at <paramref name="now"/>.</summary>
    IReadOnlyList<FeedHealth> FeedHealths(DateTimeOffset now);

    /// <summary>One feed's health, or null.</summary>
    FeedHealth? FeedHealth(string name, DateTimeOffset now);
}

/// <summary>The feeds side of a data store (the same database).</summary>
public static class FeedStores
{
    /// <summary>How long polls are kept for the per-day counts: the 7 days shown and a margin.</summary>
    public static readonly TimeSpan PollHistory = TimeSpan.FromDays(8);

    /// <summary>The feeds side of an opened store.</summary>
    /// <exception cref="StoreException">This store keeps no feeds.</exception>
    public static IFeedStore Feeds(this IVigilStore store) =>
        store as IFeedStore ?? throw new StoreException("this store keeps no feeds");

    /// <summary>The 7 UTC days ending with <paramref name="now"/>'s day, oldest first, zero where nothing came.</summary>
    public static IReadOnlyList<FeedDayCount> LastSevenDays(IEnumerable<FeedDayCount> counts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var byDay = counts.GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.Sum(c => c.Reports));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return Enumerable.Range(0, 7).Select(i => today.AddDays(i - 6)).Select(d => new FeedDayCount(d, byDay.GetValueOrDefault(d))).ToList();
    }
}
