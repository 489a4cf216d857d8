using System.Globalization;
using Vigil.Core;
using Vigil.Storage;

namespace Vigil.Application.Filters;

/// <summary>
/// The filters as given (query string or command line), unparsed. Names are the API's
/// (<see cref="FilterNames"/>); the command line maps its options onto them.
/// </summary>
public sealed record FilterInput(
    string? From = null,
    string? To = null,
    string? Oblast = null,
    string? Place = null,
    IReadOnlyList<string>? Weapons = null,
    string? MinKilled = null,
    string? MinInjured = null,
    string? MinCasualties = null,
    string? Bbox = null,
    string? Text = null);

/// <summary>The filter parameter names, as the API spells them and validation errors key them.</summary>
public static class FilterNames
{
    public const string From = "from";
    public const string To = "to";
    public const string Oblast = "oblast";
    public const string Place = "place";
    public const string Weapon = "weapon";
    public const string MinKilled = "min_killed";
    public const string MinInjured = "min_injured";
    public const string MinCasualties = "min_casualties";
    public const string Bbox = "bbox";
    public const string Text = "q";
}

/// <summary>A parsed filter, or every problem found (by parameter name), never both.</summary>
public sealed record FilterResult(IncidentFilter? Filter, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Filter is not null;
}

/// <summary>
/// The one filter parser of the command line and the API (docs/api.md, "Filters"): dates,
/// oblast and place resolved through the gazetteer, weapons, minimums, bounding box, text. An
/// unknown oblast, place or weapon is an error, never an empty result.
/// </summary>
public sealed class IncidentFilterParser
{
    public const int MaxTextLength = 200;

    private static readonly Dictionary<string, Weapon> WeaponNames =
        Enum.GetValues<Weapon>().ToDictionary(w => Ingest.IncidentDocuments.WeaponName(w), w => w, StringComparer.OrdinalIgnoreCase);

    private readonly Gazetteer.Gazetteer _gazetteer;

    public IncidentFilterParser(Gazetteer.Gazetteer? gazetteer = null)
    {
        _gazetteer = gazetteer ?? Gazetteer.Gazetteer.Default;
    }

    /// <summary>The weapon names a filter accepts, in contract order.</summary>
    public static IReadOnlyList<string> KnownWeapons { get; } = Enum.GetValues<Weapon>().Select(w => Ingest.IncidentDocuments.WeaponName(w)).ToList();

    public FilterResult Parse(FilterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Error(string name, string message)
        {
            if (!errors.TryGetValue(name, out var list))
            {
                errors[name] = list = [];
            }

            list.Add(message);
        }

        var from = ParseDate(input.From, FilterNames.From, Error);
        var to = ParseDate(input.To, FilterNames.To, Error);
        if (from is { } f && to is { } t && f > t)
        {
            Error(FilterNames.From, $"'{Text(f)}' is after to '{Text(t)}'");
        }

        string? oblast = null;
        if (!string.IsNullOrWhiteSpace(input.Oblast))
        {
            oblast = ResolveOblast(input.Oblast);
            if (oblast is null)
            {
                Error(FilterNames.Oblast, $"unknown oblast '{input.Oblast.Trim()}': give a name (Kharkiv, Kharkiv Oblast, Харківська область) or an ISO code (UA-63)");
            }
        }

        string? place = null;
        if (!string.IsNullOrWhiteSpace(input.Place))
        {
            place = ResolvePlace(input.Place);
            if (place is null)
            {
                Error(FilterNames.Place, $"unknown place '{input.Place.Trim()}': not in the gazetteer");
            }
        }

        var weapons = new List<string>();
        foreach (var value in input.Weapons ?? [])
        {
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (WeaponNames.TryGetValue(part, out var weapon))
                {
                    weapons.Add(Ingest.IncidentDocuments.WeaponName(weapon));
                }
                else
                {
                    Error(FilterNames.Weapon, $"unknown weapon '{part}': use {string.Join(", ", KnownWeapons)}");
                }
            }
        }

        var minKilled = ParseMinimum(input.MinKilled, FilterNames.MinKilled, Error);
        var minInjured = ParseMinimum(input.MinInjured, FilterNames.MinInjured, Error);
        var minCasualties = ParseMinimum(input.MinCasualties, FilterNames.MinCasualties, Error);
        var bbox = ParseBbox(input.Bbox, Error);

        string? text = null;
        if (!string.IsNullOrWhiteSpace(input.Text))
        {
            text = input.Text.Trim();
            if (text.Length > MaxTextLength)
            {
                Error(FilterNames.Text, string.Create(CultureInfo.InvariantCulture, $"text is {text.Length} characters, over the limit of {MaxTextLength}"));
            }
        }

        if (errors.Count > 0)
        {
            return new FilterResult(null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        var filter = new IncidentFilter(from, to, place, oblast)
        {
            Weapons = weapons.Distinct(StringComparer.Ordinal).ToList(),
            MinKilled = minKilled,
            MinInjured = minInjured,
            MinCasualties = minCasualties,
            Bbox = bbox,
            Text = text,
        };
        return new FilterResult(filter, new Dictionary<string, string[]>(StringComparer.Ordinal));
    }

    /// <summary>Parses a <c>YYYY-MM-DD</c> day; null when absent; an error when malformed.</summary>
    public static DateOnly? ParseDate(string? text, string name, Action<string, string> error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error(name, $"'{text.Trim()}' is not a date: use YYYY-MM-DD");
        return null;
    }

    /// <summary>The ISO code of an oblast given by name, any spelling, or code; null when none.</summary>
    public string? ResolveOblast(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var code = _gazetteer.Admin1Name(trimmed.ToUpperInvariant()) is not null ? trimmed.ToUpperInvariant() : _gazetteer.ResolveOblast(trimmed);
        // Only Ukraine's oblasts (and Kyiv, Sevastopol): the gazetteer also knows Russia's border regions.
        return code is not null && code.StartsWith("UA-", StringComparison.Ordinal) ? code : null;
    }

    /// <summary>The canonical name a place filter matches (a city district's own name for a district); null when unknown.</summary>
    public string? ResolvePlace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = _gazetteer.Geocode(text.Trim());
        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.FirstOrDefault(c => c.Country == "UA") ?? candidates[0];

        return best.Kind == PlaceKind.CityDistrict && best.District is { Length: > 0 } district ? district : best.Name;
    }

    private static int? ParseMinimum(string? text, string name, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        error(name, $"'{text.Trim()}' is not a non-negative integer");
        return null;
    }

    private static GeoBox? ParseBbox(string? text, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) && double.IsFinite(numbers[i])).All(ok => ok))
        {
            error(FilterNames.Bbox, $"'{text.Trim()}' is not four numbers minLon,minLat,maxLon,maxLat");
            return null;
        }

        var (minLon, minLat, maxLon, maxLat) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90)
        {
            error(FilterNames.Bbox, "longitudes must be within -180..180 and latitudes within -90..90");
            return null;
        }

        if (minLon > maxLon || minLat > maxLat)
        {
            error(FilterNames.Bbox, "a minimum is greater than its maximum: use minLon,minLat,maxLon,maxLat");
            return null;
        }

        return new GeoBox(minLon, minLat, maxLon, maxLat);
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
