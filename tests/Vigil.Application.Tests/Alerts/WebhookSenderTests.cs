using System.Text.Json;
using Vigil.Application.Alerts;
using Vigil.Storage.Alerts;

namespace Vigil.Application.Tests.Alerts;

/// <summary>Deliveries over real HTTP to a loopback receiver: signature, retries, giving up, the attempt log.</summary>
public sealed class WebhookSenderTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "a-test-secret-of-enough-length";
    private static readonly DateTimeOffset Now = new(2025, 6, 11, 12, 0, 0, TimeSpan.Zero);

    private static readonly AlertOptions Options = new()
    {
        AllowLoopback = true,
        MaxAttempts = 4,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(5),
    };

    private readonly List<(DeliveryAttempt Attempt, DeliveryStatus Status)> _log = [];
    private WebhookReceiver _receiver = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _client = new HttpClient(WebhookSender.CreateHandler(Options)) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _receiver.DisposeAsync();
    }

    public void Dispose() => _client?.Dispose();

    private WatchRule Rule(string? url = null) =>
        new(3, "Kharkiv", "olena", null, "UA-63", [], null, null, null, false, url ?? _receiver.Url, Secret, Now.AddDays(-1));

    private static AlertDelivery Delivery(WatchRule rule, int attemptsBefore = 0)
    {
        var change = new IncidentChange(42, "2025-06-11-kharkiv-aaaaaa", IncidentChangeKind.Changed,
            new IncidentSnapshot("2025-06-11-kharkiv-aaaaaa", new DateOnly(2025, 6, 11), "Kharkiv", null, "Kharkiv Oblast", "UA-63", ["drone"], 3, 12, null, 2, null),
            Now);
        return AlertPayloads.ForChange(rule, change, Now) with { Attempts = attemptsBefore };
    }

    private Task<DeliveryStatus> Send(AlertDelivery delivery, WatchRule? rule, AlertOptions? options = null) =>
        new WebhookSender(_client, options ?? Options).SendAsync(delivery, rule, (a, s) => _log.Add((a, s)), CancellationToken.None);

    [Fact]
    public async Task SendAsync_ReceiverAnswers200_SignedBodyDeliveredOnce()
    {
        var rule = Rule();
        var delivery = Delivery(rule);

        var status = await Send(delivery, rule);

        Assert.Equal(DeliveryStatus.Delivered, status);
        var received = Assert.Single(_receiver.Requests);
        Assert.Equal(delivery.Body, received.Body);
        Assert.True(WebhookSignature.Verify(Secret, received.Body, received.Headers["X-Vigil-Signature"]));
        Assert.StartsWith("sha256=", received.Headers["X-Vigil-Signature"], StringComparison.Ordinal);
        Assert.False(WebhookSignature.Verify("another-secret-entirely", received.Body, received.Headers["X-Vigil-Signature"]));
        Assert.Equal("c42-r3", received.Headers["X-Vigil-Delivery"]);
        Assert.True(long.Parse(received.Headers["X-Vigil-Timestamp"], System.Globalization.CultureInfo.InvariantCulture) > 1_700_000_000);

        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("c42-r3", body.GetProperty("delivery_id").GetString());
        Assert.Equal("changed", body.GetProperty("change").GetString());
        Assert.Equal("Kharkiv", body.GetProperty("rule").GetProperty("name").GetString());
        Assert.Equal(3, body.GetProperty("incident").GetProperty("killed").GetInt32());
        Assert.Equal(2, body.GetProperty("incident").GetProperty("children_injured").GetInt32());

        Assert.Equal([(1, (int?)200, DeliveryStatus.Pending), (1, 200, DeliveryStatus.Delivered)], _log.Select(l => (l.Attempt.Attempt, l.Attempt.StatusCode, l.Status)));
    }

    [Fact]
    public async Task SendAsync_TwoServerErrors_RetriedThenDeliveredSameIdAndBody()
    {
        _receiver.Answer(500, 503);
        var rule = Rule();

        var status = await Send(Delivery(rule), rule);

        Assert.Equal(DeliveryStatus.Delivered, status);
        var requests = _receiver.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.Single(requests.Select(r => r.Headers["X-Vigil-Delivery"]).Distinct());
        Assert.Single(requests.Select(r => r.Body).Distinct());
        Assert.Equal([500, 503, 200], _log.Where(l => l.Status == DeliveryStatus.Pending).Select(l => l.Attempt.StatusCode ?? 0));
        Assert.Equal([1, 2, 3], _log.Where(l => l.Status == DeliveryStatus.Pending).Select(l => l.Attempt.Attempt));
        Assert.Equal(DeliveryStatus.Delivered, _log[^1].Status);
    }

    [Fact]
    public async Task SendAsync_ServerErrorsEveryTime_GivesUpAfterMaxAttempts()
    {
        _receiver.Answer(500, 500, 500, 500, 500, 500, 500);
        var rule = Rule();

        var status = await Send(Delivery(rule), rule);

        Assert.Equal(DeliveryStatus.Failed, status);
        Assert.Equal(Options.MaxAttempts, _receiver.Requests.Count);
        Assert.Equal((Options.MaxAttempts, (int?)500, "HTTP 500"), (_log[^1].Attempt.Attempt, _log[^1].Attempt.StatusCode, _log[^1].Attempt.Error));
    }

    [Fact]
    public async Task SendAsync_ResumedAfterARestart_OnlyTheAttemptsLeft()
    {
        _receiver.Answer(500, 500, 500, 500);
        var rule = Rule();

        var status = await Send(Delivery(rule, attemptsBefore: 3), rule);

        Assert.Equal(DeliveryStatus.Failed, status);
        Assert.Single(_receiver.Requests);
        Assert.Equal(4, _log[^1].Attempt.Attempt);
    }

    [Fact]
    public async Task SendAsync_ClientError_NotRetried()
    {
        _receiver.Answer(410);
        var rule = Rule();

        var status = await Send(Delivery(rule), rule);

        Assert.Equal(DeliveryStatus.Failed, status);
        Assert.Single(_receiver.Requests);
        Assert.Equal(410, _log[^1].Attempt.StatusCode);
    }

    [Fact]
    public async Task SendAsync_ReceiverTooSlow_TimeoutsRetriedThenGivenUp()
    {
        _receiver.Delay = TimeSpan.FromSeconds(2);
        var options = Options with { MaxAttempts = 2, AttemptTimeout = TimeSpan.FromMilliseconds(200) };
        var rule = Rule();

        var status = await Send(Delivery(rule), rule, options);

        Assert.Equal(DeliveryStatus.Failed, status);
        Assert.Equal(2, _receiver.Requests.Count);
        Assert.All(_log, l => Assert.Equal("timed out", l.Attempt.Error));
    }

    [Fact]
    public async Task SendAsync_LoopbackNotAllowed_RefusedWithoutConnecting()
    {
        var strict = Options with { AllowLoopback = false };
        using var client = new HttpClient(WebhookSender.CreateHandler(strict));
        var rule = Rule();

        var status = await new WebhookSender(client, strict).SendAsync(Delivery(rule), rule, (a, s) => _log.Add((a, s)), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Failed, status);
        Assert.Empty(_receiver.Requests);
        Assert.Contains("loopback", _log[^1].Attempt.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NameResolvingToLoopback_RefusedAtConnect()
    {
        // The URL check passes a name; the connection check sees the address it resolves to.
        var strict = Options with { AllowLoopback = false };
        using var client = new HttpClient(WebhookSender.CreateHandler(strict, (_, _) => Task.FromResult(new[] { System.Net.IPAddress.Loopback })));
        var port = new Uri(_receiver.Url).Port;
        var rule = Rule($"http://hooks.example.test:{port}/hook");
        Assert.Null(WebhookAddresses.Problem(rule.WebhookUrl!, strict));

        var status = await new WebhookSender(client, strict).SendAsync(Delivery(rule), rule, (a, s) => _log.Add((a, s)), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Failed, status);
        Assert.Empty(_receiver.Requests);
        Assert.Contains("loopback", _log[^1].Attempt.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RuleRemoved_FailedWithoutSending()
    {
        var status = await Send(Delivery(Rule()), rule: null);

        Assert.Equal(DeliveryStatus.Failed, status);
        Assert.Empty(_receiver.Requests);
        Assert.Equal("the rule or its webhook was removed", _log[^1].Attempt.Error);
    }
}
