using System.Net;
using System.Text.Json;
using Vigil.Storage;
using Vigil.Storage.Feeds;

namespace Vigil.Server.Tests.Apis;

/// <summary>A store with two feeds, one healthy with a poll recorded and one failing.</summary>
public sealed class FeedServer : RunningServer
{
    public static readonly DateTimeOffset PolledAt = DateTimeOffset.UtcNow.AddHours(-1);

    protected override void Fill(IVigilStore store)
    {
        var feeds = store.Feeds();
        feeds.SyncFeeds(
        [
            new FeedDefinition("oblast-news", "http://127.0.0.1:9/rss", FeedKinds.Rss, TimeSpan.FromMinutes(5), "Oblast News", "uk"),
            new FeedDefinition("channel", "http://127.0.0.1:9/s/channel", FeedKinds.TelegramPreview, TimeSpan.FromMinutes(2)),
        ], PolledAt.AddDays(-1));
        Assert.NotNull(feeds.ClaimDueFeed("w1", ["oblast-news"], PolledAt, TimeSpan.FromMinutes(1)));
        Assert.True(feeds.CompleteFeedPoll("oblast-news", "w1", new FeedPollOutcome(PolledAt, 200, null, 4, PolledAt.AddMinutes(5), "\"e1\"")));
        Assert.NotNull(feeds.ClaimDueFeed("w1", ["channel"], PolledAt, TimeSpan.FromMinutes(1)));
        Assert.True(feeds.CompleteFeedPoll("channel", "w1", new FeedPollOutcome(PolledAt, 503, "HTTP 503 Service Unavailable", 0, PolledAt.AddMinutes(4))));
    }
}

public sealed class FeedsApiTests(FeedServer server) : IClassFixture<FeedServer>
{
    [Fact]
    public async Task List_TwoFeeds_HealthOfEachByName()
    {
        var items = (await server.GetJson("api/v1/feeds")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["channel", "oblast-news"], items.Select(i => i.GetProperty("name").GetString()));
        var failing = items[0];
        Assert.Equal("HTTP 503 Service Unavailable", failing.GetProperty("last_error").GetString());
        Assert.Equal(1, failing.GetProperty("consecutive_failures").GetInt32());
        Assert.Equal(503, failing.GetProperty("last_status").GetInt32());
        Assert.Equal(JsonValueKind.Null, failing.GetProperty("last_success").ValueKind);
    }

    [Fact]
    public async Task Get_PolledFeed_CountsAndTimes()
    {
        var feed = await server.GetJson("api/v1/feeds/oblast-news");

        Assert.Equal(4, feed.GetProperty("reports_last_24h").GetInt32());
        Assert.Equal(4, feed.GetProperty("reports_total").GetInt64());
        Assert.Equal(7, feed.GetProperty("reports_per_day").GetArrayLength());
        Assert.Equal(4, feed.GetProperty("reports_per_day").EnumerateArray().Sum(d => d.GetProperty("reports").GetInt32()));
        Assert.Equal(300, feed.GetProperty("interval_seconds").GetInt32());
        Assert.Equal(FeedServer.PolledAt.AddMinutes(5), feed.GetProperty("next_due").GetDateTimeOffset());
        Assert.Equal(0, feed.GetProperty("consecutive_failures").GetInt32());
    }

    [Fact]
    public async Task Get_UnknownFeed_404Problem()
    {
        using var response = await server.Client.GetAsync(new Uri("api/v1/feeds/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no feed 'nope'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
