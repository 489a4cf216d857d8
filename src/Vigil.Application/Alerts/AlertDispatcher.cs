using Vigil.Storage.Alerts;

namespace Vigil.Application.Alerts;

/// <summary>
/// Turns the change feed into webhook deliveries: reads the changes after its cursor, matches each
/// against the rules with a webhook, and stores the deliveries together with the new cursor in one
/// transaction. Run again after a crash, it picks up where the last commit left it.
/// </summary>
public static class AlertDispatcher
{
    public const string CursorName = "webhooks";
    private const int Batch = 500;

    /// <summary>Queues the deliveries for every change not dispatched yet; returns how many were queued.</summary>
    public static int DispatchChanges(IAlertStore store, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        var queued = 0;
        while (true)
        {
            var position = store.Cursor(CursorName);
            var changes = store.Changes(position, Batch);
            if (changes.Count == 0)
            {
                return queued;
            }

            var rules = store.Rules().Where(r => r.WebhookUrl is not null).ToList();
            var deliveries = (
                from change in changes
                from rule in rules
                where RuleMatcher.Matches(rule, change)
                select AlertPayloads.ForChange(rule, change, now)).ToList();
            store.Enqueue(CursorName, changes[^1].Seq, deliveries);
            queued += deliveries.Count;
        }
    }

    /// <summary>Records the source alerts not raised before and queues them to the rules that subscribe; returns the newly raised.</summary>
    public static IReadOnlyList<SourceAlertRecord> RaiseSourceAlerts(IAlertStore store, IEnumerable<SourceAlertRecord> alerts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(alerts);
        var raised = new List<SourceAlertRecord>();
        foreach (var alert in alerts)
        {
            if (store.RaiseSourceAlert(alert) is not { } stored)
            {
                continue;
            }

            raised.Add(stored);
            var deliveries = store.Rules().Where(r => r.SourceAlerts && r.WebhookUrl is not null)
                .Select(r => AlertPayloads.ForSource(r, stored, now)).ToList();
            // Queued with the feed's cursor unchanged: the position moves only forward.
            store.Enqueue(CursorName, 0, deliveries);
        }

        return raised;
    }
}
