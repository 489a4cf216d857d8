using System.IO.Compression;
using System.Reflection;
using System.Text;
using Vigil.Core;
using Vigil.Gazetteer.Text;

namespace Vigil.Gazetteer;

/// <summary>
/// The embedded gazetteer of Ukraine and Russia's border regions (data/places.tsv.gz, built by
/// data/build/BuildGazetteer.cs). Immutable after load, so safe to share across threads.
/// </summary>
public sealed class Gazetteer : IGazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PlaceRecord[] _places;
    private readonly Dictionary<string, Posting[]> _keys;
    private readonly Dictionary<string, Posting[]> _skeletons;
    private readonly Dictionary<string, Posting[]>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private readonly Dictionary<string, Posting[]>.AlternateLookup<ReadOnlySpan<char>> _skeletonLookup;
    private readonly Dictionary<string, int> _byId;
    private readonly Dictionary<string, string> _admin1Names;
    private readonly QueryParser _parser;

    /// <summary>The gazetteer built from the embedded data, loaded on first use.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>Number of places.</summary>
    public int Count => _places.Length;

    /// <summary>All places, for export and the map.</summary>
    public IReadOnlyList<PlaceRecord> Places => _places;

    public Gazetteer(IEnumerable<PlaceRecord> places, string wrappersTsv)
    {
        _places = [.. places];
        _parser = new QueryParser(wrappersTsv);
        _byId = new Dictionary<string, int>(_places.Length, StringComparer.Ordinal);
        _admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < _places.Length; i++)
        {
            _byId[_places[i].Id] = i;
            if (_places[i].Kind == PlaceKind.Oblast)
            {
                _admin1Names[_places[i].Admin1Code] = _places[i].Name;
            }
        }

        var keys = new Dictionary<string, List<Posting>>(_places.Length * 8, StringComparer.Ordinal);
        var skeletons = new Dictionary<string, List<Posting>>(_places.Length * 6, StringComparer.Ordinal);
        for (int i = 0; i < _places.Length; i++)
        {
            foreach (var (name, weight, scope) in KeysOf(_places[i]))
            {
                string key = NameKey.Normalize(name);
                if (key.Length < 2)
                {
                    continue;
                }

                Add(keys, key, new Posting(i, weight, scope));
                if (!Transliteration.HasCyrillic(key))
                {
                    Add(skeletons, NameKey.Skeleton(key), new Posting(i, weight * SkeletonFactor, scope));
                }
            }
        }

        _keys = keys.ToDictionary(kv => kv.Key, kv => Dedup(kv.Value), StringComparer.Ordinal);
        _skeletons = skeletons.ToDictionary(kv => kv.Key, kv => Dedup(kv.Value), StringComparer.Ordinal);
        _keyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _skeletonLookup = _skeletons.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private const float SkeletonFactor = 0.85f;

    /// <summary>Where a key may match: anywhere, or only when the mention asks for an oblast or a raion ("Sumy region").</summary>
    private enum KeyScope : byte
    {
        Any,
        OblastOnly,
        RaionOnly,
    }

    private readonly record struct Posting(int Place, float Weight, KeyScope Scope);

    public static Gazetteer Load(Stream placesGzip, string wrappersTsv)
    {
        using var gzip = new GZipStream(placesGzip, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var places = new List<PlaceRecord>(6000);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                places.Add(PlaceRecord.ParseTsv(line));
            }
        }

        return new Gazetteer(places, wrappersTsv);
    }

    private static Gazetteer LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var places = OpenResource(assembly, "Vigil.Gazetteer.places.tsv.gz");
        using var wrappers = new StreamReader(OpenResource(assembly, "Vigil.Gazetteer.wrappers.tsv"), Encoding.UTF8);
        return Load(places, wrappers.ReadToEnd());
    }

    internal static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"embedded resource {name} is missing");

    /// <summary>The place with this id (e.g. "geonames:706483", "iso:UA-63"), or null.</summary>
    public PlaceRecord? Find(string id) => _byId.TryGetValue(id, out int i) ? _places[i] : null;

    /// <summary>English name of an oblast-level region by ISO 3166-2 code ("UA-63" → "Kharkiv Oblast").</summary>
    public string? Admin1Name(string isoCode) => _admin1Names.GetValueOrDefault(isoCode);

    public bool IsKnownName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 128)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[name.Length];
        int n = NameKey.Write(name, buffer);
        var key = buffer[..n];
        if (HasAnyScope(_keyLookup, key))
        {
            return true;
        }

        // "Kharkiv's", "Kharkiv region", "Sumy oblast", "Saltivskyi district": the bare name decides.
        if (name.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || name.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            return IsKnownName(name[..^2]);
        }

        foreach (string suffix in (string[])[" region", " oblast", " district", " raion", " rayon", " область", " район"])
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                var core = key[..^suffix.Length];
                return _keyLookup.TryGetValue(core, out _) || SkeletonKnown(core);
            }
        }

        return SkeletonKnown(key);
    }

    private static bool HasAnyScope(Dictionary<string, Posting[]>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> key)
    {
        if (!lookup.TryGetValue(key, out var postings))
        {
            return false;
        }

        foreach (var p in postings)
        {
            if (p.Scope == KeyScope.Any)
            {
                return true;
            }
        }

        return false;
    }

    private bool SkeletonKnown(ReadOnlySpan<char> key)
    {
        if (key.Length < 4 || Transliteration.HasCyrillic(key))
        {
            return false;
        }

        Span<char> skeleton = stackalloc char[key.Length];
        int n = NameKey.WriteSkeleton(key, skeleton);
        return HasAnyScope(_skeletonLookup, skeleton[..n]);
    }

    public IReadOnlyList<GeocodeCandidate> Geocode(string name, GeocodeContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var query = _parser.Parse(name);
        if (query.Core.Length == 0)
        {
            return [];
        }

        var scores = new Dictionary<int, double>();
        Collect(query, scores);
        if (scores.Count == 0)
        {
            return [];
        }

        string? contextOblast = context?.Oblast is { } o ? ResolveOblast(o) : null;
        PlaceRecord? container = query.Container is { } c ? BestPlace(c) : null;
        var mentions = context?.OtherMentions is { Count: > 0 } others ? MentionedPlaces(others, name) : [];

        var results = new List<GeocodeCandidate>(scores.Count);
        foreach (var (index, matchWeight) in scores)
        {
            var place = _places[index];
            double score = (matchWeight * (0.6 + (0.4 * Prior(place)))) + IntentFit(place, query.Intent);
            score += ContextFit(place, contextOblast, container, mentions);
            results.Add(ToCandidate(place, Math.Round(Math.Clamp(score, 0, 1), 3)));
        }

        // A district named inside a city no source lists ("the Kyivskyi district of Odesa" where Odesa has none of that name).
        if (container is { Kind: PlaceKind.City } city && query.Intent == PlaceIntent.District
            && !results.Any(r => r.Kind == PlaceKind.CityDistrict && r.Name == city.Name))
        {
            results.Add(new GeocodeCandidate(city.Id, city.Name, PlaceKind.CityDistrict, TitleCase(query.Core), Admin1Name(city.Admin1Code),
                city.Admin1Code, city.Country, city.Lat, city.Lon, city.Population, 0.75));
        }

        results.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : (b.Population ?? 0) != (a.Population ?? 0) ? (b.Population ?? 0).CompareTo(a.Population ?? 0)
            : string.CompareOrdinal(a.Id, b.Id));
        return results.Count > MaxCandidates ? results.GetRange(0, MaxCandidates) : results;
    }

    private const int MaxCandidates = 12;

    /// <summary>The ISO 3166-2 code of an oblast given by name, any spelling, or code ("Kharkiv", "Харківська область", "UA-63").</summary>
    public string? ResolveOblast(string text)
    {
        string trimmed = text.Trim();
        if (_admin1Names.ContainsKey(trimmed.ToUpperInvariant()))
        {
            return trimmed.ToUpperInvariant();
        }

        var scores = new Dictionary<int, double>();
        var parsed = _parser.Parse(trimmed);
        Collect(parsed with { Intent = PlaceIntent.Oblast }, scores);
        return scores.Count == 0 ? null
            : _places[scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key].Admin1Code;
    }

    private PlaceRecord? BestPlace(string text)
    {
        var found = Geocode(text);
        return found.Count == 0 ? null : Find(found[0].Id) ?? (_byId.TryGetValue(found[0].Id, out int i) ? _places[i] : null);
    }

    private List<PlaceRecord> MentionedPlaces(IReadOnlyList<string> mentions, string self)
    {
        var result = new List<PlaceRecord>();
        foreach (string m in mentions.Take(16))
        {
            if (string.Equals(m, self, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var found = Geocode(m);
            // Only mentions that are themselves clear-cut inform the others.
            if (found.Count > 0 && (found.Count == 1 || found[0].Score - found[1].Score >= 0.05) && Find(found[0].Id) is { } place)
            {
                result.Add(place);
            }
        }

        return result;
    }

    private void Collect(ParsedQuery query, Dictionary<int, double> scores)
    {
        string key = NameKey.Normalize(query.Core);
        bool found = Gather(_keys, key, query.Intent, scores);
        if (!found && !Transliteration.HasCyrillic(key) && key.Length >= 4)
        {
            found = Gather(_skeletons, NameKey.Skeleton(key), query.Intent, scores);
        }

        if (!found && Transliteration.HasCyrillic(key))
        {
            // Unseen Cyrillic spelling: try its romanisations.
            found = Gather(_skeletons, NameKey.Skeleton(NameKey.Normalize(Transliteration.UkrainianToLatin(key))), query.Intent, scores)
                    || Gather(_skeletons, NameKey.Skeleton(NameKey.Normalize(Transliteration.RussianToLatin(key))), query.Intent, scores);
        }

        // "Pokrovsk district" with no raion of that name: the raion whose centre it is, else the place itself.
        if (!found && query.Intent is PlaceIntent.Raion or PlaceIntent.District or PlaceIntent.Oblast)
        {
            Collect(query with { Intent = PlaceIntent.Any }, scores);
            if (query.Intent == PlaceIntent.Oblast)
            {
                MapCapitalsToOblasts(scores);
            }
        }
    }

    private bool Gather(Dictionary<string, Posting[]> index, string key, PlaceIntent intent, Dictionary<int, double> scores)
    {
        if (!index.TryGetValue(key, out var postings))
        {
            return false;
        }

        bool any = false;
        foreach (var p in postings)
        {
            var kind = _places[p.Place].Kind;
            bool allowed = intent switch
            {
                PlaceIntent.Oblast => kind == PlaceKind.Oblast,
                PlaceIntent.Raion => kind == PlaceKind.Raion,
                PlaceIntent.District => kind is PlaceKind.Raion or PlaceKind.CityDistrict,
                _ => p.Scope == KeyScope.Any,
            };
            if (!allowed)
            {
                continue;
            }

            any = true;
            scores[p.Place] = Math.Max(scores.GetValueOrDefault(p.Place), p.Weight);
        }

        return any;
    }

    /// <summary>"Kherson region" when only the city matched: the oblast whose capital it is.</summary>
    private void MapCapitalsToOblasts(Dictionary<int, double> scores)
    {
        foreach (var (index, weight) in scores.ToList())
        {
            var place = _places[index];
            if (place.FeatureCode is "PPLA" && _byId.TryGetValue("iso:" + place.Admin1Code, out int oblast))
            {
                scores.Remove(index);
                scores[oblast] = Math.Max(scores.GetValueOrDefault(oblast), weight);
            }
        }
    }

    /// <summary>How likely a place is to be meant, other things equal: its size and standing.</summary>
    private static double Prior(PlaceRecord place)
    {
        double prior = place.Kind switch
        {
            PlaceKind.Oblast => 0.95,
            PlaceKind.Raion => 0.5,
            PlaceKind.CityDistrict => 0.6,
            _ when place.Population is { } pop => Math.Clamp(Math.Log10(Math.Max(pop, 1)) / 6.2, 0.1, 1.0)
                                                + (place.FeatureCode is "PPLC" or "PPLA" ? 0.1 : place.FeatureCode == "PPLA2" ? 0.05 : 0),
            _ => 0.2,
        };
        return Math.Min(1.0, prior) * (place.Country == "UA" ? 1.0 : 0.95);
    }

    private static double IntentFit(PlaceRecord place, PlaceIntent intent) => intent switch
    {
        PlaceIntent.City when place.Kind == PlaceKind.City => 0.03,
        PlaceIntent.Settlement when place.Kind == PlaceKind.Settlement => 0.05,
        PlaceIntent.City or PlaceIntent.Settlement when place.Kind is PlaceKind.Oblast or PlaceKind.Raion or PlaceKind.CityDistrict => -0.2,
        _ => 0,
    };

    private static double ContextFit(PlaceRecord place, string? contextOblast, PlaceRecord? container, List<PlaceRecord> mentions)
    {
        double fit = 0;
        if (contextOblast is not null)
        {
            fit += place.Admin1Code == contextOblast ? 0.3 : -0.25;
        }

        if (container is not null)
        {
            fit += container.Kind switch
            {
                PlaceKind.Oblast => place.Admin1Code == container.Admin1Code ? 0.3 : -0.25,
                PlaceKind.Raion => place.Raion == container.Name ? 0.3 : place.Admin1Code == container.Admin1Code ? 0.15 : -0.25,
                _ => place.ParentId == container.Id ? 0.3 : place.Admin1Code == container.Admin1Code ? 0.1 : -0.25,
            };
        }

        if (mentions.Count > 0)
        {
            if (mentions.Any(m => m.Admin1Code == place.Admin1Code))
            {
                fit += 0.15;
            }

            if (place.ParentId is { } parent && mentions.Any(m => m.Id == parent))
            {
                fit += 0.15;
            }
            else if (mentions.Any(m => m.Id != place.Id && Geo.DistanceKm(m.Lat, m.Lon, place.Lat, place.Lon) <= 60))
            {
                fit += 0.05;
            }
        }

        return fit;
    }

    private GeocodeCandidate ToCandidate(PlaceRecord place, double score)
    {
        string? admin1 = Admin1Name(place.Admin1Code);
        if (place.Kind == PlaceKind.CityDistrict && place.ParentId is { } parentId && Find(parentId) is { } city)
        {
            return new GeocodeCandidate(place.Id, city.Name, PlaceKind.CityDistrict, place.Name, admin1, place.Admin1Code,
                place.Country, place.Lat, place.Lon, null, score);
        }

        return new GeocodeCandidate(place.Id, place.Name, place.Kind, null, admin1, place.Admin1Code, place.Country,
            place.Lat, place.Lon, place.Population, score);
    }

    /// <summary>Every name a place answers to, with how much a match on it is worth.</summary>
    private static IEnumerable<(string Name, float Weight, KeyScope Scope)> KeysOf(PlaceRecord place)
    {
        yield return (place.Name, 1.0f, KeyScope.Any);
        if (place.Ukrainian is { } uk)
        {
            yield return (uk, 0.97f, KeyScope.Any);
            yield return (Transliteration.UkrainianToLatin(uk), 0.95f, KeyScope.Any);
        }

        if (place.Russian is { } ru)
        {
            yield return (ru, 0.96f, KeyScope.Any);
            yield return (Transliteration.RussianToLatin(ru), 0.9f, KeyScope.Any);
        }

        foreach (string old in place.OldNames)
        {
            yield return (old, 0.95f, KeyScope.Any);
            if (Transliteration.HasCyrillic(old))
            {
                yield return (Transliteration.RussianToLatin(old), 0.88f, KeyScope.Any);
            }
        }

        switch (place.Kind)
        {
            case PlaceKind.Oblast:
                // Short and adjectival forms ("Kharkiv", "Kharkivska") name the oblast only when the mention says region/oblast.
                foreach (string alt in place.Alternates)
                {
                    bool full = alt.Contains(' ', StringComparison.Ordinal) || alt.EndsWith("shchyna", StringComparison.Ordinal)
                                || alt.EndsWith("щина", StringComparison.Ordinal) || alt.EndsWith("ччина", StringComparison.Ordinal)
                                || alt.EndsWith("chchyna", StringComparison.Ordinal) || alt.Contains("Crimea", StringComparison.Ordinal)
                                || alt is "Krym" or "Крим" or "Крым" or "Bukovyna" or "Bukovina" or "Zakarpattia" or "Transcarpathia" or "Volyn" or "Волинь";
                    yield return (alt, 0.97f, full ? KeyScope.Any : KeyScope.OblastOnly);
                    if (alt.EndsWith(" oblast", StringComparison.Ordinal))
                    {
                        yield return (alt[..^" oblast".Length], 0.95f, KeyScope.OblastOnly);
                    }
                }

                yield return (place.Admin1Code, 0.99f, KeyScope.Any);
                if (place.Name.EndsWith(" Oblast", StringComparison.Ordinal))
                {
                    yield return (place.Name[..^" Oblast".Length], 1.0f, KeyScope.OblastOnly);
                }

                if (place.Name.EndsWith(" City", StringComparison.Ordinal))
                {
                    yield return (place.Name[..^" City".Length], 0.9f, KeyScope.OblastOnly);
                }

                break;
            case PlaceKind.Raion:
                foreach (string stem in RaionStems(place.Name))
                {
                    yield return (stem, 1.0f, KeyScope.RaionOnly);
                }

                foreach (string alt in place.Alternates)
                {
                    yield return (alt, 0.9f, KeyScope.Any);
                    foreach (string stem in RaionStems(alt))
                    {
                        yield return (stem, 0.9f, KeyScope.RaionOnly);
                    }
                }

                break;
            default:
                foreach (string alt in place.Alternates)
                {
                    yield return (alt, place.Kind == PlaceKind.CityDistrict ? 0.95f : 0.85f, KeyScope.Any);
                }

                break;
        }
    }

    /// <summary>"Kharkiv Raion" → Kharkiv, Kharkivskyi; "Bohodukhivskyi Raion" → Bohodukhivskyi, Bohodukhiv.</summary>
    private static IEnumerable<string> RaionStems(string name)
    {
        string? stem = Build.GazetteerBuilder.RaionStem(name);
        if (stem is null)
        {
            yield break;
        }

        yield return stem;
        foreach (string ending in (string[])["skyi", "skyy", "skiy", "s'kyi", "kyi"])
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return stem[..^ending.Length];
                yield break;
            }
        }

        yield return stem + "skyi";
    }

    private static string TitleCase(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static void Add(Dictionary<string, List<Posting>> index, string key, Posting posting)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<Posting>(1);
        }

        list.Add(posting);
    }

    private static Posting[] Dedup(List<Posting> postings) =>
        [.. postings.GroupBy(p => (p.Place, p.Scope)).Select(g => g.MaxBy(p => p.Weight))];
}
