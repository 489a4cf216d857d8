using System.Text.Json;
using Vigil.Core;
using Vigil.Fusion.Review;
using Vigil.Storage.Review;

namespace Vigil.Application.Review;

/// <summary>Review decisions to and from the store's rows: anchors and payload as JSON in the contract's spelling.</summary>
public static class ReviewDecisionCodec
{
    public static StoredDecision ToStored(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var payload = new Payload(
            decision.Figures?.ToDictionary(static f => Ingest.IncidentDocuments.JsonName(f.Key), static f => f.Value, StringComparer.Ordinal),
            decision.Place, decision.Date, decision.Weapons, decision.ClaimId, decision.Others, decision.Status);
        var keys = decision.Anchors.Concat(decision.Others).Select(static a => a.ReportKey).Distinct(StringComparer.Ordinal).ToList();
        return new StoredDecision(decision.Id, Ingest.IncidentDocuments.JsonName(decision.Action), decision.Analyst, decision.At, decision.Note,
            JsonSerializer.Serialize(decision.Anchors, VigilJson.Compact), JsonSerializer.Serialize(payload, VigilJson.Compact), keys);
    }

    public static ReviewDecision FromStored(StoredDecision stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var action = JsonSerializer.Deserialize<ReviewAction>("\"" + stored.Action + "\"", VigilJson.Compact);
        var anchors = JsonSerializer.Deserialize<List<ObservationRef>>(stored.Anchors, VigilJson.Compact) ?? [];
        var payload = JsonSerializer.Deserialize<Payload>(stored.Payload, VigilJson.Compact)
            ?? throw new JsonException($"review decision {stored.Id} has no payload");
        return new ReviewDecision(stored.Id, action, stored.Actor, stored.At, stored.Note, anchors)
        {
            Figures = payload.Figures?.ToDictionary(
                static f => JsonSerializer.Deserialize<ClaimField>("\"" + f.Key + "\"", VigilJson.Compact), static f => f.Value),
            Place = payload.Place,
            Date = payload.Date,
            Weapons = payload.Weapons,
            ClaimId = payload.ClaimId,
            Others = payload.Others ?? [],
            Status = payload.Status,
        };
    }

    private sealed record Payload(
        Dictionary<string, int>? Figures,
        PlaceRef? Place,
        DateOnly? Date,
        IReadOnlyList<Weapon>? Weapons,
        string? ClaimId,
        IReadOnlyList<ObservationRef>? Others,
        ReviewStatus? Status);
}
