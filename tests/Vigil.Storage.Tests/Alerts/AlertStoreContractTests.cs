using Vigil.Storage.Alerts;
using Vigil.Storage.Tests.Postgres;
using Vigil.Storage.Tests.Sqlite;

namespace Vigil.Storage.Tests.Alerts;

/// <summary>What every <see cref="IAlertStore"/> must do, run per database like the store contract.</summary>
public abstract class AlertStoreContractTests<TProvider> : IDisposable
    where TProvider : StoreProvider, new()
{
    private static readonly DateTimeOffset Now = new(2025, 6, 11, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2025, 6, 11);

    private readonly TProvider _provider = new();
    private readonly IVigilStore _store;
    private readonly IAlertStore _alerts;

    protected AlertStoreContractTests()
    {
        _store = _provider.CreateEmpty();
        _alerts = _store.Alerts();
    }

    public void Dispose()
    {
        _store.Dispose();
        _provider.Dispose();
        GC.SuppressFinalize(this);
    }

    private static StoredIncident Kharkiv(int killed = 3, string id = "2025-06-11-kharkiv-aaaaaa") =>
        TestData.Incident(id, Day, "Kharkiv", "Kharkiv Oblast", "UA-63", "drone") with { Killed = killed };

    [Fact]
    public void Changes_NewIncident_RecordedAsNewWithItsFigures()
    {
        _store.RefreshIncidents(_ => [Kharkiv()]);

        var change = Assert.Single(_alerts.Changes(0, 100));

        Assert.Equal(IncidentChangeKind.New, change.Kind);
        Assert.Equal("2025-06-11-kharkiv-aaaaaa", change.IncidentId);
        Assert.Equal(3, change.Incident!.Killed);
        Assert.Equal("UA-63", change.Incident.Admin1Code);
        Assert.Equal(["drone"], change.Incident.Weapons);
        Assert.Equal(Day, change.Incident.Date);
        Assert.Equal(change.Seq, _alerts.LastChange());
    }

    [Fact]
    public void Changes_IdenticalRewrite_RecordsNothing()
    {
        _store.RefreshIncidents(_ => [Kharkiv()]);
        var before = _alerts.LastChange();

        _store.RefreshIncidents(_ => [Kharkiv() with { Document = "{\"other\":\"document\"}", ReportCount = 7 }]);

        Assert.Equal(before, _alerts.LastChange());
        Assert.Empty(_alerts.Changes(before, 100));
    }

    [Fact]
    public void Changes_RevisedFigure_OneChangedWithTheNewFigure()
    {
        _store.RefreshIncidents(_ => [Kharkiv(killed: 3)]);
        var before = _alerts.LastChange();

        _store.RefreshIncidents(_ => [Kharkiv(killed: 5)]);

        var change = Assert.Single(_alerts.Changes(before, 100));
        Assert.Equal(IncidentChangeKind.Changed, change.Kind);
        Assert.Equal(5, change.Incident!.Killed);
    }

    [Fact]
    public void Changes_IncidentNoLongerWritten_RecordedAsRemovedOnce()
    {
        _store.RefreshIncidents(_ => [Kharkiv(), Kharkiv(id: "2025-06-11-kharkiv-bbbbbb")]);
        var before = _alerts.LastChange();

        _store.RefreshIncidents(_ => [Kharkiv()]);
        _store.RefreshIncidents(_ => [Kharkiv()]);

        var change = Assert.Single(_alerts.Changes(before, 100));
        Assert.Equal(IncidentChangeKind.Removed, change.Kind);
        Assert.Equal("2025-06-11-kharkiv-bbbbbb", change.IncidentId);
        Assert.Null(change.Incident);
    }

    [Fact]
    public void Changes_IncrementalReplaceOfTheSameIncident_RecordsNothing()
    {
        var cells = new List<IndexCell> { new("UA-63", 100) };
        _store.UpdateFusion(session => session.ReplaceIncidents([], [new IndexedIncident(Kharkiv(), cells)]));
        var before = _alerts.LastChange();

        _store.UpdateFusion(session => session.ReplaceIncidents([new IndexRange("UA-63", 90, 110)], [new IndexedIncident(Kharkiv(), cells)]));

        Assert.Empty(_alerts.Changes(before, 100));
        Assert.Single(_store.Incidents(IncidentFilter.All));
    }

    [Fact]
    public void Changes_IncidentGoneInARebuildThenAnotherInAnUpdate_EachRecordedAsRemoved()
    {
        var cells = new List<IndexCell> { new("UA-63", 100) };
        _store.UpdateFusion(session => session.ReplaceIncidents([],
            [new IndexedIncident(Kharkiv(), cells), new IndexedIncident(Kharkiv(id: "b"), cells), new IndexedIncident(Kharkiv(id: "c"), cells)]));
        var before = _alerts.LastChange();

        // A full rebuild that no longer writes b, then an incremental update that no longer writes c:
        // the rebuild's way of deleting every incident must leave the removals of both recorded.
        _store.UpdateFusion(session =>
        {
            session.Clear();
            return session.ReplaceIncidents([], [new IndexedIncident(Kharkiv(), cells), new IndexedIncident(Kharkiv(id: "c"), cells)]);
        });
        _store.UpdateFusion(session => session.ReplaceIncidents([new IndexRange("UA-63", 90, 110)], [new IndexedIncident(Kharkiv(), cells)]));

        var changes = _alerts.Changes(before, 100);
        Assert.Equal(["b", "c"], changes.Select(static c => c.IncidentId));
        Assert.All(changes, static c => Assert.Equal(IncidentChangeKind.Removed, c.Kind));
    }

    [Fact]
    public void Changes_AfterAndLimit_PageInOrder()
    {
        _store.RefreshIncidents(_ => [Kharkiv(id: "a"), Kharkiv(id: "b"), Kharkiv(id: "c")]);

        var first = _alerts.Changes(0, 2);
        var rest = _alerts.Changes(first[^1].Seq, 10);

        Assert.Equal(2, first.Count);
        Assert.True(first[0].Seq < first[1].Seq);
        Assert.Single(rest);
        Assert.Equal(3, first.Concat(rest).Select(c => c.IncidentId).Distinct().Count());
    }

    [Fact]
    public void PruneChanges_OldAndDispatched_OnlyThoseDeleted()
    {
        _store.RefreshIncidents(_ => [Kharkiv(id: "a"), Kharkiv(id: "b"), Kharkiv(id: "c")]);
        var changes = _alerts.Changes(0, 10);
        _alerts.Enqueue("webhooks", changes[1].Seq, []);

        Assert.Equal(0, _alerts.PruneChanges(changes[0].At.AddDays(-1), "webhooks"));
        var pruned = _alerts.PruneChanges(DateTimeOffset.UtcNow.AddMinutes(1), "webhooks");

        Assert.Equal(2, pruned);
        Assert.Equal([changes[2].Seq], _alerts.Changes(0, 10).Select(c => c.Seq));
        Assert.Equal(changes[2].Seq, _alerts.LastChange());
    }

    [Fact]
    public void AddRule_ReadBack_ByIdAndByOwnerInAnyCase()
    {
        var rule = _alerts.AddRule(new WatchRule(0, "Kharkiv drones", "Olena", "Kharkiv", "UA-63", ["missile", "drone"], 1, null, 5, true,
            "https://hooks.example.org/vigil", "0123456789abcdef", Now));

        Assert.True(rule.Id > 0);
        Assert.Equal(rule with { Weapons = ["drone", "missile"] }, _alerts.Rule(rule.Id), RuleComparer.Instance);
        Assert.Equal([rule.Id], _alerts.Rules("olena").Select(r => r.Id));
        Assert.Empty(_alerts.Rules("petro"));
        Assert.Single(_alerts.Rules());
    }

    [Fact]
    public void RemoveRule_WithPendingDelivery_RuleGoneDeliveryFailedLogKept()
    {
        var rule = _alerts.AddRule(new WatchRule(0, "r", "olena", null, null, [], null, null, null, false, "https://hooks.example.org", "0123456789abcdef", Now));
        _alerts.Enqueue("webhooks", 1, [Delivery("c1-r" + rule.Id, rule.Id)]);

        Assert.True(_alerts.RemoveRule(rule.Id));

        Assert.Null(_alerts.Rule(rule.Id));
        Assert.False(_alerts.RemoveRule(rule.Id));
        Assert.Empty(_alerts.PendingDeliveries(10));
        Assert.Equal(DeliveryStatus.Failed, Assert.Single(_alerts.Deliveries(null, 10)).Status);
    }

    [Fact]
    public void Enqueue_SameDeliveryTwice_StoredOnceAndCursorOnlyForward()
    {
        _alerts.Enqueue("webhooks", 5, [Delivery("c5-r1", 1)]);
        _alerts.Enqueue("webhooks", 3, [Delivery("c5-r1", 1) with { Body = "{\"second\":true}" }]);

        var pending = Assert.Single(_alerts.PendingDeliveries(10));
        Assert.Equal("{\"n\":1}", pending.Body);
        Assert.Equal(5, _alerts.Cursor("webhooks"));
        Assert.Equal(0, _alerts.Cursor("other"));
    }

    [Fact]
    public void RecordAttempt_TwoFailuresThenSuccess_LogInOrderAndDelivered()
    {
        _alerts.Enqueue("webhooks", 1, [Delivery("c1-r1", 1)]);

        _alerts.RecordAttempt(new DeliveryAttempt("c1-r1", 1, 500, "HTTP 500", Now), DeliveryStatus.Pending);
        _alerts.RecordAttempt(new DeliveryAttempt("c1-r1", 2, null, "timed out", Now.AddSeconds(1)), DeliveryStatus.Pending);
        Assert.Single(_alerts.PendingDeliveries(10));
        _alerts.RecordAttempt(new DeliveryAttempt("c1-r1", 3, 204, null, Now.AddSeconds(3)), DeliveryStatus.Delivered);

        Assert.Empty(_alerts.PendingDeliveries(10));
        var delivery = Assert.Single(_alerts.Deliveries([1], 10));
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(Now.AddSeconds(3), delivery.Finished);
        Assert.Equal([500, null, 204], _alerts.Attempts("c1-r1").Select(a => a.StatusCode));
        Assert.Equal("timed out", _alerts.Attempts("c1-r1")[1].Error);
        Assert.Empty(_alerts.Deliveries([2], 10));
    }

    [Fact]
    public void SourceDays_ReportsStored_CountedPerSourceAndDay()
    {
        _store.StoreReport(TestData.Report("k1", "first text"), TestData.Extraction("first text", 1), Now);
        _store.StoreReport(TestData.Report("k2", "second text"), TestData.Extraction("second text", 1), Now.AddHours(2));
        _store.StoreReport(TestData.Report("k3", "third text"), TestData.Extraction("third text", 1), Now.AddDays(1));
        // The same content again stores nothing, so counts nothing.
        _store.StoreReport(TestData.Report("k1", "first text"), TestData.Extraction("first text", 1), Now.AddDays(1));

        var days = _alerts.SourceDays(Day);

        Assert.Equal([(Day, 2), (Day.AddDays(1), 1)], days.Select(d => (d.Day, d.Reports)));
        Assert.All(days, d => Assert.Equal("Test Source", d.Source));
        Assert.Equal(Now.AddHours(2), days[0].LastIngested);
        Assert.Single(_alerts.SourceDays(Day.AddDays(1)));
    }

    [Fact]
    public void RaiseSourceAlert_SameSourceKindDayTwice_RaisedOnce()
    {
        var alert = new SourceAlertRecord(0, "Test Source", "silent", Day, "no report for 30 h", Now);

        var first = _alerts.RaiseSourceAlert(alert);
        var second = _alerts.RaiseSourceAlert(alert with { Detail = "again" });

        Assert.NotNull(first);
        Assert.True(first.Id > 0);
        Assert.Null(second);
        Assert.NotNull(_alerts.RaiseSourceAlert(alert with { Kind = "drop" }));
        Assert.Equal(["drop", "silent"], _alerts.SourceAlerts(10).Select(a => a.Kind));
    }

    private static AlertDelivery Delivery(string id, long rule) =>
        new(id, rule, "incident", 1, "{\"n\":1}", DeliveryStatus.Pending, 0, Now, null);

    /// <summary>Rules compare by value, their weapon lists by content.</summary>
    private sealed class RuleComparer : IEqualityComparer<WatchRule?>
    {
        public static readonly RuleComparer Instance = new();

        public bool Equals(WatchRule? x, WatchRule? y) =>
            x is not null && y is not null && x with { Weapons = [] } == y with { Weapons = [] } && x.Weapons.SequenceEqual(y.Weapons);

        public int GetHashCode(WatchRule? obj) => obj?.Id.GetHashCode() ?? 0;
    }
}

public sealed class SqliteAlertStoreContractTests : AlertStoreContractTests<SqliteStoreProvider>;

public sealed class PostgresAlertStoreContractTests : AlertStoreContractTests<PostgresStoreProvider>;
