using Vigil.Core;

namespace Vigil.Gazetteer;

/// <summary>Resolves place names as reports write them to gazetteer entries.</summary>
public interface IGazetteer
{
    /// <summary>
    /// Candidates for a name as written (any spelling, old name, Cyrillic, case-insensitive,
    /// possessive or "region"/"oblast"/"the city of" wrapping allowed), best first; empty when unknown.
    /// </summary>
    IReadOnlyList<GeocodeCandidate> Geocode(string name, GeocodeContext? context = null);

    /// <summary>Whether <paramref name="name"/> (one or more words, any case) is a match key of some place. Fast: used while scanning text.</summary>
    bool IsKnownName(ReadOnlySpan<char> name);

    /// <summary>The id of the raion a town or village is in (by the place's id), or null when the gazetteer does not say.</summary>
    string? RaionIdOf(string placeId) => null;
}

/// <summary>What else is known when resolving a mention: an oblast (name or ISO code, e.g. "Kharkiv" or "UA-63") and the report's other place mentions.</summary>
public sealed record GeocodeContext(string? Oblast = null, IReadOnlyList<string>? OtherMentions = null);

/// <summary>One gazetteer entry offered for a name, with a score in [0, 1].</summary>
public sealed record GeocodeCandidate(
    string Id,
    string Name,
    PlaceKind Kind,
    string? District,
    string? Admin1,
    string? Admin1Code,
    string Country,
    double Lat,
    double Lon,
    int? Population,
    double Score)
{
    public PlaceRef ToPlaceRef(string mention) =>
        new(Name, Kind, District, Admin1, Admin1Code, Country, Lat, Lon, mention, Id);
}
