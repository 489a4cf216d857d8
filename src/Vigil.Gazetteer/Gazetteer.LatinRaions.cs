using Vigil.Core;
using Vigil.Gazetteer.Text;

namespace Vigil.Gazetteer;

/// <summary>
/// English reports name a raion by the adjective of its centre in several romanisations: "Synelnykivskyi", "Samarsky",
/// "Stryiskiy" (Ukrainian), "Klimovsky", "Glushkovskiy", "Rylsky" (Russian). The Cyrillic forms of held raions are read
/// elsewhere; a Russian raion not held is named after its centre from either script.
/// </summary>
public sealed partial class Gazetteer
{
    // Longest first: "skiy" before "sky". Each is another spelling of the KMU "-skyi".
    private static readonly string[] LatinAdjectiveEndings = ["skyi", "skiy", "skii", "skij", "skyy", "sky", "ski"];

    /// <summary>"samarsky", "stryiskiy", "synelnykivski" → the KMU form ending in "-skyi"; null when the key is no such adjective.</summary>
    internal static string? AsKmuAdjective(string key)
    {
        if (key.Contains(' ', StringComparison.Ordinal) || Transliteration.HasCyrillic(key))
        {
            return null;
        }

        foreach (string ending in LatinAdjectiveEndings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal) && key.Length - ending.Length >= 3)
            {
                return ending == "skyi" ? null : key[..^ending.Length] + "skyi";
            }
        }

        return null;
    }

    /// <summary>
    /// A raion adjective in another romanisation than KMU 2010 ("Samarsky district", "Stryiskiy raion"): read as its
    /// "-skyi" form, then through the hromada adjective rules to the raion named after its centre.
    /// </summary>
    private bool CollectOtherRomanisation(string key, PlaceIntent intent, Dictionary<int, double> scores)
    {
        if (AsKmuAdjective(key) is not { } kmu)
        {
            return false;
        }

        bool found = Gather(_keys, kmu, intent, scores, AdjectiveFactor);
        if (!found)
        {
            foreach (string name in _adjectives.BaseNames(kmu[..^3] + "ka"))
            {
                found |= Gather(_keys, name, PlaceIntent.Raion, scores, AdjectiveFactor * AdjectiveFactor);
            }
        }

        return found;
    }

    // How a Russian raion's adjective stem ends its centre's name: Klimov-o, Khomutov-ka, Ryl-sk, Valuy-ki, Vygonich-i, Pogar.
    private static readonly string[] RussianCentreEndings = ["", "o", "a", "i", "y", "ka", "ki", "sk", "e"];

    // The same in Cyrillic: Глушков-о, Хомутов-ка, Рыль-ск, Валуй-ки, Выгонич-и.
    private static readonly string[] RussianCentreEndingsCyrillic = ["", "о", "а", "и", "ы", "ка", "ки", "ск", "е"];

    // «Глушковском районе», «Рыльского района»: a Russian raion adjective in any case, longest first.
    private static readonly string[] CyrillicAdjectiveEndings =
        ["ского", "скому", "ским", "ском", "ский", "ской", "ская", "ское", "скую", "ских"];

    /// <summary>
    /// "Klimovsky district" or «Глушковском районе» where no such raion is held: the raion named after the Russian town its adjective reads back to
    /// (Klimov-sky → Klimovo), placed at that town as every raion is at its centre. Only a town or village in Russia, only
    /// in the oblast given as context when one is, and only when one town answers. Nothing is returned otherwise.
    /// </summary>
    private List<GeocodeCandidate> RussianRaionByCentre(string key, string? contextOblast)
    {
        bool cyrillic = Transliteration.HasCyrillic(key);
        string? stem = null;
        foreach (string ending in cyrillic ? CyrillicAdjectiveEndings : LatinAdjectiveEndings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal) && key.Length - ending.Length >= 3 && !key.Contains(' ', StringComparison.Ordinal))
            {
                stem = key[..^ending.Length];
                break;
            }
        }

        if (stem is null || (contextOblast is not null && !contextOblast.StartsWith("RU-", StringComparison.Ordinal)))
        {
            return [];
        }

        var stems = new List<string> { stem };
        // Sudzhan-sky → Sudzha: the -n- joins the adjective to a name ending in a vowel
        if (stem.EndsWith(cyrillic ? 'н' : 'n'))
        {
            stems.Add(stem[..^1]);
        }

        var centres = new Dictionary<int, double>();
        foreach (string s in stems)
        {
            foreach (string ending in cyrillic ? RussianCentreEndingsCyrillic : RussianCentreEndings)
            {
                GatherWhere(_keys, s + ending, centres, AdjectiveFactor,
                    p => p.Country == "RU" && p.Kind is PlaceKind.City or PlaceKind.Settlement
                         && (contextOblast is null || p.Admin1Code == contextOblast));
            }
        }

        var towns = centres.Keys.Select(i => _places[i]).DistinctBy(static p => p.Id).ToList();
        if (towns.Count != 1)
        {
            return [];
        }

        var town = towns[0];
        double score = contextOblast is null ? 0.65 : 0.8;
        return [new GeocodeCandidate("vigil:raion-centre:" + town.Id, town.Name + " Raion", PlaceKind.Raion, null, Admin1Name(town.Admin1Code),
            town.Admin1Code, town.Country, town.Lat, town.Lon, null, score)];
    }

    // («Валуйском округе»: Belgorod Oblast's raions became municipal okrugs, named as the raions were)
    private static readonly string[] CyrillicRaionWords = ["район", "района", "районе", "районі", "району", "районом", "округ", "округа", "округе", "округу", "округом"];

    /// <summary>
    /// The adjective of a raion query: the core of "Klimovsky district", or the first word of «Глушковском районе», whose
    /// inflected «районе» the parser leaves in the core. Null for any other query.
    /// </summary>
    private static string? RaionAdjective(ParsedQuery query)
    {
        if (query.Intent is PlaceIntent.Raion or PlaceIntent.District)
        {
            return query.Core;
        }

        int space = query.Core.IndexOf(' ', StringComparison.Ordinal);
        return query.Intent == PlaceIntent.Any && space > 0 && Transliteration.HasCyrillic(query.Core)
            && CyrillicRaionWords.Contains(query.Core[(space + 1)..].ToLowerInvariant()) ? query.Core[..space] : null;
    }

    /// <summary>
    /// "Bohoduhiv district", "Artemivsk district": a district named after a town met only through a variant or former
    /// spelling is the raion named after that town (in its oblast), not the town. Latin script only.
    /// </summary>
    /// <summary>A Cyrillic word with the masculine adjective ending a raion's name takes («-ський», «-ский», «-цкий»).</summary>
    private static bool CyrillicAdjective(string key) =>
        key.EndsWith("ський", StringComparison.Ordinal) || key.EndsWith("цький", StringComparison.Ordinal) ||
        key.EndsWith("ский", StringComparison.Ordinal) || key.EndsWith("цкий", StringComparison.Ordinal) || key.EndsWith("зький", StringComparison.Ordinal);

    private void MapToRaionsNamedAfter(Dictionary<int, double> scores)
    {
        foreach (var (index, weight) in scores.ToList())
        {
            var town = _places[index];
            if (town.Kind is PlaceKind.City or PlaceKind.Settlement && _raionsByName.TryGetValue((town.Admin1Code, town.Name + " Raion"), out int raion))
            {
                scores.Remove(index);
                scores[raion] = Math.Max(scores.GetValueOrDefault(raion), weight);
            }
        }
    }
}
