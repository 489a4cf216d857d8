using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Application.Alerts;
using Vigil.Application.Tests.Alerts;
using Vigil.Storage;
using Vigil.Storage.Accounts;

namespace Vigil.Server.Tests.Apis;

/// <summary>A server over the samples whose alert worker may POST to loopback and polls often.</summary>
public sealed class AlertsServer : RunningServer
{
    protected override void Fill(IVigilStore store) => new Application.Ingest.IngestService().RunPaths(store, [SamplesFolder]);

    protected override VigilServerOptions Options(VigilServerOptions options) => options with
    {
        Alerts = new AlertOptions
        {
            AllowLoopback = true,
            PollInterval = TimeSpan.FromMilliseconds(100),
            RetryDelay = TimeSpan.FromMilliseconds(20),
            MaxAttempts = 3,
        },
    };
}

/// <summary><c>/api/v1/alerts</c> and <c>/api/v1/stream</c> on a running server, with a real webhook receiver.</summary>
public sealed class AlertsApiTests(AlertsServer server) : IClassFixture<AlertsServer>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    // Written for these tests.
    private static object Report(string place, int injured, string key) => new
    {
        url = "https://example.org/tests/alerts/" + key,
        published = "2025-11-02T08:00:00+02:00",
        source = "Alerts test desk",
        text = $"A Russian drone struck a warehouse in {place} on 2 November 2025. {injured} workers were injured, the regional governor said.",
    };

    [Fact]
    public async Task CreateRule_WithWebhook_SecretShownOnceNeverListed()
    {
        using var analyst = server.NewClient(AccountRole.Analyst);
        using var created = await analyst.PostAsJsonAsync("api/v1/alerts/rules",
            new { name = "Sumy " + Unique(), place = "Сумы", weapons = new[] { "drone" }, min_casualties = 1, webhook_url = "http://127.0.0.1:9/hook" });
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = body.GetProperty("secret").GetString()!;
        Assert.Equal(64, secret.Length);
        var rule = body.GetProperty("rule");
        Assert.Equal("Sumy", rule.GetProperty("place").GetString());
        Assert.Equal("analyst-token", rule.GetProperty("owner").GetString());
        Assert.True(rule.GetProperty("has_secret").GetBoolean());

        var id = rule.GetProperty("id").GetInt64();
        var fetched = await analyst.GetStringAsync(new Uri($"api/v1/alerts/rules/{id}", UriKind.Relative));
        var listed = await analyst.GetStringAsync(new Uri("api/v1/alerts/rules", UriKind.Relative));
        Assert.DoesNotContain(secret, fetched, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("\"secret\"", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRule_MetadataAddressAndUnknownPlace_400NamingBoth()
    {
        using var analyst = server.NewClient(AccountRole.Analyst);
        using var response = await analyst.PostAsJsonAsync("api/v1/alerts/rules",
            new { name = "bad", place = "Nowhereville-on-Sea", webhook_url = "http://169.254.169.254/latest/meta-data" });

        var problem = await Json.ReadProblem(response, 400);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("place", out _));
        Assert.Contains("link-local", errors.GetProperty("webhook_url")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_OtherOwnersRule_HiddenFromAnalystVisibleToAdmin()
    {
        using var analyst = server.NewClient(AccountRole.Analyst);
        using var admin = server.NewClient(AccountRole.Admin);
        using var made = await admin.PostAsJsonAsync("api/v1/alerts/rules", new { name = "admin's " + Unique(), oblast = "UA-51" });
        var id = JsonDocument.Parse(await made.Content.ReadAsStringAsync()).RootElement.GetProperty("rule").GetProperty("id").GetInt64();

        using var asAnalyst = await analyst.GetAsync(new Uri($"api/v1/alerts/rules/{id}", UriKind.Relative));
        using var removeAsAnalyst = await analyst.DeleteAsync(new Uri($"api/v1/alerts/rules/{id}", UriKind.Relative));
        var listedForAdmin = await admin.GetStringAsync(new Uri("api/v1/alerts/rules", UriKind.Relative));
        var listedForAnalyst = await analyst.GetStringAsync(new Uri("api/v1/alerts/rules", UriKind.Relative));

        await Json.ReadProblem(asAnalyst, 404);
        await Json.ReadProblem(removeAsAnalyst, 404);
        Assert.Contains("admin's", listedForAdmin, StringComparison.Ordinal);
        Assert.DoesNotContain("admin's", listedForAnalyst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostedReport_MatchingRule_SignedWebhookAndDeliveryLog()
    {
        using var analyst = server.NewClient(AccountRole.Analyst);
        var name = "Kherson " + Unique();
        using var created = await analyst.PostAsJsonAsync("api/v1/alerts/rules",
            new { name, oblast = "Kherson", min_injured = 2, webhook_url = _receiver.Url });
        created.EnsureSuccessStatusCode();
        var createdBody = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var secret = createdBody.GetProperty("secret").GetString()!;
        var ruleId = createdBody.GetProperty("rule").GetProperty("id").GetInt64();
        _receiver.Answer(500, 500);

        using var posted = await analyst.PostAsync(new Uri("api/v1/reports", UriKind.Relative), Json.Body(Report("Kherson", 4, "kherson-" + Unique())));
        posted.EnsureSuccessStatusCode();

        var deliveries = await Until(async () =>
        {
            var page = await server.GetJson($"api/v1/alerts/deliveries?rule={ruleId}");
            var items = page.GetProperty("items");
            return items.GetArrayLength() == 1 && items[0].GetProperty("status").GetString() == "delivered" ? items : (JsonElement?)null;
        });
        var delivery = deliveries[0];
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal([500, 500, 200], delivery.GetProperty("log").EnumerateArray().Select(a => a.GetProperty("status_code").GetInt32()));

        var received = _receiver.Requests.Last();
        Assert.True(WebhookSignature.Verify(secret, received.Body, received.Headers["X-Vigil-Signature"]));
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal(name, body.GetProperty("rule").GetProperty("name").GetString());
        Assert.Equal("UA-65", body.GetProperty("incident").GetProperty("admin1_code").GetString());
        Assert.Equal(4, body.GetProperty("incident").GetProperty("injured").GetInt32());
        Assert.Equal(delivery.GetProperty("id").GetString(), body.GetProperty("delivery_id").GetString());
    }

    [Fact]
    public async Task Stream_ReportPosted_IncidentEventThenResumeAfterLastEventId()
    {
        using var viewer = server.NewClient(AccountRole.Viewer);
        using var stream = await viewer.GetAsync(new Uri("api/v1/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());

        using var posted = await server.Client.PostAsync(new Uri("api/v1/reports", UriKind.Relative), Json.Body(Report("Mykolaiv", 2, "mykolaiv-" + Unique())));
        var incidentId = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("incidents")[0].GetProperty("id").GetString();

        var sseEvent = await NextEvent(reader, e => e.Data.Contains(incidentId!, StringComparison.Ordinal));
        Assert.Equal("incident", sseEvent.Name);
        var data = JsonDocument.Parse(sseEvent.Data).RootElement;
        Assert.Equal("new", data.GetProperty("change").GetString());
        Assert.Equal(long.Parse(sseEvent.Id, System.Globalization.CultureInfo.InvariantCulture), data.GetProperty("seq").GetInt64());

        // Reconnecting with the id before it replays it from the durable feed.
        var before = (long.Parse(sseEvent.Id, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/stream");
        request.Headers.Add("Last-Event-ID", before);
        using var resumed = await viewer.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var resumedReader = new StreamReader(await resumed.Content.ReadAsStreamAsync());
        var replayed = await NextEvent(resumedReader, _ => true);
        Assert.Equal(sseEvent.Id, replayed.Id);
    }

    [Fact]
    public async Task Stream_MalformedLastEventId_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/stream");
        request.Headers.Add("Last-Event-ID", "yesterday");
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        await Json.ReadProblem(response, 400);
    }

    [Fact]
    public async Task Sources_AfterIngest_ListsTheSourcesWithTheirVolume()
    {
        var sources = await server.GetJson("api/v1/alerts/sources");

        Assert.True(sources.GetProperty("sources").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Array, sources.GetProperty("alerts").ValueKind);
        Assert.All(sources.GetProperty("sources").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("source").GetString())));
    }

    private static async Task<T> Until<T>(Func<Task<T?>> probe)
        where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the condition did not hold within 30 s");
    }

    private static async Task<SseEvent> NextEvent(StreamReader reader, Func<SseEvent, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? id = null, name = null, data = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the stream ended");
            if (line.Length == 0)
            {
                if (data is not null && wanted(new SseEvent(id ?? string.Empty, name ?? "message", data)))
                {
                    return new SseEvent(id ?? string.Empty, name ?? "message", data);
                }

                (id, name, data) = (null, null, null);
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line[6..];
            }
        }
    }

    private sealed record SseEvent(string Id, string Name, string Data);
}
