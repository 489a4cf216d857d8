using Vigil.Core;
using Vigil.Gazetteer;

namespace Vigil.Extraction.Steps;

/// <summary>Whether a town lies in a raion, as the gazetteer has it: read by the incident step and the Slavic regional totals alike.</summary>
internal static class RaionMembership
{
    /// <summary>In the raion, elsewhere, or not known (a village the gazetteer holds no raion for); a raion's namesake centre is in it.</summary>
    public static bool? InRaion(this IGazetteer gazetteer, PlaceRef town, PlaceRef raion) => town.Id is { } id && gazetteer.RaionIdOf(id) is { } r
        ? string.Equals(r, raion.Id, StringComparison.Ordinal) || NamedAfter(raion, town)
        : null;

    /// <summary>"Nikopol Raion" and Nikopol: the raion named after the town.</summary>
    public static bool NamedAfter(PlaceRef raion, PlaceRef city) =>
        raion.Kind == PlaceKind.Raion && city.Kind is PlaceKind.City or PlaceKind.Settlement && city.District is null &&
        raion.Name.StartsWith(city.Name + " ", StringComparison.OrdinalIgnoreCase);
}
