using Vigil.Core;

namespace Vigil.Fusion;

/// <summary>Turns every claim of one figure into its current value, range, contested flag and history.</summary>
internal static class FigureFusion
{
    public static Figure Fuse(IReadOnlyList<TimedClaim> claims, ClaimField field, FusionOptions options)
    {
        var history = claims
            .Where(c => c.Source.Field == field && c.Source.Scope == ClaimScope.Incident && c.Source.Value is not null)
            .ToList();
        if (history.Count == 0)
        {
            return Figure.None;
        }

        // Superseded versions' claims are shown, never counted.
        // So are claims an analyst rejected, and low-confidence claims: the extractor read them as not the incident's
        // figure (a sub-count, a round-up's total, a toll it could not place), so they never become current, widen the
        // range or dispute a figure; a figure stated only by them has no current value, and says why (docs/fusion.md).
        var shown = history.Where(static c => !c.Superseded && !c.Rejected).ToList();
        var active = shown.Where(static c => c.Source.Confidence?.Level != ConfidenceLevel.Low).ToList();
        TimedClaim? current = null;
        foreach (var claim in active)
        {
            if (current is null || Precedes(claim, current))
            {
                current = claim;
            }
        }

        var why = current is null
            ? shown.Count > 0 ? $"no current value: the {(shown.Count == 1 ? "only claim is" : $"{shown.Count} claims are all")} low-confidence, read by the extractor as not the incident's figure" : null
            : Why(current, active, shown);
        if (current is not null && Refinement(current, active) is { } refined)
        {
            why = $"an attributed {(refined.Source.Qualifier == Qualifier.About ? "approximate" : "exact")} figure given later, within the earlier lower bound "
                  + $"'{Describe(current.Source.Qualifier)} {current.Source.Value}' of a more authoritative claimant ({Kind(current)})";
            current = refined;
        }

        return new Figure(
            current?.Source.Value,
            current?.Source.Qualifier,
            active.Count == 0 ? null : active.Min(static c => c.Source.Value),
            active.Count == 0 ? null : active.Max(static c => c.Source.Value),
            IsContested(active, options),
            history.Select(static c => new FigureRevision(
                c.Source.Value!.Value,
                c.Source.Qualifier,
                c.Claim.ReportKey,
                c.Claim.ReportVersion,
                c.Claim.Published,
                c.Claim.Source,
                c.Source.Claimant,
                c.Source.Evidence)
            {
                Superseded = c.Superseded,
                Rejected = c.Rejected,
            }).ToList())
        {
            CurrentRevision = current is null ? null : history.IndexOf(current),
            Why = why,
        };
    }

    /// <summary>
    /// "At least 5 killed" from the governor, then "7 killed" from the police or the mayor's channel: the
    /// later exact figure agrees with the lower bound and says more, so it becomes current whatever its
    /// rank. Only an attributed claim refines: an unattributed number above a lower bound is as often
    /// a misread sub-count or another incident's toll (docs/fusion.md).
    /// </summary>
    private static TimedClaim? Refinement(TimedClaim current, List<TimedClaim> active)
    {
        if (current.Source.Qualifier is not (Qualifier.AtLeast or Qualifier.MoreThan))
        {
            return null;
        }

        TimedClaim? best = null;
        foreach (var claim in active)
        {
            if (claim.Time > current.Time && claim.Source.Qualifier is Qualifier.Exact or Qualifier.About
                && claim.Source.Claimant.Kind != ClaimantKind.Unattributed && claim.Lower >= current.Lower
                && (best is null || claim.Time > best.Time || (claim.Time == best.Time && Precedes(claim, best))))
            {
                best = claim;
            }
        }

        return best;
    }

    /// <summary>Why <paramref name="current"/> was chosen among <paramref name="active"/>, in words a reader can check.</summary>
    private static string Why(TimedClaim current, List<TimedClaim> active, List<TimedClaim> shown)
    {
        if (active.Count == 1)
        {
            // the parts of a summed toll or a sub-count listed beside it: "the only claim" would read as if they were not there
            return shown.Count > 1 ? "the only claim not marked low-confidence" : "the only claim";
        }

        if (current.Source.Claimant.Kind == ClaimantKind.Analyst)
        {
            return "an analyst's correction overrides the sources";
        }

        var sameRank = active.Count(c => c.Rank == current.Rank);
        var outranks = active.Any(c => c.Rank < current.Rank);
        if (sameRank == 1)
        {
            return $"the most authoritative claimant ({Kind(current)})";
        }

        return outranks
            ? $"the latest claim of the most authoritative claimants ({Kind(current)})"
            : "the latest claim; no claimant outranks the others";
    }

    private static string Kind(TimedClaim claim) => claim.Source.Claimant.Kind switch
    {
        ClaimantKind.LocalAuthority => "local authority",
        ClaimantKind.EmergencyService => "emergency service",
        ClaimantKind.NationalBody => "national body",
        ClaimantKind.Military => "military",
        ClaimantKind.Media => "media",
        ClaimantKind.Witness => "witness",
        ClaimantKind.Analyst => "analyst",
        _ => "unattributed",
    };

    private static string Describe(Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => "at least",
        Qualifier.MoreThan => "more than",
        Qualifier.About => "about",
        Qualifier.UpTo => "up to",
        _ => "exact",
    };

    /// <summary>
    /// Whether <paramref name="a"/> should be the current value over <paramref name="b"/>: more
    /// authoritative, then later, then (same report) later in the text, then the smaller report key
    /// so that ties are settled the same way whatever the input order.
    /// </summary>
    private static bool Precedes(TimedClaim a, TimedClaim b)
    {
        if (a.Rank != b.Rank) return a.Rank > b.Rank;
        if (a.Time != b.Time) return a.Time > b.Time;
        var byReport = string.CompareOrdinal(a.Claim.ReportKey, b.Claim.ReportKey);
        if (byReport != 0) return byReport < 0;
        return a.Source.Evidence.Start > b.Source.Evidence.Start;
    }

    /// <summary>
    /// Contested: a later claim of the same or higher authority lowers the figure below what an
    /// earlier claim allowed, or two attributed parties give incompatible figures at the same time.
    /// The lowering claim must be attributed.
    /// </summary>
    private static bool IsContested(List<TimedClaim> history, FusionOptions options)
    {
        for (var i = 0; i < history.Count; i++)
        {
            for (var j = 0; j < history.Count; j++)
            {
                var earlier = history[i];
                var later = history[j];
                if (i == j || SameVoice(earlier, later))
                {
                    continue;
                }

                // An unattributed number is no party: it can neither revise nor dispute (it still shows in low and history).
                if (later.Source.Claimant.Kind == ClaimantKind.Unattributed)
                {
                    continue;
                }

                var revisedDown = earlier.Time < later.Time && later.Rank >= earlier.Rank && later.Upper < earlier.Lower;
                var disagree = (later.Time - earlier.Time).Duration() <= options.SameTime && later.Upper < earlier.Lower
                    && earlier.Source.Claimant.Kind != ClaimantKind.Unattributed;
                if (revisedDown || disagree)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>One speaker within one report updating itself ("two killed… the toll rose to three") is not a dispute.</summary>
    private static bool SameVoice(TimedClaim a, TimedClaim b) =>
        string.Equals(a.Claim.ReportKey, b.Claim.ReportKey, StringComparison.Ordinal)
        && a.Source.Claimant.Kind == b.Source.Claimant.Kind
        && string.Equals(a.Source.Claimant.Name, b.Source.Claimant.Name, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Source.Claimant.Role, b.Source.Claimant.Role, StringComparison.OrdinalIgnoreCase);
}
