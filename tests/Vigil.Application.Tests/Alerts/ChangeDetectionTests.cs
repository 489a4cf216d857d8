using System.Text.Json;
using Vigil.Application.Alerts;
using Vigil.Application.Ingest;
using Vigil.Core;
using Vigil.Storage.Alerts;
using Vigil.Storage.Sqlite;

namespace Vigil.Application.Tests.Alerts;

/// <summary>
/// The change feed as the real ingest (read → extract → store → incremental fusion) fills it, and
/// what the dispatcher and the alert service make of it, over a real loopback receiver.
/// </summary>
public sealed class ChangeDetectionTests : IAsyncLifetime
{
    private const string Url = "https://news.example.org/kharkiv-strike";
    private static readonly DateTimeOffset Published = new(2025, 6, 11, 9, 0, 0, TimeSpan.FromHours(3));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-alerts-" + Guid.NewGuid().ToString("N"));
    private readonly IngestService _ingest = new();
    private readonly AlertOptions _options = new() { AllowLoopback = true, RetryDelay = TimeSpan.FromMilliseconds(20), MaxAttempts = 3 };
    private SqliteVigilStore _store = null!;
    private WebhookReceiver _receiver = null!;

    private string DatabasePath => Path.Combine(_folder, "vigil.db");

    public async Task InitializeAsync()
    {
        _store = SqliteVigilStore.Open(DatabasePath);
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _receiver.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // Written for these tests, in the shape of a regional official's post.
    private static Report Strike(int killed) => Report(
        $"A Russian drone hit a residential building in Kharkiv on 11 June 2025. {Words(killed)} people were killed and 12 were injured, "
        + "the head of the regional military administration Oleh Syniehubov said.");

    private static Report Report(string text) =>
        new(Url, text, "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
            "Drone strike on Kharkiv", Published, "Kharkiv OVA", Url, "en", "text", Url);

    private static string Words(int n) => n switch { 3 => "Three", 5 => "Five", _ => throw new ArgumentOutOfRangeException(nameof(n)) };

    private void Ingest(Report report)
    {
        var summary = _ingest.Run(_store, [IngestInput.Read(report)]);
        Assert.Equal(0, summary.Failed);
    }

    [Fact]
    public void Ingest_NewReport_OneNewChangeWithItsFigures()
    {
        Ingest(Strike(3));

        var change = Assert.Single(_store.Changes(0, 100));
        Assert.Equal(IncidentChangeKind.New, change.Kind);
        Assert.Equal((3, 12), (change.Incident!.Killed, change.Incident.Injured));
        Assert.Equal("UA-63", change.Incident.Admin1Code);
    }

    [Fact]
    public void Ingest_SameReportAgainAndRefusion_NoChange()
    {
        Ingest(Strike(3));
        var before = _store.LastChange();

        Ingest(Strike(3));
        FusionUpdate.Rebuild(_store);

        Assert.Empty(_store.Changes(before, 100));
    }

    [Fact]
    public void Ingest_RevisedFigure_OneChanged()
    {
        Ingest(Strike(3));
        var before = _store.LastChange();

        Ingest(Strike(5));

        var change = Assert.Single(_store.Changes(before, 100));
        Assert.Equal(IncidentChangeKind.Changed, change.Kind);
        Assert.Equal(5, change.Incident!.Killed);
    }

    [Fact]
    public void DispatchChanges_MatchingAndOtherRule_DeliveryOnlyForTheMatchOnce()
    {
        var kharkiv = _store.AddRule(Rule("Kharkiv drones", "UA-63", ["drone"]));
        _store.AddRule(Rule("Odesa", "UA-51", []));
        Ingest(Strike(3));

        var queued = AlertDispatcher.DispatchChanges(_store, DateTimeOffset.UtcNow);
        var again = AlertDispatcher.DispatchChanges(_store, DateTimeOffset.UtcNow);

        Assert.Equal((1, 0), (queued, again));
        var delivery = Assert.Single(_store.PendingDeliveries(10));
        Assert.Equal(kharkiv.Id, delivery.RuleId);
        Assert.Equal("new", JsonDocument.Parse(delivery.Body).RootElement.GetProperty("change").GetString());
    }

    [Fact]
    public void RaiseSourceAlerts_SameAlertTwice_QueuedOnceToSubscribingRulesOnly()
    {
        var subscribed = _store.AddRule(Rule("sources", "UA-63", []) with { SourceAlerts = true });
        _store.AddRule(Rule("incidents only", "UA-63", []));
        var alert = new SourceAlertRecord(0, "Kharkiv OVA", "silent", new DateOnly(2025, 6, 28), "no report for 40 h", DateTimeOffset.UtcNow);

        var first = AlertDispatcher.RaiseSourceAlerts(_store, [alert], DateTimeOffset.UtcNow);
        var second = AlertDispatcher.RaiseSourceAlerts(_store, [alert], DateTimeOffset.UtcNow);

        Assert.Single(first);
        Assert.Empty(second);
        var delivery = Assert.Single(_store.PendingDeliveries(10));
        Assert.Equal(subscribed.Id, delivery.RuleId);
        var body = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal("source_alert", body.GetProperty("event").GetString());
        Assert.Equal("Kharkiv OVA", body.GetProperty("alert").GetProperty("source").GetString());
        Assert.Equal("2025-06-28", body.GetProperty("alert").GetProperty("day").GetString());
    }

    [Fact]
    public async Task RunOnce_StoppedBeforeSendingThenRestarted_DeliveredOnceWithTheSameId()
    {
        var rule = _store.AddRule(Rule("Kharkiv", "UA-63", []));
        Ingest(Strike(3));
        // A first server queues the delivery and stops before sending anything (its cursor moved in the same transaction).
        AlertDispatcher.DispatchChanges(_store, DateTimeOffset.UtcNow);

        using var client = new HttpClient(WebhookSender.CreateHandler(_options));
        var restarted = new AlertService(() => SqliteVigilStore.Open(DatabasePath), new WebhookSender(client, _options), _options);
        restarted.RunOnce(CancellationToken.None);
        await restarted.DrainAsync();
        restarted.RunOnce(CancellationToken.None);
        await restarted.DrainAsync();

        var received = Assert.Single(_receiver.Requests);
        Assert.Equal(AlertPayloads.DeliveryId(AlertPayloads.IncidentEvent, _store.LastChange(), rule.Id), received.Headers["X-Vigil-Delivery"]);
        var delivery = Assert.Single(_store.Deliveries(null, 10));
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(200, Assert.Single(_store.Attempts(delivery.Id)).StatusCode);
    }

    [Fact]
    public async Task RunOnce_RevisedFigureAfterDelivery_OneMoreDeliveryMarkedChanged()
    {
        _store.AddRule(Rule("Kharkiv", "UA-63", [], minKilled: 1));
        using var client = new HttpClient(WebhookSender.CreateHandler(_options));
        var service = new AlertService(() => SqliteVigilStore.Open(DatabasePath), new WebhookSender(client, _options), _options);
        Ingest(Strike(3));
        service.RunOnce(CancellationToken.None);
        await service.DrainAsync();

        Ingest(Strike(3));
        service.RunOnce(CancellationToken.None);
        await service.DrainAsync();
        Ingest(Strike(5));
        service.RunOnce(CancellationToken.None);
        await service.DrainAsync();

        Assert.Equal(["new", "changed"], _receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("change").GetString()));
    }

    private WatchRule Rule(string name, string oblast, IReadOnlyList<string> weapons, int? minKilled = null) =>
        new(0, name, "olena", null, oblast, weapons, minKilled, null, null, false, _receiver.Url, "a-test-secret-of-enough-length", DateTimeOffset.UtcNow.AddMinutes(-1));
}
