using Vigil.Core;
using Vigil.Gazetteer;

namespace Vigil.Corpus;

/// <summary>A place attacks happen in: names in the three languages and its oblast.</summary>
internal sealed record CorpusPlace(int Index, string Id, string Name, string Ukrainian, string Russian, string OblastCode, string OblastStem, bool IsCity, int Population);

/// <summary>
/// The settlements of the real gazetteer that resolve back to themselves by their English,
/// Ukrainian and Russian names (within their oblast for smaller ones), so a generated mention means
/// one place; drawn with weight = oblast's exposure × √population, so frontline oblasts and big
/// cities get most attacks, as in a real year.
/// </summary>
internal sealed class PlacePool
{
    // Relative exposure per oblast: frontline and border oblasts far above the west. Crimea,
    // Sevastopol and Luhansk are left out: hardly any reports from there come as Ukrainian officials' posts.
    private static readonly Dictionary<string, double> Exposure = new(StringComparer.Ordinal)
    {
        ["UA-63"] = 10, ["UA-14"] = 9, ["UA-23"] = 8, ["UA-65"] = 8, ["UA-12"] = 8, ["UA-59"] = 8,
        ["UA-51"] = 4, ["UA-48"] = 3, ["UA-74"] = 3, ["UA-30"] = 3, ["UA-32"] = 2, ["UA-53"] = 2,
        ["UA-18"] = 1, ["UA-35"] = 1, ["UA-71"] = 1, ["UA-05"] = 0.7, ["UA-56"] = 0.5, ["UA-46"] = 0.6,
        ["UA-07"] = 0.4, ["UA-68"] = 0.5, ["UA-26"] = 0.4, ["UA-61"] = 0.4, ["UA-77"] = 0.2, ["UA-21"] = 0.1,
    };

    /// <summary>The 27 oblast-level units' English stems ("Kharkiv" for Kharkiv Oblast) and regional centres.</summary>
    private static readonly Dictionary<string, (string Stem, string Capital)> Oblasts = new(StringComparer.Ordinal)
    {
        ["UA-05"] = ("Vinnytsia", "Vinnytsia"), ["UA-07"] = ("Volyn", "Lutsk"), ["UA-12"] = ("Dnipropetrovsk", "Dnipro"),
        ["UA-14"] = ("Donetsk", "Kramatorsk"), ["UA-18"] = ("Zhytomyr", "Zhytomyr"), ["UA-21"] = ("Zakarpattia", "Uzhhorod"),
        ["UA-23"] = ("Zaporizhzhia", "Zaporizhzhia"), ["UA-26"] = ("Ivano-Frankivsk", "Ivano-Frankivsk"),
        ["UA-30"] = ("Kyiv", "Kyiv"), ["UA-32"] = ("Kyiv", "Kyiv"), ["UA-35"] = ("Kirovohrad", "Kropyvnytskyi"),
        ["UA-46"] = ("Lviv", "Lviv"), ["UA-48"] = ("Mykolaiv", "Mykolaiv"), ["UA-51"] = ("Odesa", "Odesa"),
        ["UA-53"] = ("Poltava", "Poltava"), ["UA-56"] = ("Rivne", "Rivne"), ["UA-59"] = ("Sumy", "Sumy"),
        ["UA-61"] = ("Ternopil", "Ternopil"), ["UA-63"] = ("Kharkiv", "Kharkiv"), ["UA-65"] = ("Kherson", "Kherson"),
        ["UA-68"] = ("Khmelnytskyi", "Khmelnytskyi"), ["UA-71"] = ("Cherkasy", "Cherkasy"), ["UA-74"] = ("Chernihiv", "Chernihiv"),
        ["UA-77"] = ("Chernivtsi", "Chernivtsi"),
    };

    private readonly double[] _cumulative;

    public PlacePool(Vigil.Gazetteer.Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var places = new List<CorpusPlace>();
        var weights = new List<double>();
        foreach (var record in gazetteer.Places.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (record.Country != "UA" || record.Kind is not (PlaceKind.City or PlaceKind.Settlement)
                || record.Population is not >= 1000 || record.Ukrainian is null || record.Russian is null
                || !Exposure.TryGetValue(record.Admin1Code, out var exposure) || !Oblasts.TryGetValue(record.Admin1Code, out var oblast))
            {
                continue;
            }

            // Cities of 50,000 and more are named alone; smaller places always with their oblast.
            var isCity = record.Population >= 50_000;
            var context = isCity ? null : new GeocodeContext(record.Admin1Code);
            if (!ResolvesTo(gazetteer, record.Name, context, record.Id)
                || !ResolvesTo(gazetteer, record.Ukrainian, context, record.Id)
                || !ResolvesTo(gazetteer, record.Russian, context, record.Id)
                || record.Name.Contains(' ', StringComparison.Ordinal) != record.Ukrainian.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            places.Add(new CorpusPlace(places.Count, record.Id, record.Name, record.Ukrainian, record.Russian,
                record.Admin1Code, oblast.Stem, isCity, record.Population.Value));
            weights.Add(exposure * Math.Sqrt(record.Population.Value));
        }

        Places = places;
        _cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }

        Capitals = Oblasts.ToDictionary(o => o.Key, o => places.FirstOrDefault(p => p.Name == o.Value.Capital && p.OblastCode == o.Key), StringComparer.Ordinal);
    }

    public IReadOnlyList<CorpusPlace> Places { get; }

    /// <summary>Each oblast's regional centre (null where it did not qualify), for datelines.</summary>
    public IReadOnlyDictionary<string, CorpusPlace?> Capitals { get; }

    public CorpusPlace Draw(Rng rng) => Places[rng.Weighted(_cumulative)];

    private static bool ResolvesTo(Vigil.Gazetteer.Gazetteer gazetteer, string name, GeocodeContext? context, string id)
    {
        var candidates = gazetteer.Geocode(name, context);
        return candidates.Count > 0 && candidates[0].Id == id;
    }
}
