using Vigil.Storage.Alerts;

namespace Vigil.Application.Alerts;

/// <summary>
/// Whether a new or changed incident concerns a rule: every condition the rule gives holds, with
/// the incident filters' meaning (docs/api.md): the place or district name, the oblast's code or
/// name, any of the weapons, minimums on the current figures (casualties = killed + injured, a
/// missing figure counting as 0).
/// </summary>
public static class RuleMatcher
{
    public static bool Matches(WatchRule rule, IncidentChange change)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind != IncidentChangeKind.Removed && change.Incident is { } incident && change.At >= rule.Created && Matches(rule, incident);
    }

    public static bool Matches(WatchRule rule, IncidentSnapshot incident)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(incident);
        if (rule.Place is { Length: > 0 } place
            && !string.Equals(place, incident.Place, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(place, incident.District, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (rule.Oblast is { Length: > 0 } oblast && !IsOblast(oblast, incident))
        {
            return false;
        }

        if (rule.Weapons.Count > 0 && !rule.Weapons.Any(w => incident.Weapons.Contains(w, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        var killed = incident.Killed ?? 0;
        var injured = incident.Injured ?? 0;
        return (rule.MinKilled is not { } k || killed >= k)
            && (rule.MinInjured is not { } i || injured >= i)
            && (rule.MinCasualties is not { } c || killed + injured >= c);
    }

    private static bool IsOblast(string oblast, IncidentSnapshot incident)
    {
        if (string.Equals(oblast, incident.Admin1Code, StringComparison.OrdinalIgnoreCase) || string.Equals(oblast, incident.Admin1, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        const string Suffix = " Oblast";
        return incident.Admin1 is { } admin1 && admin1.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
            && string.Equals(oblast, admin1[..^Suffix.Length], StringComparison.OrdinalIgnoreCase);
    }
}
