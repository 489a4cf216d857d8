using Vigil.Core;
using Vigil.Fusion;
using Vigil.Fusion.Review;
using Vigil.Storage.Review;

namespace Vigil.Application.Review;

/// <summary>Why an incident needs an analyst, worst first (the queue sorts on these bits).</summary>
public static class ReviewQueue
{
    public static int Flags(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var flags = 0;
        if (incident.Contested)
        {
            flags |= ReviewFlags.Contested;
        }

        var rejected = incident.Review?.Rejected.Select(static r => r.ClaimId).ToHashSet(StringComparer.Ordinal);
        if (incident.Claims.Any(c => c.Claim.Scope == ClaimScope.Incident
                && Incident.FigureFields.Contains(c.Claim.Field)
                && c.Claim.Confidence?.Level == ConfidenceLevel.Low
                && rejected?.Contains(ClaimIds.Of(c)) != true))
        {
            flags |= ReviewFlags.LowConfidence;
        }

        if (incident.Status == ReviewStatus.Unreviewed && (incident.Killed.Value > 0 || incident.Injured.Value > 0))
        {
            flags |= ReviewFlags.NewWithCasualties;
        }

        if (incident.Place is not { Resolved: true })
        {
            flags |= ReviewFlags.UnresolvedPlace;
        }

        return flags;
    }
}
