using System.Collections.Concurrent;
using Vigil.Core;
using Vigil.Storage;

namespace Vigil.Server;

/// <summary>
/// Stored summaries as the API shows them, with how precisely the place can be drawn: a pin only
/// where the coordinates are the place's own, an area for oblast- or raion-level places and for a
/// city district that only carries its city's coordinates.
/// </summary>
public sealed class IncidentSummaries
{
    private const double SameCoordinates = 1e-4;

    private readonly Gazetteer.Gazetteer _gazetteer;
    private readonly ConcurrentDictionary<(string Name, string? Code), (double Lat, double Lon)?> _cities = new();
    private readonly ConcurrentDictionary<(string Name, string? Code), string?> _ukrainian = new();

    public IncidentSummaries(Gazetteer.Gazetteer? gazetteer = null)
    {
        _gazetteer = gazetteer ?? Gazetteer.Gazetteer.Default;
    }

    public IncidentListItem ToItem(IncidentSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var place = s.Place is null ? null
            : new PlaceSummary(s.Place, s.District, s.PlaceKind, s.Admin1, s.Admin1Code, s.Lat, s.Lon, s.PlaceResolved, Precision(s))
            {
                NameUk = UkrainianName(s.Place, s.Admin1Code),
            };
        return new IncidentListItem(s.Id, s.Date, s.DatePrecision, place, s.Weapons, s.Attacker, s.Killed, s.Injured,
            s.ChildrenKilled, s.ChildrenInjured, s.Missing, s.ReportCount, s.Contested);
    }

    public IReadOnlyList<IncidentListItem> ToItems(IEnumerable<IncidentSummary> summaries) => summaries.Select(ToItem).ToList();

    private string Precision(IncidentSummary s)
    {
        if (s.Lat is not { } lat || s.Lon is not { } lon)
        {
            return "none";
        }

        if (s.PlaceKind is "oblast" or "raion")
        {
            return "area";
        }

        if (s.District is not null && s.Place is { } city && CityCoordinates(city, s.Admin1Code) is { } c
            && Math.Abs(c.Lat - lat) < SameCoordinates && Math.Abs(c.Lon - lon) < SameCoordinates)
        {
            return "area";
        }

        return "point";
    }

    /// <summary>
    /// The place's Ukrainian name from the gazetteer, for the Ukrainian interface: only when the
    /// canonical name and oblast name exactly one known place, never a guess.
    /// </summary>
    public string? UkrainianName(string? name, string? admin1Code) =>
        name is null ? null : _ukrainian.GetOrAdd((name, admin1Code), key =>
        {
            var matches = _gazetteer.Geocode(key.Name)
                .Where(c => string.Equals(c.Name, key.Name, StringComparison.Ordinal)
                            && (key.Code is null || string.Equals(c.Admin1Code, key.Code, StringComparison.Ordinal)))
                .Select(c => _gazetteer.Find(c.Id)?.Ukrainian)
                .Where(uk => !string.IsNullOrEmpty(uk))
                .Distinct(StringComparer.Ordinal)
                .Take(2)
                .ToList();
            return matches.Count == 1 ? matches[0] : null;
        });

    private (double Lat, double Lon)? CityCoordinates(string name, string? code) =>
        _cities.GetOrAdd((name, code), key =>
        {
            foreach (var candidate in _gazetteer.Geocode(key.Name))
            {
                if (candidate.Kind == PlaceKind.City && string.Equals(candidate.Name, key.Name, StringComparison.Ordinal)
                    && (key.Code is null || string.Equals(candidate.Admin1Code, key.Code, StringComparison.Ordinal)))
                {
                    return (candidate.Lat, candidate.Lon);
                }
            }

            return null;
        });
}
