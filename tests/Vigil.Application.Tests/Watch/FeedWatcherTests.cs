using Vigil.Application.Watch;
using Vigil.Storage;
using Vigil.Storage.Feeds;
using Vigil.Storage.Tests.Postgres;

namespace Vigil.Application.Tests.Watch;

/// <summary>The system clock moved by <see cref="Offset"/>: a later poll without waiting for it.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}

/// <summary>A store and a loopback feed host per test; watchers run in-process against both.</summary>
public abstract class WatchTestBase : IAsyncLifetime
{
    protected static readonly FeedWatcherOptions Fast = new()
    {
        Once = true,
        Lease = TimeSpan.FromSeconds(30),
        Fetch = new FeedFetchOptions { RetryDelay = TimeSpan.FromMilliseconds(20), MaxRetries = 2, AttemptTimeout = TimeSpan.FromSeconds(20), MaxRetryAfterWait = TimeSpan.FromSeconds(5) },
    };

    protected FeedHost Host { get; private set; } = null!;

    protected ShiftedClock Clock { get; } = new();

    protected abstract string Location { get; }

    public async Task InitializeAsync()
    {
        Host = await FeedHost.StartAsync();
        using var store = VigilStoreFactory.Open(Location, StoreAccess.Create);
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    protected IVigilStore Open() => VigilStoreFactory.Open(Location, StoreAccess.ReadWrite);

    protected Task<IReadOnlyList<FeedPollReport>> Watch(IReadOnlyList<FeedDefinition> feeds, FeedWatcherOptions? options = null) =>
        new FeedWatcher(Open, feeds, options ?? Fast, clock: Clock).RunAsync();

    protected FeedDefinition Feed(string name, string path, string kind = FeedKinds.Rss, int intervalSeconds = 300) =>
        new(name, Host.Url(path), kind, TimeSpan.FromSeconds(intervalSeconds));

    protected FeedHealth Health(string name)
    {
        using var store = Open();
        return store.Feeds().FeedHealth(name, Clock.GetUtcNow())!;
    }

    protected long Reports()
    {
        using var store = Open();
        return store.Stats().Reports;
    }

    /// <summary>
    /// Two workers on one store, at once, over feeds whose answers are held back so their polls
    /// overlap: no feed is requested twice or by both at a time, and every item is stored once.
    /// </summary>
    [Fact]
    public async Task RunAsync_TwoWorkersOneStore_EachFeedPolledOnceAndEveryItemStoredOnce()
    {
        var feeds = Enumerable.Range(1, 6).Select(i => Feed("shared-" + i, "shared/" + i + ".rss")).ToList();
        // (one worker polls one feed at a time, so no answer is given until two feeds have been asked for: the second request can
        // only be the other worker's. A fixed hold-back alone (300 ms, then 1 s) still let the first worker take all six on a
        // loaded machine while the second was opening its PostgreSQL store.)
        var requested = 0;
        var bothPolling = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        foreach (var (feed, i) in feeds.Select((f, i) => (f, i + 1)))
        {
            var body = FeedFixtures.Rss(feed.Name, 1, 4);
            Host.Serve("shared/" + i + ".rss", _ =>
            {
                if (Interlocked.Increment(ref requested) >= 2)
                {
                    bothPolling.TrySetResult();
                }

                return new FeedResponse(200, body, Delay: TimeSpan.FromMilliseconds(300), Until: bothPolling.Task);
            });
        }

        // (and a held request must outlast the gate's own 30 s: with Fast's 20 s attempt timeout, a second worker started late on a
        // loaded machine let the first one's request time out, retry, open the gate itself and take all six — a fresh-clone CI run)
        var patient = Fast with { Fetch = Fast.Fetch with { AttemptTimeout = TimeSpan.FromSeconds(60) } };
        var first = Task.Run(() => Watch(feeds, patient with { WorkerId = "worker-a" }));
        var second = Task.Run(() => Watch(feeds, patient with { WorkerId = "worker-b" }));
        var byWorker = await Task.WhenAll(first, second);
        var polls = byWorker.SelectMany(p => p).ToList();

        Assert.All(byWorker, Assert.NotEmpty); // both took part, so their claims really competed

        Assert.Equal(feeds.Select(f => f.Name).Order(StringComparer.Ordinal), polls.Select(p => p.Feed).Order(StringComparer.Ordinal));
        Assert.All(Enumerable.Range(1, 6), i => Assert.Single(Host.Requests("shared/" + i + ".rss")));
        Assert.All(Enumerable.Range(1, 6), i => Assert.Equal(1, Host.MaxInFlight("shared/" + i + ".rss")));
        Assert.Equal(24, polls.Sum(p => p.New));
        Assert.Equal(24, Reports());
        using var store = Open();
        Assert.All(feeds, f => Assert.Equal(4, store.Feeds().FeedHealth(f.Name, Clock.GetUtcNow())!.ReportsTotal));
        Assert.Single(store.ReportVersions("https://example.org/test-feeds/shared-3/2"));
    }
}

public sealed class SqliteFeedWatcherTests : WatchTestBase, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-watch-" + Guid.NewGuid().ToString("N"));

    protected override string Location => Path.Combine(_folder, "vigil.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_SecondPoll_SendsIfNoneMatchAnd304IngestsNothing()
    {
        Host.Serve("news.rss", FeedResponse.Conditional(FeedFixtures.Rss("news", 1, 3), "\"v1\""));
        var feed = Feed("news", "news.rss");

        var first = Assert.Single(await Watch([feed]));
        Clock.Offset = TimeSpan.FromMinutes(6);
        var second = Assert.Single(await Watch([feed]));

        Assert.Equal((200, 3), (first.HttpStatus, first.New));
        Assert.Equal((304, 0, 0), (second.HttpStatus, second.Items, second.New));
        var requests = Host.Requests("news.rss");
        Assert.Equal([null, "\"v1\""], requests.Select(r => r.IfNoneMatch));
        Assert.Equal(3, Reports());
        var health = Health("news");
        Assert.Equal((304, 3L, 0), (health.LastStatus, health.ReportsTotal, health.ConsecutiveFailures));
    }

    [Fact]
    public async Task RunAsync_LastModified_EchoedAsIfModifiedSince()
    {
        const string stamp = "Wed, 05 Mar 2025 10:00:00 GMT";
        Host.Serve("dated.rss", new FeedResponse(200, FeedFixtures.Rss("dated", 1, 1), LastModified: stamp));
        var feed = Feed("dated", "dated.rss");

        await Watch([feed]);
        Clock.Offset = TimeSpan.FromMinutes(6);
        await Watch([feed]);

        Assert.Equal([null, stamp], Host.Requests("dated.rss").Select(r => r.IfModifiedSince));
    }

    [Fact]
    public async Task RunAsync_NotDueYet_NotPolled()
    {
        Host.Serve("slow.rss", new FeedResponse(200, FeedFixtures.Rss("slow", 1, 1)));
        var feed = Feed("slow", "slow.rss", intervalSeconds: 600);

        await Watch([feed]);
        Clock.Offset = TimeSpan.FromMinutes(5);
        var early = await Watch([feed]);

        Assert.Empty(early);
        Assert.Single(Host.Requests("slow.rss"));
    }

    [Fact]
    public async Task RunAsync_NewItemsOnly_AcrossPolls()
    {
        var round = 1;
        Host.Serve("grow.rss", _ => new FeedResponse(200, round == 1 ? FeedFixtures.Rss("grow", 1, 3) : FeedFixtures.Rss("grow", 2, 5)));
        var feed = Feed("grow", "grow.rss");

        var first = Assert.Single(await Watch([feed]));
        round = 2;
        Clock.Offset = TimeSpan.FromMinutes(6);
        var second = Assert.Single(await Watch([feed]));

        Assert.Equal((3, 0, 0), (first.New, first.Updated, first.Unchanged));
        Assert.Equal((2, 0, 2), (second.New, second.Updated, second.Unchanged));
        Assert.Equal(5, Reports());
        Assert.Equal(5, Health("grow").ReportsLast24Hours);
    }

    [Fact]
    public async Task RunAsync_ServerErrorsThenOk_RetriedWithinThePoll()
    {
        Host.Serve("flaky.rss", FeedResponse.Sequence(new FeedResponse(500), new FeedResponse(502), new FeedResponse(200, FeedFixtures.Rss("flaky", 1, 2))));

        var poll = Assert.Single(await Watch([Feed("flaky", "flaky.rss")]));

        Assert.Null(poll.Error);
        Assert.Equal(3, Host.Requests("flaky.rss").Count);
        Assert.Equal(2, poll.New);
    }

    [Fact]
    public async Task RunAsync_ServerErrorEveryTime_HealthErrorAndBackoffGrows()
    {
        Host.Serve("down.rss", new FeedResponse(500));
        var feed = Feed("down", "down.rss", intervalSeconds: 60);

        var start = Clock.GetUtcNow();
        var first = Assert.Single(await Watch([feed]));
        var afterOne = Health("down");
        Clock.Offset = afterOne.NextDue - start + TimeSpan.FromSeconds(1);
        var secondStart = Clock.GetUtcNow();
        Assert.Single(await Watch([feed]));
        var afterTwo = Health("down");

        Assert.Equal("HTTP 500 Internal Server Error", first.Error);
        Assert.Equal(6, Host.Requests("down.rss").Count); // 1 + 2 retries, twice
        Assert.Equal((1, 500), (afterOne.ConsecutiveFailures, afterOne.LastStatus));
        Assert.Equal(2, afterTwo.ConsecutiveFailures);
        Assert.Null(afterTwo.LastSuccess);
        // 60 s × 2^(n-1), ±20%: about 60 s after one failure, about 120 s after two.
        Assert.InRange((afterOne.NextDue - start).TotalSeconds, 47, 75);
        Assert.InRange((afterTwo.NextDue - secondStart).TotalSeconds, 95, 146);
    }

    [Fact]
    public async Task RunAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        Host.Serve("busy.rss", FeedResponse.Sequence(new FeedResponse(429, RetryAfter: "1"), new FeedResponse(200, FeedFixtures.Rss("busy", 1, 1))));

        var poll = Assert.Single(await Watch([Feed("busy", "busy.rss")]));

        var requests = Host.Requests("busy.rss");
        Assert.Null(poll.Error);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task RunAsync_503WithLongRetryAfter_NoRetryAndNextPollNotBefore()
    {
        Host.Serve("maintenance.rss", new FeedResponse(503, RetryAfter: "7200"));
        var start = Clock.GetUtcNow();

        var poll = Assert.Single(await Watch([Feed("maintenance", "maintenance.rss", intervalSeconds: 60)]));

        Assert.Equal(503, poll.HttpStatus);
        Assert.Single(Host.Requests("maintenance.rss"));
        Assert.True(Health("maintenance").NextDue >= start.AddSeconds(7200));
    }

    [Fact]
    public async Task RunAsync_MalformedFeed_HealthErrorAndOtherFeedsGoOn()
    {
        Host.Serve("broken.rss", new FeedResponse(200, "<rss version=\"2.0\"><channel><item><title>cut off"));
        Host.Serve("fine.rss", new FeedResponse(200, FeedFixtures.Rss("fine", 1, 2)));

        var polls = await Watch([Feed("broken", "broken.rss"), Feed("fine", "fine.rss")]);

        Assert.Equal(2, polls.Count);
        var broken = Health("broken");
        Assert.StartsWith("malformed XML", broken.LastError, StringComparison.Ordinal);
        Assert.Equal((1, 200), (broken.ConsecutiveFailures, broken.LastStatus));
        Assert.Null(Health("fine").LastError);
        Assert.Equal(2, Reports());
    }

    [Fact]
    public async Task RunAsync_StoreFailsWhileIngesting_EachFeedsPollFailsAndTheWatcherGoesOn()
    {
        Host.Serve("a.rss", FeedResponse.Conditional(FeedFixtures.Rss("a", 1, 2), "\"a1\""));
        Host.Serve("b.rss", new FeedResponse(200, FeedFixtures.Rss("b", 1, 2)));
        var opened = 0;
        IVigilStore BrokenWorkStore()
        {
            // The watcher opens its lease store first, then the store it ingests into: that one is gone.
            var store = Open();
            if (++opened == 2)
            {
                store.Dispose();
            }

            return store;
        }

        var polls = await new FeedWatcher(BrokenWorkStore, [Feed("a", "a.rss"), Feed("b", "b.rss")], Fast, clock: Clock).RunAsync();
        Clock.Offset = TimeSpan.FromMinutes(10);
        var retry = await Watch([Feed("a", "a.rss")]);

        Assert.Equal(2, polls.Count);
        Assert.All(polls, p => Assert.NotNull(p.Error));
        Assert.Equal(1, Health("b").ConsecutiveFailures);
        // Nothing was stored, so the next poll must not send the failed body's ETag: it fetches and stores it.
        Assert.Null(Host.Requests("a.rss")[^1].IfNoneMatch);
        Assert.Equal(2, retry.Single().New);
        Assert.Equal(2, Reports());
    }

    [Fact]
    public async Task RunAsync_TelegramPreview_EachPostAReportChannelTheSourceNewPostsOnly()
    {
        var last = 3;
        Host.Serve("s/test_channel", _ => new FeedResponse(200, FeedFixtures.TelegramPreview("test_channel", "Test Regional Administration", 1, last, 2), "text/html"));
        var feed = Feed("channel", "s/test_channel", FeedKinds.TelegramPreview);

        var first = Assert.Single(await Watch([feed]));
        last = 4;
        Clock.Offset = TimeSpan.FromMinutes(6);
        var second = Assert.Single(await Watch([feed]));

        Assert.Equal((2, 2), (first.Items, first.New)); // post 2 is a photo without text
        Assert.Equal((1, 2), (second.New, second.Unchanged));
        using var store = Open();
        var report = store.Report("https://t.me/test_channel/4")!;
        Assert.Equal("Test Regional Administration", report.Source);
        Assert.Null(store.Report("https://t.me/test_channel/2"));
    }

    [Fact]
    public async Task RunAsync_PreviewKindGivenAnArticle_HealthError()
    {
        Host.Serve("s/gone", new FeedResponse(200, "<html><body><article><p>Nothing here.</p></article></body></html>", "text/html"));

        var poll = Assert.Single(await Watch([Feed("gone", "s/gone", FeedKinds.TelegramPreview)]));

        Assert.StartsWith("not a Telegram channel preview", poll.Error, StringComparison.Ordinal);
        Assert.Equal(0, Reports());
    }

    [Fact]
    public async Task RunAsync_JsonArray_EachObjectAReportWithTheFeedsSourceAndLanguage()
    {
        Host.Serve("reports.json", new FeedResponse(200, FeedFixtures.JsonArray("api", 1, 3), "application/json"));
        var feed = Feed("api", "reports.json", FeedKinds.Json) with { Source = "Test Monitoring Desk", Language = "en" };

        var poll = Assert.Single(await Watch([feed]));

        Assert.Equal(3, poll.New);
        using var store = Open();
        Assert.Equal("Test Monitoring Desk", store.Report("https://example.org/test-json/api/2")!.Source);
    }

    [Fact]
    public async Task RunAsync_FeedLeasedByAKilledWorker_TakenOverWhenTheLeaseRunsOut()
    {
        Host.Serve("orphan.rss", new FeedResponse(200, FeedFixtures.Rss("orphan", 1, 2)));
        var feed = Feed("orphan", "orphan.rss");
        using (var store = Open())
        {
            // A worker that claimed the feed and was killed before recording its poll.
            store.Feeds().SyncFeeds([feed], Clock.GetUtcNow());
            Assert.NotNull(store.Feeds().ClaimDueFeed("killed", [feed.Name], Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        }

        var during = await Watch([feed]);
        Clock.Offset = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1);
        var after = await Watch([feed]);

        Assert.Empty(during);
        Assert.Equal(2, Assert.Single(after).New);
        Assert.Single(Host.Requests("orphan.rss"));
        Assert.Null(Health("orphan").LeasedBy);
    }

    [Fact]
    public async Task RunAsync_PollLongerThanTheLease_RenewedSoNoOtherWorkerPollsMeanwhile()
    {
        Host.Serve("long.rss", new FeedResponse(200, FeedFixtures.Rss("long", 1, 1), Delay: TimeSpan.FromMilliseconds(2500)));
        var feed = Feed("long", "long.rss");
        var shortLease = Fast with { Lease = TimeSpan.FromMilliseconds(900), WorkerId = "slow" };

        var slow = Task.Run(() => Watch([feed], shortLease));
        await Task.Delay(1800); // twice the lease: without renewal it would have run out
        var other = await Watch([feed], Fast with { WorkerId = "other" });
        var polls = await slow;

        Assert.Empty(other);
        Assert.Single(polls);
        Assert.False(polls[0].LeaseLost);
        Assert.Single(Host.Requests("long.rss"));
    }

    [Fact]
    public void NextDelay_FailuresAndRetryAfter_ExponentialCappedAndNeverBeforeRetryAfter()
    {
        var watcher = new FeedWatcher(Open, [], Fast with { MaxBackoff = TimeSpan.FromMinutes(30) });
        var interval = TimeSpan.FromMinutes(1);

        Assert.Equal(interval, watcher.NextDelay(interval, 0, null));
        Assert.InRange(watcher.NextDelay(interval, 3, null).TotalSeconds, 4 * 60 * 0.8, 4 * 60 * 1.2);
        Assert.Equal(TimeSpan.FromMinutes(30), watcher.NextDelay(interval, 12, null));
        Assert.Equal(TimeSpan.FromHours(2), watcher.NextDelay(interval, 1, TimeSpan.FromHours(2)));
    }
}

public sealed class PostgresFeedWatcherTests : WatchTestBase
{
    private readonly string _database = PostgresCluster.CreateDatabase("vigil_watch");

    protected override string Location => PostgresCluster.ConnectionString(_database);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        PostgresCluster.DropDatabase(_database);
    }
}
