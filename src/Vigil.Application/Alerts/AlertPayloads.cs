using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Storage;
using Vigil.Storage.Alerts;

namespace Vigil.Application.Alerts;

/// <summary>The JSON bodies webhooks receive (docs/alerts.md, "Payload"): written once when a delivery is queued and sent unchanged on every attempt.</summary>
public static class AlertPayloads
{
    public const string IncidentEvent = "incident";
    public const string SourceEvent = "source_alert";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The id the receiver de-duplicates on: one per change (or source alert) and rule, the same on every attempt.</summary>
    public static string DeliveryId(string @event, long subject, long ruleId) =>
        string.Create(CultureInfo.InvariantCulture, $"{(@event == IncidentEvent ? "c" : "s")}{subject}-r{ruleId}");

    public static AlertDelivery ForChange(WatchRule rule, IncidentChange change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(change);
        var incident = change.Incident ?? throw new ArgumentException("a removal has no incident to send", nameof(change));
        var id = DeliveryId(IncidentEvent, change.Seq, rule.Id);
        var body = JsonSerializer.Serialize(new IncidentBody(id, IncidentEvent, change.Kind switch
            {
                IncidentChangeKind.New => "new",
                IncidentChangeKind.Changed => "changed",
                _ => "removed",
            },
            change.Seq, StoreValues.UtcTimestamp(change.At), new RuleRef(rule.Id, rule.Name),
            new IncidentBodyIncident(incident.Id, incident.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), incident.Place, incident.District,
                incident.Admin1, incident.Admin1Code, incident.Weapons, incident.Killed, incident.Injured, incident.ChildrenKilled,
                incident.ChildrenInjured, incident.Missing, "/api/v1/incidents/" + Uri.EscapeDataString(incident.Id))), Json);
        return new AlertDelivery(id, rule.Id, IncidentEvent, change.Seq, body, DeliveryStatus.Pending, 0, now, null);
    }

    public static AlertDelivery ForSource(WatchRule rule, SourceAlertRecord alert, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(alert);
        var id = DeliveryId(SourceEvent, alert.Id, rule.Id);
        var body = JsonSerializer.Serialize(new SourceBody(id, SourceEvent, new RuleRef(rule.Id, rule.Name),
            new SourceBodyAlert(alert.Source, alert.Kind, alert.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), alert.Detail,
                StoreValues.UtcTimestamp(alert.Raised))), Json);
        return new AlertDelivery(id, rule.Id, SourceEvent, alert.Id, body, DeliveryStatus.Pending, 0, now, null);
    }

    private sealed record RuleRef(long Id, string Name);

    private sealed record IncidentBody(string DeliveryId, string Event, string Change, long ChangeSeq, string ChangedAt, RuleRef Rule, IncidentBodyIncident Incident);

    private sealed record IncidentBodyIncident(
        string Id, string? Date, string? Place, string? District, string? Admin1, string? Admin1Code, IReadOnlyList<string> Weapons,
        int? Killed, int? Injured, int? ChildrenKilled, int? ChildrenInjured, int? Missing, string Url);

    private sealed record SourceBody(string DeliveryId, string Event, RuleRef Rule, SourceBodyAlert Alert);

    private sealed record SourceBodyAlert(string Source, string Kind, string Day, string Detail, string Raised);
}
