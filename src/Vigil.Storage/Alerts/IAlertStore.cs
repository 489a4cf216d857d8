namespace Vigil.Storage.Alerts;

/// <summary>
/// Watch rules, the incident change feed, webhook deliveries and their log, and per-source daily
/// report counts (migration 0006). The change feed and the daily counts are written by the
/// database itself (triggers on <c>incidents</c> and <c>report_versions</c>), inside the same
/// transaction as the fusion or report write, so nothing written is missed and a rewrite with the
/// same figures, place and weapons adds nothing.
/// </summary>
public interface IAlertStore : IDisposable
{
    /// <summary>Stores a rule; returns it with its new id.</summary>
    WatchRule AddRule(WatchRule rule);

    /// <summary>One rule by id, or null.</summary>
    WatchRule? Rule(long id);

    /// <summary>The rules of <paramref name="owner"/> (any case), or every rule when null, by id.</summary>
    IReadOnlyList<WatchRule> Rules(string? owner = null);

    /// <summary>Removes a rule and its pending deliveries; false when there is none with that id.</summary>
    bool RemoveRule(long id);

    /// <summary>Up to <paramref name="limit"/> changes after sequence number <paramref name="after"/>, oldest first.</summary>
    IReadOnlyList<IncidentChange> Changes(long after, int limit);

    /// <summary>The highest change sequence number so far (0 when none).</summary>
    long LastChange();

    /// <summary>
    /// Deletes the changes recorded before <paramref name="before"/> that the reader
    /// <paramref name="cursor"/> has passed; returns how many. (The stream cannot replay them after.)
    /// </summary>
    int PruneChanges(DateTimeOffset before, string cursor);

    /// <summary>The position of a named reader of the change feed (0 when it has not read yet).</summary>
    long Cursor(string name);

    /// <summary>
    /// In one transaction: stores <paramref name="deliveries"/> (a delivery id already stored is
    /// skipped) and moves cursor <paramref name="name"/> to <paramref name="position"/>, so a crash
    /// between the two cannot lose or double a delivery.
    /// </summary>
    void Enqueue(string name, long position, IReadOnlyList<AlertDelivery> deliveries);

    /// <summary>Pending deliveries, oldest first.</summary>
    IReadOnlyList<AlertDelivery> PendingDeliveries(int limit);

    /// <summary>Logs one attempt and sets the delivery's status and attempt count.</summary>
    void RecordAttempt(DeliveryAttempt attempt, DeliveryStatus status);

    /// <summary>The newest deliveries (of <paramref name="ruleIds"/>, or all when null), newest first.</summary>
    IReadOnlyList<AlertDelivery> Deliveries(IReadOnlyCollection<long>? ruleIds, int limit);

    /// <summary>Every attempt of one delivery, in order.</summary>
    IReadOnlyList<DeliveryAttempt> Attempts(string deliveryId);

    /// <summary>Each source's daily report counts from <paramref name="from"/> on: rows grow with sources × days, not with reports.</summary>
    IReadOnlyList<SourceDay> SourceDays(DateOnly from);

    /// <summary>Records a source alert; returns it with its id, or null when that (source, kind, day) was raised before.</summary>
    SourceAlertRecord? RaiseSourceAlert(SourceAlertRecord alert);

    /// <summary>Source alerts raised, newest first.</summary>
    IReadOnlyList<SourceAlertRecord> SourceAlerts(int limit);
}

/// <summary>The alerts side of a data store (the same database).</summary>
public static class AlertStores
{
    /// <summary>The alerts side of an opened store.</summary>
    /// <exception cref="StoreException">This store keeps no alerts.</exception>
    public static IAlertStore Alerts(this IVigilStore store) =>
        store as IAlertStore ?? throw new StoreException("this store keeps no alerts");
}
