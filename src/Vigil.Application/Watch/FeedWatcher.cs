using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Application.Ingest;
using Vigil.Ingestion;
using Vigil.Ingestion.Feeds;
using Vigil.Storage;
using Vigil.Storage.Feeds;

namespace Vigil.Application.Watch;

/// <summary>How a watcher works with the others on the same store.</summary>
public sealed record FeedWatcherOptions
{
    /// <summary>Names this worker in leases and health; several workers need different ids.</summary>
    public string WorkerId { get; init; } = DefaultWorkerId();

    /// <summary>Poll every due feed once, then stop (for cron and tests).</summary>
    public bool Once { get; init; }

    /// <summary>How long a claimed feed stays leased without renewal: a killed worker's feeds wait this long for another.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest sleep between looks for a due feed (another worker may have released one).</summary>
    public TimeSpan MaxIdle { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between polls of a failing feed, however many failures.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    public FeedFetchOptions Fetch { get; init; } = new();

    public static string DefaultWorkerId() => string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}");
}

/// <summary>What one poll of one feed did, for progress lines.</summary>
public sealed record FeedPollReport(
    string Feed,
    int? HttpStatus,
    string? Error,
    int Items,
    int New,
    int Updated,
    int Unchanged,
    IReadOnlyList<string> ItemFailures,
    TimeSpan Took,
    DateTimeOffset NextDue,
    bool LeaseLost)
{
    public bool Failed => Error is not null;
}

/// <summary>
/// <c>vigil watch</c>: claims due feeds from the store one at a time (a lease in the database, so
/// several workers never poll one feed at once), fetches each with conditional requests and
/// retries, reads it with the reader its kind names, ingests the new items through the normal
/// pipeline (extraction, storage, incremental fusion), and records the poll's health. Stopping
/// (the token) is honoured between feeds: a poll under way is finished and recorded.
/// </summary>
public sealed class FeedWatcher
{
    private readonly Func<IVigilStore> _openStore;
    private readonly IReadOnlyList<FeedDefinition> _feeds;
    private readonly FeedWatcherOptions _options;
    private readonly FeedFetcher _fetcher;
    private readonly IngestService _ingest;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly Lock _leaseLock = new();

    public FeedWatcher(
        Func<IVigilStore> openStore,
        IReadOnlyList<FeedDefinition> feeds,
        FeedWatcherOptions? options = null,
        HttpClient? client = null,
        TimeProvider? clock = null,
        ILogger<FeedWatcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(openStore);
        ArgumentNullException.ThrowIfNull(feeds);
        _openStore = openStore;
        _feeds = feeds;
        _options = options ?? new FeedWatcherOptions();
        _clock = clock ?? TimeProvider.System;
        _fetcher = new FeedFetcher(client ?? FeedFetcher.SharedClient, _options.Fetch, _clock);
        _ingest = new IngestService();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Hears of every poll as it is recorded.</summary>
    public event EventHandler<FeedPollReport>? Polled;

    /// <summary>Polls until <paramref name="stop"/> (or, with <see cref="FeedWatcherOptions.Once"/>, until no feed is due); returns every poll.</summary>
    /// <exception cref="StoreException">The store failed (unreachable, unwritable).</exception>
    public async Task<IReadOnlyList<FeedPollReport>> RunAsync(CancellationToken stop = default)
    {
        var reports = new List<FeedPollReport>();
        using var leases = _openStore();
        using var work = _openStore();
        var feeds = leases.Feeds();
        feeds.SyncFeeds(_feeds, _clock.GetUtcNow());
        var remaining = _feeds.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        while (!stop.IsCancellationRequested && remaining.Count > 0)
        {
            FeedClaim? claim;
            lock (_leaseLock)
            {
                claim = feeds.ClaimDueFeed(_options.WorkerId, remaining, _clock.GetUtcNow(), _options.Lease);
            }

            if (claim is null)
            {
                if (_options.Once)
                {
                    break;
                }

                var now = _clock.GetUtcNow();
                var next = feeds.NextFeedDue(remaining) ?? now + _options.MaxIdle;
                var idle = next - now;
                idle = idle < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : idle > _options.MaxIdle ? _options.MaxIdle : idle;
                try
                {
                    await Task.Delay(idle, _clock, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }

            if (_options.Once)
            {
                remaining.Remove(claim.Feed.Name);
            }

            var report = await PollAsync(feeds, work, claim).ConfigureAwait(false);
            reports.Add(report);
            Polled?.Invoke(this, report);
        }

        return reports;
    }

    private async Task<FeedPollReport> PollAsync(IFeedStore feeds, IVigilStore work, FeedClaim claim)
    {
        var feed = claim.Feed;
        var started = Stopwatch.GetTimestamp();
        using var renewing = new CancellationTokenSource();
        var renewal = RenewAsync(feeds, feed.Name, renewing.Token);
        FeedFetch? fetch = null;
        var items = 0;
        IngestSummary? summary = null;
        string? error;
        try
        {
            // Not the stop token: a poll under way is finished, so its items and health are recorded together.
            fetch = await _fetcher.FetchAsync(claim, CancellationToken.None).ConfigureAwait(false);
            error = fetch.Error;
            if (error is null && !fetch.NotModified)
            {
                var results = FeedBodies.Read(fetch.Body!, BodyKind(feed.Kind), feed.Url);
                items = results.Count;
                if (results.Count > 0 && results.All(r => !r.IsSuccess) && results.Any(r => r.Origin == feed.Url))
                {
                    // The document itself is unreadable (malformed XML, an error page): the poll failed.
                    error = results.First(r => r.Origin == feed.Url).Error;
                }
                else if (results.Count > 0)
                {
                    summary = _ingest.Run(work, results.Select(r => ToInput(r, feed)).ToList());
                }
            }
        }
#pragma warning disable CA1031 // Any fault in one feed's poll (a store that went away, a reader bug) is that feed's error, not the end of every feed.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            error = $"{e.GetType().Name}: {e.Message}";
            // Its items may not be stored: forget this body's validators so the next poll fetches it again.
            fetch = fetch is null ? null : fetch with { ETag = null, LastModified = null };
        }
        finally
        {
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
        }

        var now = _clock.GetUtcNow();
        var failures = error is null ? 0 : claim.ConsecutiveFailures + 1;
        var nextDue = now + NextDelay(feed.Interval, failures, fetch?.RetryAfter);
        var newReports = summary is null ? 0 : summary.New + summary.Updated;
        bool recorded;
        lock (_leaseLock)
        {
            recorded = feeds.CompleteFeedPoll(feed.Name, _options.WorkerId,
                new FeedPollOutcome(now, fetch?.Status, error, newReports, nextDue, fetch?.ETag, fetch?.LastModified));
        }

        if (error is not null)
        {
            WatchLog.PollFailed(_logger, feed.Name, error);
        }

        return new FeedPollReport(feed.Name, fetch?.Status, error, items, summary?.New ?? 0, summary?.Updated ?? 0, summary?.Unchanged ?? 0,
            summary?.Failures.Select(f => f.Origin + ": " + f.Error).ToList() ?? [], Stopwatch.GetElapsedTime(started), nextDue, !recorded);
    }

    /// <summary>
    /// The wait before the next poll: the interval after a success; after the n-th failure in a row
    /// the interval times 2^(n-1), with ±20% jitter so failing workers do not return in step, capped
    /// at <see cref="FeedWatcherOptions.MaxBackoff"/>, and never before the server's Retry-After.
    /// </summary>
    internal TimeSpan NextDelay(TimeSpan interval, int consecutiveFailures, TimeSpan? retryAfter)
    {
        if (consecutiveFailures <= 0)
        {
            return interval;
        }

        var factor = Math.Pow(2, Math.Min(consecutiveFailures - 1, 20)) * (0.8 + (0.4 * Random.Shared.NextDouble()));
        var cap = _options.MaxBackoff > interval ? _options.MaxBackoff : interval;
        var delay = TimeSpan.FromSeconds(Math.Min(interval.TotalSeconds * factor, cap.TotalSeconds));
        return retryAfter is { } wait && wait > delay ? wait : delay;
    }

    private async Task RenewAsync(IFeedStore feeds, string name, CancellationToken cancellationToken)
    {
        var every = _options.Lease / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, _clock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                lock (_leaseLock)
                {
                    if (!feeds.RenewFeedLease(name, _options.WorkerId, _clock.GetUtcNow() + _options.Lease))
                    {
                        WatchLog.LeaseLost(_logger, name);
                        return;
                    }
                }
            }
            catch (StoreException e)
            {
                // The poll goes on; if the lease runs out meanwhile, its record is refused and another worker polls again.
                WatchLog.RenewFailed(_logger, name, e.Message);
            }
        }
    }

    private static IngestInput ToInput(ReadResult result, FeedDefinition feed)
    {
        if (result.Report is not { } report)
        {
            return IngestInput.Failed(result.Origin, result.Error ?? "unreadable");
        }

        // The operator's source name and language for the feed win over what its items declare.
        return IngestInput.Read(report with
        {
            Source = feed.Source ?? report.Source,
            Language = feed.Language ?? report.Language,
        });
    }

    private static FeedBodyKind BodyKind(string kind) => kind switch
    {
        FeedKinds.Json => FeedBodyKind.Json,
        FeedKinds.TelegramPreview => FeedBodyKind.TelegramPreview,
        _ => FeedBodyKind.Xml,
    };
}

/// <summary>The watcher's log messages.</summary>
internal static partial class WatchLog
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Feed {Feed} poll failed: {Reason}")]
    public static partial void PollFailed(ILogger logger, string feed, string reason);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Lost the lease of feed {Feed}: another worker may poll it")]
    public static partial void LeaseLost(ILogger logger, string feed);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Could not renew the lease of feed {Feed}: {Reason}")]
    public static partial void RenewFailed(ILogger logger, string feed, string reason);
}
