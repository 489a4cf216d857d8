using Vigil.Storage.Feeds;
using Vigil.Storage.Tests.Postgres;
using Vigil.Storage.Tests.Sqlite;

namespace Vigil.Storage.Tests.Feeds;

/// <summary>What every <see cref="IFeedStore"/> must do: definitions, leases, poll health; run per database.</summary>
public abstract class FeedStoreContractTests<TProvider> : IDisposable
    where TProvider : StoreProvider, new()
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static readonly FeedDefinition News = new("news", "http://127.0.0.1:1/rss", FeedKinds.Rss, TimeSpan.FromMinutes(5), "Example News", "uk");
    private static readonly FeedDefinition Channel = new("channel", "http://127.0.0.1:1/s/channel", FeedKinds.TelegramPreview, TimeSpan.FromMinutes(1));

    private readonly TProvider _provider = new();
    private readonly IVigilStore _store;
    private readonly IFeedStore _feeds;

    protected FeedStoreContractTests()
    {
        _store = _provider.CreateEmpty();
        _feeds = _store.Feeds();
    }

    public void Dispose()
    {
        _store.Dispose();
        _provider.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void SyncFeeds_New_DueNowAndReadBack()
    {
        _feeds.SyncFeeds([News, Channel], Now);

        var health = _feeds.FeedHealths(Now);

        Assert.Equal(["channel", "news"], health.Select(h => h.Name));
        var news = _feeds.FeedHealth("news", Now)!;
        Assert.Equal((News.Url, News.Kind, 300, "Example News", "uk"), (news.Url, news.Kind, news.IntervalSeconds, news.Source, news.Language));
        Assert.Equal(Now, news.NextDue);
        Assert.Null(news.LastPoll);
        Assert.Equal(7, news.ReportsPerDay.Count);
        Assert.Null(_feeds.FeedHealth("missing", Now));
    }

    [Fact]
    public void ClaimDueFeed_TwoWorkers_SecondGetsTheOtherFeedThenNone()
    {
        _feeds.SyncFeeds([News, Channel], Now);
        string[] names = ["news", "channel"];

        var first = _feeds.ClaimDueFeed("a", names, Now, Lease);
        var second = _feeds.ClaimDueFeed("b", names, Now, Lease);
        var third = _feeds.ClaimDueFeed("c", names, Now, Lease);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first.Feed.Name, second.Feed.Name);
        Assert.Null(third);
        Assert.Equal("a", _feeds.FeedHealth(first.Feed.Name, Now)!.LeasedBy);
    }

    [Fact]
    public void ClaimDueFeed_LeaseRunsOut_AnotherWorkerTakesOver()
    {
        _feeds.SyncFeeds([News], Now);
        var dead = _feeds.ClaimDueFeed("killed", ["news"], Now, Lease)!;

        var during = _feeds.ClaimDueFeed("b", ["news"], Now + Lease - TimeSpan.FromSeconds(1), Lease);
        var after = _feeds.ClaimDueFeed("b", ["news"], Now + Lease, Lease);

        Assert.Null(during);
        Assert.NotNull(after);
        Assert.Equal("b", after.WorkerId);
        Assert.False(_feeds.CompleteFeedPoll("news", dead.WorkerId, new FeedPollOutcome(Now + Lease, 200, null, 5, Now + Lease)));
        Assert.Equal(0, _feeds.FeedHealth("news", Now + Lease)!.ReportsTotal);
    }

    [Fact]
    public void ClaimDueFeed_OnlyNamedFeeds()
    {
        _feeds.SyncFeeds([News, Channel], Now);

        var claim = _feeds.ClaimDueFeed("a", ["channel"], Now, Lease);

        Assert.Equal("channel", claim!.Feed.Name);
        Assert.Null(_feeds.ClaimDueFeed("a", ["channel"], Now, Lease));
    }

    [Fact]
    public void RenewFeedLease_HolderAndOther_OnlyHolderRenews()
    {
        _feeds.SyncFeeds([News], Now);
        _feeds.ClaimDueFeed("a", ["news"], Now, Lease);

        Assert.True(_feeds.RenewFeedLease("news", "a", Now + TimeSpan.FromMinutes(10)));
        Assert.False(_feeds.RenewFeedLease("news", "b", Now + TimeSpan.FromMinutes(20)));
        Assert.Null(_feeds.ClaimDueFeed("b", ["news"], Now + TimeSpan.FromMinutes(9), Lease));
        Assert.Equal(Now + TimeSpan.FromMinutes(10), _feeds.FeedHealth("news", Now)!.LeaseUntil);
    }

    [Fact]
    public void CompleteFeedPoll_SuccessThenFailure_HealthAndValidatorsKept()
    {
        _feeds.SyncFeeds([News], Now);
        _feeds.ClaimDueFeed("a", ["news"], Now, Lease);
        Assert.True(_feeds.CompleteFeedPoll("news", "a", new FeedPollOutcome(Now, 200, null, 3, Now.AddMinutes(5), "\"v1\"", "Mon, 10 Mar 2025 11:00:00 GMT")));

        var later = Now.AddMinutes(5);
        var claim = _feeds.ClaimDueFeed("b", ["news"], later, Lease)!;
        Assert.Equal(("\"v1\"", "Mon, 10 Mar 2025 11:00:00 GMT", 0), (claim.ETag, claim.LastModified, claim.ConsecutiveFailures));
        Assert.True(_feeds.CompleteFeedPoll("news", "b", new FeedPollOutcome(later, 500, "HTTP 500 Internal Server Error", 0, later.AddMinutes(10))));

        var health = _feeds.FeedHealth("news", later)!;
        Assert.Equal((Now, later, "HTTP 500 Internal Server Error", later, 1, 500), (health.LastSuccess, health.LastPoll, health.LastError, health.LastErrorAt, health.ConsecutiveFailures, health.LastStatus));
        Assert.Equal(later.AddMinutes(10), health.NextDue);
        Assert.Null(health.LeasedBy);
        Assert.Equal(3, health.ReportsTotal);
        var again = _feeds.ClaimDueFeed("c", ["news"], later.AddMinutes(10), Lease)!;
        Assert.Equal(("\"v1\"", 1), (again.ETag, again.ConsecutiveFailures));
    }

    [Fact]
    public void FeedHealth_PollsOverDays_CountsLast24HoursAndPerDay()
    {
        _feeds.SyncFeeds([News], Now.AddDays(-9));
        var polls = new (DateTimeOffset At, int New)[]
        {
            (Now.AddDays(-9), 100), (Now.AddDays(-3), 4), (Now.AddHours(-30), 2), (Now.AddHours(-2), 5), (Now.AddMinutes(-1), 1),
        };
        foreach (var (at, count) in polls)
        {
            Assert.NotNull(_feeds.ClaimDueFeed("a", ["news"], at, Lease));
            Assert.True(_feeds.CompleteFeedPoll("news", "a", new FeedPollOutcome(at, 200, null, count, at)));
        }

        var health = _feeds.FeedHealth("news", Now)!;

        Assert.Equal(6, health.ReportsLast24Hours);
        Assert.Equal(112, health.ReportsTotal);
        Assert.Equal(DateOnly.FromDateTime(Now.UtcDateTime), health.ReportsPerDay[^1].Day);
        Assert.Equal([0, 0, 0, 4, 0, 2, 6], health.ReportsPerDay.Select(d => d.Reports));
    }

    [Fact]
    public void SyncFeeds_UrlChanged_DueNowAndValidatorsForgotten()
    {
        _feeds.SyncFeeds([News], Now);
        _feeds.ClaimDueFeed("a", ["news"], Now, Lease);
        _feeds.CompleteFeedPoll("news", "a", new FeedPollOutcome(Now, 200, null, 1, Now.AddHours(1), "\"v1\"", null));

        _feeds.SyncFeeds([News with { Interval = TimeSpan.FromMinutes(7) }], Now.AddMinutes(1));
        var unchangedUrl = _feeds.FeedHealth("news", Now)!;
        _feeds.SyncFeeds([News with { Url = "http://127.0.0.1:1/other" }], Now.AddMinutes(2));
        var claim = _feeds.ClaimDueFeed("a", ["news"], Now.AddMinutes(2), Lease)!;

        Assert.Equal((Now.AddHours(1), 420), (unchangedUrl.NextDue, unchangedUrl.IntervalSeconds));
        Assert.Equal(("http://127.0.0.1:1/other", (string?)null), (claim.Feed.Url, claim.ETag));
    }

    [Fact]
    public void NextFeedDue_LeasedAndDue_EarliestOfDueOrLeaseEnd()
    {
        _feeds.SyncFeeds([News, Channel], Now);
        _feeds.ClaimDueFeed("a", ["news"], Now, Lease);
        _feeds.ClaimDueFeed("a", ["channel"], Now, TimeSpan.FromMinutes(1));

        Assert.Equal(Now.AddMinutes(1), _feeds.NextFeedDue(["news", "channel"]));
        Assert.Equal(Now + Lease, _feeds.NextFeedDue(["news"]));
        Assert.Null(_feeds.NextFeedDue(["missing"]));
    }

    [Fact]
    public async Task ClaimDueFeed_ManyWorkersAtOnce_EachFeedClaimedOnce()
    {
        var definitions = Enumerable.Range(0, 12).Select(i => News with { Name = "feed" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        _feeds.SyncFeeds(definitions, Now);
        var names = definitions.Select(d => d.Name).ToList();

        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            using var store = _provider.OpenAgain();
            var claimed = new List<string>();
            while (store.Feeds().ClaimDueFeed("w" + w.ToString(System.Globalization.CultureInfo.InvariantCulture), names, Now, Lease) is { } claim)
            {
                claimed.Add(claim.Feed.Name);
            }

            return claimed;
        })).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(c => c).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
    }
}

public sealed class SqliteFeedStoreContractTests : FeedStoreContractTests<SqliteStoreProvider>;

public sealed class PostgresFeedStoreContractTests : FeedStoreContractTests<PostgresStoreProvider>;
