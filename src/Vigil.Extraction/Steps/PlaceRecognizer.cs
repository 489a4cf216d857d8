using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Finds place mentions — capitalised word sequences, "the village of X", "X region/oblast",
/// "X's Y district" — and asks the gazetteer what they are. A mention the gazetteer does not
/// know is kept as unresolved only where the text itself says it is a place ("the village of X",
/// "X district"); it is never guessed.
/// </summary>
internal sealed class PlaceRecognizer(IGazetteer gazetteer) : IPipelineStep
{
    private readonly record struct Candidate(int Start, int End, string Name, string? Wrapper, bool Strong, string? DistrictOf);

    public void Run(AnnotatedDocument document)
    {
        var candidates = FindCandidates(document);
        if (candidates.Count == 0)
        {
            return;
        }

        // Oblast-level mentions first: they give the context in which smaller places are resolved.
        string? oblastContext = null;
        // The gazetteer weighs each candidate against the other mentions: a few suffice, and keep long inputs linear.
        var mentioned = candidates.Select(c => c.Name).Distinct(StringComparer.Ordinal).Take(12).ToList();
        foreach (var c in candidates)
        {
            if (c.Wrapper is "region" or "oblast" or "province")
            {
                var hit = RegionFirst(gazetteer.Geocode(c.Name + " " + c.Wrapper));
                if (hit.Count > 0 && hit[0].Kind == PlaceKind.Oblast)
                {
                    oblastContext = hit[0].Admin1Code;
                    break;
                }
            }
        }

        var context = new GeocodeContext(oblastContext, mentioned);
        var cache = new Dictionary<string, IReadOnlyList<GeocodeCandidate>>(StringComparer.Ordinal);
        var first = document.Places.Count;
        // the names of bare or village-wrapped mentions («с. Курганное»), not areas' («Новопавловской громады»)
        var names = new Dictionary<int, string>();
        foreach (var c in candidates)
        {
            if (Resolve(document, c, context, cache) is { } place)
            {
                if (c.Wrapper is null)
                {
                    names[place.Start] = c.Name;
                }
                document.Places.Add(place);
            }
        }

        CapitalsAsGovernments(document, first);
        KeepInNamedOblast(document, first);
        NoNamesakeInUnnamedRegion(document, first, names);
        NamesakeInNamedRaion(document, first);
        TheCapital(document, first);
        DistrictAfterItsCity(document, first);
        UnresolvedRaionInNamedOblast(document, first);
        KeepInNamedOblast(document, first, unknownOnly: true);
        RussianRaionInNamedCity(document, first);
        CityOfNamedRegion(document, first);
        RegionLists(document, first);
        CommunityOfNamedVillage(document, first);
    }

    /// <summary>
    /// «у районі н.п. Покровське … удар прийшовся по ринку в Покровській громаді»: a hromada whose name the report's earlier village
    /// bears is that village's hromada, not a town of the same stem (Pokrov) the gazetteer reads the adjective back to.
    /// </summary>
    private static void CommunityOfNamedVillage(AnnotatedDocument document, int first)
    {
        var places = document.Places;
        for (var i = first; i < places.Count; i++)
        {
            var community = places[i];
            if (community.End - community.Start < 2 || !document.NamedAsCommunity(community) ||
                community.Place.Admin1Code is null)
            {
                continue;
            }

            // the adjective's stem: «Покровській» → «покров»
            var adjective = document.OriginalLower(community.Start);
            var cut = adjective.IndexOf("ськ", StringComparison.Ordinal) is var uk and > 3 ? uk : adjective.IndexOf("ск", StringComparison.Ordinal);
            if (cut <= 3)
            {
                continue;
            }

            var stem = adjective[..cut];
            // (the last few places before it only: a long report stays linear)
            for (var j = i - 1; j >= Math.Max(first, i - 20); j--)
            {
                var village = places[j];
                if (village.Place.Kind == PlaceKind.Settlement && string.Equals(village.Place.Admin1Code, community.Place.Admin1Code, StringComparison.Ordinal) &&
                    !string.Equals(village.Place.Name, community.Place.Name, StringComparison.Ordinal) &&
                    document.OriginalLower(village.End - 1).StartsWith(stem, StringComparison.Ordinal))
                {
                    places[i] = community with { Place = village.Place with { Mention = community.Place.Mention } };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Russia has accused Kiev of 'terrorist' attacks", "Kyiv officials said", "Moscow denies": a capital standing for its
    /// government (words.json governmentBefore/governmentAfter beside it) is no place of an attack.
    /// </summary>
    private static void CapitalsAsGovernments(AnnotatedDocument document, int first)
    {
        var words = document.Lexicon.Words;
        var tokens = document.Tokens;
        for (var i = document.Places.Count - 1; i >= first; i--)
        {
            var p = document.Places[i];
            if (p.Place is not { Kind: PlaceKind.City, Name: "Kyiv" or "Moscow" } || p.End - p.Start != 1)
            {
                continue;
            }

            var before = Beside(tokens, p.Start, -1);
            var after = Beside(tokens, p.Start, 1);
            if (words.GovernmentBefore.Contains(before) || CapitalAttacks(document, p.Start) ||
                (words.GovernmentAfter.Contains(after) && !AfterPreposition(before)))
            {
                document.Places.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// "Kiev has struck the Crimean city", "Kiev's forces shelled", "attacks by Kyiv": the one-word capital at <paramref name="k"/> is the attacker, never
    /// the place attacked (words.json governmentActs/governmentTroops). The incident assembler reads the attacker's side from it too.
    /// </summary>
    internal static bool CapitalAttacks(AnnotatedDocument document, int k)
    {
        var words = document.Lexicon.Words;
        var tokens = document.Tokens;
        // ("four more people died in separate attacks by Kyiv", "a strike carried out by Kiev": the agent of an attack)
        return (Beside(tokens, k, -1) == "by" && (document.Lexicon.AttackWords.Contains(Beside(tokens, k, -2)) || words.GovernmentActs.Contains(Beside(tokens, k, -2)) ||
                                                  (Beside(tokens, k, -2) == "out" && words.GovernmentActs.Contains(Beside(tokens, k, -3))))) ||
               (!AfterPreposition(Beside(tokens, k, -1)) &&
                ((Beside(tokens, k, 1) is "has" or "have" or "had" && words.GovernmentActs.Contains(Beside(tokens, k, 2))) ||
                 (tokens[k].Lower.EndsWith("'s", StringComparison.Ordinal) && words.GovernmentTroops.Contains(Beside(tokens, k, 1)))));
    }

    // "residents in Kyiv said …": after a preposition the city is a place whatever follows it
    private static bool AfterPreposition(string before) =>
        before is "in" or "on" or "at" or "over" or "near" or "to" or "from" or "across" or "around" or "of";

    /// <summary>The lower-case token <paramref name="offset"/> away from <paramref name="k"/> in its sentence; empty past its ends.</summary>
    private static string Beside(List<Token> tokens, int k, int offset) =>
        k + offset >= 0 && k + offset < tokens.Count && tokens[k + offset].Sentence == tokens[k].Sentence ? tokens[k + offset].Lower : "";

    /// <summary>
    /// «Днепр. В Самарском районе …»: a raion resolved where the place named just before is a city with a district of that name is
    /// the city's district (Dnipro's Samarskyi, not Samar Raion): a city's district beats a raion of the same name when the city is
    /// the context. Only when the gazetteer offers that district for the same mention with the city among the mentions.
    /// </summary>
    private void DistrictAfterItsCity(AnnotatedDocument document, int first)
    {
        var places = document.Places;
        for (var i = Math.Max(first, 1); i < places.Count; i++)
        {
            var raion = places[i].Place;
            var before = places[i - 1].Place;
            // (or another city's district of that name: «В Ростове-на-Дону … в Пролетарском районе» is Rostov's, not Donetsk's)
            var raionOfCityOblast = raion.Kind == PlaceKind.Raion && string.Equals(raion.Admin1Code, before.Admin1Code, StringComparison.Ordinal);
            var otherCitysDistrict = raion.Kind == PlaceKind.CityDistrict && !string.Equals(raion.Name, before.Name, StringComparison.Ordinal);
            if (!(raionOfCityOblast || otherCitysDistrict) || before.Kind != PlaceKind.City || before.District is not null)
            {
                continue;
            }

            var district = gazetteer.Geocode(raion.Mention, new GeocodeContext(before.Admin1Code, [before.Mention]))
                .FirstOrDefault(h => h.Kind == PlaceKind.CityDistrict && h.District is not null && string.Equals(h.Name, before.Name, StringComparison.Ordinal));
            if (district is not null)
            {
                places[i] = places[i] with { Place = district.ToPlaceRef(raion.Mention) };
            }
        }
    }

    /// <summary>
    /// "the Kyiv, Poltava and Kirovohrad regions", "Chernihiv, Dnipropetrovsk, Luhansk, and Sumy oblasts": the plural region
    /// word after a list makes every name in it an oblast, not the city of that name (round-ups and air-force bulletins list
    /// oblasts this way; read as cities they became city incidents, "Kirovohrad" even Kropyvnytskyi).
    /// </summary>
    private void RegionLists(AnnotatedDocument document, int first)
    {
        var tokens = document.Tokens;
        var places = document.Places;
        for (var i = places.Count - 1; i >= first; i--)
        {
            var last = places[i];
            // "the Bryansk, Belgorod and Kaluga regions": the list may end on a region the gazetteer does not hold (the places are in
            // text order here; the document's place index is not built before the step sorts them)
            var plural = last.End + 2 < tokens.Count && tokens[last.End].Lower is "and" or "," && tokens[last.End + 1].Capitalized &&
                         tokens[last.End + 1].Kind == TokenKind.Word && (i + 1 == places.Count || places[i + 1].Start != last.End + 1)
                ? last.End + 2
                : last.End;
            if (plural >= tokens.Count || tokens[plural].Lower is not ("regions" or "oblasts" or "provinces") ||
                tokens[plural].Sentence != tokens[last.Start].Sentence)
            {
                continue;
            }

            // walk back over "A, B(,) and" to the list's first name
            var list = new List<int> { i };
            for (var j = i - 1; j >= first; j--)
            {
                var gap = Enumerable.Range(places[j].End, places[list[^1]].Start - places[j].End).Select(k => tokens[k].Lower).ToList();
                if (gap.Count is < 1 or > 2 || gap.Any(static w => w is not ("," or "and" or "&")))
                {
                    break;
                }

                list.Add(j);
            }

            foreach (var index in list)
            {
                ToOblast(index);
            }

            i -= list.Count - 1;
        }

        // "over several oblasts, including Kyiv, Donetsk and Kherson", "Other western regions, including Lviv and Ivano-Frankivsk":
        // the list after the plural names regions too
        for (var i = first; i < places.Count; i++)
        {
            var start = places[i].Start;
            if (start < 3 || tokens[start - 1].Lower != "including" || tokens[start - 2].Lower != "," ||
                tokens[start - 3].Lower is not ("regions" or "oblasts" or "provinces"))
            {
                continue;
            }

            var j = i;
            while (true)
            {
                ToOblast(j);
                if (j + 1 >= places.Count)
                {
                    break;
                }

                var gap = Enumerable.Range(places[j].End, places[j + 1].Start - places[j].End).Select(k => tokens[k].Lower).ToList();
                if (gap.Count is < 1 or > 2 || gap.Any(static w => w is not ("," or "and" or "&")))
                {
                    break;
                }

                j++;
            }

            i = j;
        }

        void ToOblast(int index)
        {
            var mention = places[index];
            if (mention.Place.Kind == PlaceKind.Oblast)
            {
                return;
            }

            var name = document.Text[tokens[mention.Start].Start..tokens[mention.End - 1].End];
            if (RegionFirst(gazetteer.Geocode(name + " region")) is [{ Kind: PlaceKind.Oblast } oblast, ..])
            {
                places[index] = mention with { Place = oblast.ToPlaceRef(mention.Place.Mention), Strong = true };
            }
        }
    }

    /// <summary>
    /// "Two were killed in the region of Kharkiv after Russian forces attacked the city": "the city" in a sentence whose only
    /// place is an oblast named like its centre is that centre (the oblast alone would make the city's toll a region's).
    /// Only a bare "the city" (not "the city of X") and only where the oblast's short name is its centre city's name.
    /// </summary>
    private void CityOfNamedRegion(AnnotatedDocument document, int first)
    {
        var tokens = document.Tokens;
        var added = new List<PlaceMention>();
        foreach (var group in document.Places.Skip(first).GroupBy(p => tokens[p.Start].Sentence))
        {
            if (group.ToList() is not [{ Place: { Kind: PlaceKind.Oblast, Admin1Code: { } code } oblast } mention] ||
                code is "UA-30" or "UA-40")
            {
                continue;
            }

            var sentence = document.Sentences[group.Key];
            for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
            {
                if (tokens[k].Lower != "the" || StripPossessive(tokens[k + 1].Lower) != "city" || (k >= mention.Start && k < mention.End) ||
                    (k + 2 < sentence.EndToken && tokens[k + 2].Lower == "of"))
                {
                    continue;
                }

                var shortName = oblast.Name.EndsWith(" Oblast", StringComparison.Ordinal) ? oblast.Name[..^" Oblast".Length] : oblast.Name;
                var centre = gazetteer.Geocode(shortName, new GeocodeContext(code)) is [var top, ..] ? top : null;
                if (centre is { Kind: PlaceKind.City } && centre.Admin1Code == code && string.Equals(centre.Name, shortName, StringComparison.Ordinal))
                {
                    var text = document.Text[tokens[k].Start..tokens[k + 1].End];
                    added.Add(new PlaceMention(k, k + 2, centre.ToPlaceRef(text), true));
                }

                break;
            }
        }

        document.Places.AddRange(added);
        document.Places.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// A village resolved to a namesake outside the oblast its own sentence names ("Pokrovka in Kharkiv
    /// region" where the gazetteer only has Pokrovkas elsewhere) is wrong by hundreds of kilometres:
    /// take the namesake in that oblast, else keep the name as written, unresolved, within that oblast. So is a village the
    /// gazetteer does not know at all (<paramref name="unknownOnly"/>: the pass after the raions are read).
    /// </summary>
    private void KeepInNamedOblast(AnnotatedDocument document, int first, bool unknownOnly = false)
    {
        var places = document.Places;
        for (var i = first; i < places.Count; i++)
        {
            var village = places[i];
            // (a village the gazetteer does not know, "the village of Kurkovichi … in the Bryansk Region", is placed in that oblast too,
            // once no other step has made it a raion of its own)
            if (unknownOnly ? village.Place is not { Resolved: false, Admin1Code: null, Kind: null } : village.Place.Kind != PlaceKind.Settlement && !VillageTakenForTown(document, village.Place))
            {
                continue;
            }

            var sentence = document.Tokens[village.Start].Sentence;
            var named = places.Skip(first)
                .Where(p => p.Place.Kind == PlaceKind.Oblast && document.Tokens[p.Start].Sentence == sentence)
                .Select(static p => p.Place)
                .DistinctBy(static p => p.Admin1Code)
                .ToList();
            if (named.Count != 1 || SameRegion(village.Place.Admin1Code, named[0].Admin1Code))
            {
                continue;
            }

            var name = village.Place.Name;
            // (a Latin spelling the gazetteer matched to a town is kept as written: "Zmiivka", not "Zmiiv")
            var written = village.Place.Kind == PlaceKind.City && LatinTail(village.Place.Mention) is { } tail ? tail : name;
            places[i] = village with { Place = NamesakeIn(named[0], written, written, written, village.Place.Mention, null) };
        }
    }

    /// <summary>
    /// "the village of Zmiivka" read as the town of Zmiiv: a town the text calls a village, or whose name it spells otherwise (a
    /// near match of the Latin spelling), may be a village the gazetteer does not hold.
    /// </summary>
    private static bool VillageTakenForTown(AnnotatedDocument document, PlaceRef place)
    {
        if (place.Kind != PlaceKind.City)
        {
            return false;
        }

        var words = place.Mention.ToLowerInvariant().Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(document.Lexicon.Words.VillageWords.Contains))
        {
            return true;
        }

        return words.Length > 0 && !Vigil.Gazetteer.Text.Transliteration.HasCyrillic(words[^1]) &&
               !string.Equals(words[^1], place.Name.Split(' ')[^1], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The name in a Latin mention after its wrapper ("the village of Zmiivka" → "Zmiivka"); null for a Cyrillic one.</summary>
    private static string? LatinTail(string mention)
    {
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || Vigil.Gazetteer.Text.Transliteration.HasCyrillic(mention))
        {
            return null;
        }

        var of = Array.FindLastIndex(words, static w => w is "of" or "village" or "town");
        return of >= 0 && of + 1 < words.Length ? string.Join(' ', words[(of + 1)..]) : string.Join(' ', words);
    }

    /// <summary>
    /// The settlement named <paramref name="canonical"/> that <paramref name="query"/> finds in <paramref name="region"/>, else the
    /// village unresolved there under the name <paramref name="written"/>.
    /// </summary>
    private PlaceRef NamesakeIn(PlaceRef region, string query, string canonical, string written, string mention, PlaceKind? kind) =>
        gazetteer.Geocode(query, new GeocodeContext(region.Admin1Code))
            .FirstOrDefault(h => SameRegion(h.Admin1Code, region.Admin1Code) && h.Kind == PlaceKind.Settlement && string.Equals(h.Name, canonical, StringComparison.Ordinal))
            ?.ToPlaceRef(mention)
        ?? PlaceRef.Unresolved(written) with
        {
            Mention = mention,
            Kind = kind,
            Admin1 = region.Admin1,
            Admin1Code = region.Admin1Code,
            Country = region.Country,
        };

    /// <summary>
    /// «В с. Курганное Ольховатской громады погиб мужчина» in a report whose every oblast, raion and town is in Kharkiv Oblast: a village
    /// the gazetteer knows only in a region the report never names (Crimea's Kurhannoe, Voronezh's Olkhovatka) is that one region's
    /// village the gazetteer lacks, not a namesake 200 km away. It takes the report's region, as its namesake there or unresolved
    /// under its own name (the Cyrillic name is romanised the Ukrainian way by the language pack). Villages never vouch for a
    /// region: only an oblast, raion, town or city district named in the report does (a town or raion among them), and only one
    /// region may be named.
    /// </summary>
    private void NoNamesakeInUnnamedRegion(AnnotatedDocument document, int first, Dictionary<int, string> names)
    {
        var places = document.Places;
        var anchors = places.Skip(first)
            .Where(static p => p.Place is { Resolved: true, Admin1Code: not null, Kind: PlaceKind.Oblast or PlaceKind.Raion or PlaceKind.City or PlaceKind.CityDistrict })
            .Select(static p => p.Place)
            .ToList();
        var regions = anchors.Select(static p => p.Admin1Code == "UA-32" ? "UA-30" : p.Admin1Code).Distinct(StringComparer.Ordinal).ToList();
        // (a region's name alone may be a title's or a "Read also" line's: a town or raion of it must be named too)
        if (regions.Count != 1 || anchors.All(static p => p.Kind == PlaceKind.Oblast))
        {
            return;
        }

        var home = anchors[0];
        for (var i = first; i < places.Count; i++)
        {
            var village = places[i];
            if (village.Place is not { Kind: PlaceKind.Settlement, Resolved: true } || SameRegion(village.Place.Admin1Code, home.Admin1Code) ||
                !names.TryGetValue(village.Start, out var name))
            {
                continue;
            }

            places[i] = village with { Place = NamesakeIn(home, name, village.Place.Name, name, village.Place.Mention, PlaceKind.Settlement) };
        }
    }

    /// <summary>
    /// "attacked Nikopol district … hit the Pokrovske community": of two villages of one name in the oblast, the one in (or, where
    /// the gazetteer knows no raion for it, near) the one raion the report names, not the better-ranked namesake elsewhere.
    /// </summary>
    private void NamesakeInNamedRaion(AnnotatedDocument document, int first)
    {
        var places = document.Places;
        var raions = places.Skip(first).Where(p => p.Place.Kind == PlaceKind.Raion && p.Place.Id is not null && p.Place.Lat is not null &&
                                                   !document.TitlePlaces.Contains(p.Start) && !document.DatelinePlaces.Contains(p.Start))
            .Select(static p => p.Place).DistinctBy(static p => p.Id).ToList();
        if (raions.Count != 1)
        {
            return;
        }

        var raion = raions[0];
        for (var i = first; i < places.Count; i++)
        {
            var village = places[i];
            if (village.Place is not { Kind: PlaceKind.Settlement, Id: { } id, Lat: { } lat, Lon: { } lon } ||
                !string.Equals(village.Place.Admin1Code, raion.Admin1Code, StringComparison.Ordinal) ||
                gazetteer.RaionIdOf(id) is { } known && string.Equals(known, raion.Id, StringComparison.Ordinal) ||
                Geo.DistanceKm(lat, lon, raion.Lat!.Value, raion.Lon!.Value) < FarFromRaionKm)
            {
                continue;
            }

            var name = village.Place.Name;
            var inRaion = gazetteer.Geocode(name, new GeocodeContext(raion.Admin1Code))
                .Where(h => h.Kind == PlaceKind.Settlement && string.Equals(h.Name, name, StringComparison.Ordinal) &&
                            string.Equals(h.Admin1Code, raion.Admin1Code, StringComparison.Ordinal) && h.Id != id &&
                            (gazetteer.RaionIdOf(h.Id) is { } r ? string.Equals(r, raion.Id, StringComparison.Ordinal)
                                : Geo.DistanceKm(h.Lat, h.Lon, raion.Lat!.Value, raion.Lon!.Value) < NearRaionKm))
                .ToList();
            if (inRaion.Count == 1)
            {
                places[i] = village with { Place = inRaion[0].ToPlaceRef(village.Place.Mention) };
            }
        }
    }

    /// <summary>
    /// "nine people had been killed in the capital, while …": in an English report that names Kyiv and not Moscow, "in/on/over the
    /// capital" with no name after it is Kyiv ("the Russian capital", "the capital region", "west of the capital" are not).
    /// </summary>
    private static void TheCapital(AnnotatedDocument document, int first)
    {
        var places = document.Places;
        var tokens = document.Tokens;
        if (!string.Equals(document.Info.Language, "en", StringComparison.Ordinal) ||
            places.Skip(first).FirstOrDefault(p => p.Place is { Kind: PlaceKind.City, Name: "Kyiv" }) is not { } kyiv ||
            tokens.Any(t => t.Lower is "moscow" or "moscow's"))
        {
            return;
        }

        for (var k = 2; k < tokens.Count; k++)
        {
            if (tokens[k].Lower != "capital" || tokens[k - 1].Lower != "the" || tokens[k - 2].Lower is not ("in" or "on" or "over" or "hit" or "struck" or "attacked") ||
                (k + 1 < tokens.Count && tokens[k + 1].Sentence == tokens[k].Sentence && (tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Capitalized || tokens[k + 1].Lower is "region" or "oblast" or "city")) ||
                places.Any(p => p.Start <= k && k < p.End))
            {
                continue;
            }

            var at = places.FindIndex(first, p => p.Start > k);
            places.Insert(at < 0 ? places.Count : at, new PlaceMention(k, k + 1, kyiv.Place with { Mention = "the capital" }, false));
        }
    }

    /// <summary>Farther than this from a raion's centre a village is surely outside it; within the other, surely inside.</summary>
    private const double FarFromRaionKm = 70;

    private const double NearRaionKm = 40;

    /// <summary>
    /// "In Rostov-on-Don, … the city's Proletarsky district": a Russian raion made from its centre's name (the gazetteer holds
    /// no Russian city districts) after "the city's", in a sentence that names one city of the same oblast other than that
    /// centre, is a district of that city, written as the text writes it.
    /// </summary>
    private static void RussianRaionInNamedCity(AnnotatedDocument document, int first)
    {
        var places = document.Places;
        for (var i = first; i < places.Count; i++)
        {
            var raion = places[i];
            // only "the city's X district": a city named beside a raion is as often another place ("Bryansk and the Klimovsky district")
            var before = raion.Start > 0 ? document.Tokens[raion.Start - 1].Lower : "";
            if (raion.Place.Id?.StartsWith("vigil:raion-centre:", StringComparison.Ordinal) != true || StripPossessive(before) != "city" || before == "city")
            {
                continue;
            }

            var sentence = document.Tokens[raion.Start].Sentence;
            var centre = raion.Place.Name[..^" Raion".Length];
            var cities = places.Skip(first)
                .Where(p => p.Place.Kind == PlaceKind.City && p.Place.Admin1Code == raion.Place.Admin1Code && p.Place.Name != centre &&
                            document.Tokens[p.Start].Sentence == sentence)
                .Select(static p => p.Place).DistinctBy(static p => p.Id).ToList();
            if (cities is [var city])
            {
                var adjective = raion.Place.Mention.Split(' ')[0];
                places[i] = raion with { Place = city with { Mention = raion.Place.Mention, District = adjective } };
            }
        }
    }

    /// <summary>
    /// "the Neklinovsky district of the Rostov region": a raion kept as written (no town held reads back to it) lies in the one
    /// oblast its sentence names, else in the one the report names; it takes that oblast and country, and coordinates only when
    /// the gazetteer names it after its centre town in that oblast.
    /// </summary>
    private void UnresolvedRaionInNamedOblast(AnnotatedDocument document, int first)
    {
        var places = document.Places;
        for (var i = first; i < places.Count; i++)
        {
            var raion = places[i];
            if (raion.Place.Resolved || raion.Place.Admin1Code is not null || !raion.Place.Name.EndsWith(" Raion", StringComparison.Ordinal))
            {
                continue;
            }

            var sentence = document.Tokens[raion.Start].Sentence;
            var oblasts = places.Skip(first).Where(p => p.Place.Kind == PlaceKind.Oblast).ToList();
            var named = oblasts.Where(p => document.Tokens[p.Start].Sentence == sentence).Select(static p => p.Place).DistinctBy(static p => p.Admin1Code).ToList();
            if (named.Count == 0)
            {
                named = [.. oblasts.Select(static p => p.Place).DistinctBy(static p => p.Admin1Code)];
            }

            if (named is [var oblast])
            {
                // «Рыльском районе Курской области»: with its oblast, a Russian raion not held is named after its centre there.
                var inOblast = raion.Place.Mention is { } mention
                    ? gazetteer.Geocode(mention, new GeocodeContext(oblast.Admin1Code))
                        .FirstOrDefault(h => h.Kind == PlaceKind.Raion && string.Equals(h.Admin1Code, oblast.Admin1Code, StringComparison.Ordinal))
                    : null;
                places[i] = raion with
                {
                    Place = inOblast?.ToPlaceRef(raion.Place.Mention)
                            ?? raion.Place with { Kind = PlaceKind.Raion, Admin1 = oblast.Admin1, Admin1Code = oblast.Admin1Code, Country = oblast.Country },
                };
            }
        }
    }

    /// <summary>
    /// "Kyiv region" is Kyiv Oblast, not the capital (a city with the status of a region): with a region word, an oblast that is
    /// not one of the two cities of special status comes first.
    /// </summary>
    /// <summary>
    /// "Kryvyi Rih … the Inhulets district", "Kyiv … Sviatoshyno district": a city district written by its noun stem, not its
    /// adjective (Inhuletskyi), is that district of a city the report names, before any village of the stem's name. Tried only
    /// with a city the report names.
    /// </summary>
    private GeocodeCandidate? CityDistrictWrittenShort(Candidate c, GeocodeContext context)
    {
        // (a quarter's name ending in a vowel gives the district's stem without it: "Sviatoshyno district" is Sviatoshynskyi)
        var stem = c.Name.Length > 5 && c.Name[^1] is 'o' or 'e' or 'a' ? c.Name[..^1] : c.Name;
        foreach (var suffix in (string[])["skyi", "kyi", "vskyi", "ivskyi", "nyi"])
        {
            foreach (var hit in gazetteer.Geocode(stem + suffix + " district", context with { OtherMentions = null }))
            {
                if (hit.Kind == PlaceKind.CityDistrict && hit.District is { } district &&
                    district.StartsWith(stem, StringComparison.OrdinalIgnoreCase) &&
                    context.OtherMentions?.Contains(hit.Name, StringComparer.OrdinalIgnoreCase) == true)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    private static IReadOnlyList<GeocodeCandidate> RegionFirst(IReadOnlyList<GeocodeCandidate> hits)
    {
        static bool SpecialCity(GeocodeCandidate c) => c.Admin1Code is "UA-30" or "UA-40";
        if (hits.Count < 2 || !SpecialCity(hits[0]) || !hits.Any(h => h.Kind == PlaceKind.Oblast && !SpecialCity(h)))
        {
            return hits;
        }

        return [.. hits.Where(h => h.Kind == PlaceKind.Oblast && !SpecialCity(h)), .. hits.Where(h => !(h.Kind == PlaceKind.Oblast && !SpecialCity(h)))];
    }

    // Cyrillic words naming the kind of a hromada or district between its name and the wrapper word.
    private static readonly HashSet<string> AdministrativeKinds = new(StringComparer.Ordinal)
    {
        "сільській", "сільської", "сільська", "сільську", "селищній", "селищної", "селищна", "селищну", "міській", "міської", "міська",
        "міську", "сельской", "сельского", "сельскую", "поселковой", "поселкового", "поселковую", "городской", "городского", "городскую",
        "муниципального", "муниципальной", "територіальній", "територіальної", "територіальна", "територіальну", "территориальной",
        "территориальная", "территориальную",
    };

    /// <summary>
    /// A hromada written short («тергромаді», «тергромаде», «ТГ», «ОТГ») as the wrapper word it stands for; other words unchanged.
    /// </summary>
    private static string HromadaWritten(string word) => word switch
    {
        "тг" or "отг" or "мтг" or "стг" => "громада",
        _ when word.StartsWith("тергромад", StringComparison.Ordinal) => word["тер".Length..],
        _ => word,
    };

    private static bool SameRegion(string? a, string? b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (a, b) is ("UA-30", "UA-32") or ("UA-32", "UA-30");

    private PlaceMention? Resolve(AnnotatedDocument document, Candidate c, GeocodeContext context, Dictionary<string, IReadOnlyList<GeocodeCandidate>> cache)
    {
        var tokens = document.Tokens;
        var mention = document.Text[tokens[c.Start].Start..tokens[c.End - 1].End];
        if (c.DistrictOf is { } city)
        {
            var cityHit = gazetteer.Geocode(city, context);
            if (cityHit.Count == 0)
            {
                return new PlaceMention(c.Start, c.End, PlaceRef.Unresolved(mention), true);
            }

            var districtHit = gazetteer.Geocode(c.Name + " district", context with { OtherMentions = [city] })
                .FirstOrDefault(d => d.District is not null && string.Equals(d.Name, cityHit[0].Name, StringComparison.Ordinal));
            var place = districtHit?.ToPlaceRef(mention) ?? cityHit[0].ToPlaceRef(mention) with { District = c.Name };
            return new PlaceMention(c.Start, c.End, place, true);
        }

        if (c.Wrapper == "district" && CityDistrictWrittenShort(c, context) is { } cityDistrict)
        {
            return new PlaceMention(c.Start, c.End, cityDistrict.ToPlaceRef(mention), true);
        }

        var query = c.Wrapper is null ? c.Name : c.Name + " " + c.Wrapper;
        if (!cache.TryGetValue(query, out var hits))
        {
            // Weighing every candidate against the report's other mentions is costly: do it only when the name is ambiguous
            // (two candidates in different oblasts scoring alike).
            hits = gazetteer.Geocode(query, context.Oblast is null ? null : context with { OtherMentions = null });
            if (hits.Count > 1 && hits[1].Score >= hits[0].Score - 0.1 && !string.Equals(hits[0].Admin1Code, hits[1].Admin1Code, StringComparison.Ordinal))
            {
                hits = gazetteer.Geocode(query, context);
            }

            // ("Kyiv Oblast" read as one capitalised name: its last word is the wrapper, and Kyiv City ties with Kyiv Oblast)
            if (c.Wrapper is "region" or "oblast" or "province" ||
                query.EndsWith(" oblast", StringComparison.OrdinalIgnoreCase) || query.EndsWith(" region", StringComparison.OrdinalIgnoreCase))
            {
                hits = RegionFirst(hits);
            }

            cache[query] = hits;
        }

        if (hits.Count > 0)
        {
            return new PlaceMention(c.Start, c.End, hits[0].ToPlaceRef(mention), c.Strong || c.Wrapper is not null);
        }

        // "в Рыльском районе": a Cyrillic name known only inflected, with its wrapper, is still a place the text names (read later by the pack).
        var named = c.Strong || (c.Wrapper is not null && Vigil.Gazetteer.Text.Transliteration.HasCyrillic(c.Name));
        // "the Neklinovsky district": a raion named by a Russian-style adjective that no held town reads back to keeps its
        // name as written, as a raion ("Neklinovsky Raion"), not a bare adjective
        var name = c.Wrapper is "district" or "raion" && RussianStyleAdjective(c.Name) ? c.Name + " Raion" : c.Name;
        return named ? new PlaceMention(c.Start, c.End, PlaceRef.Unresolved(name) with { Mention = mention }, true) : null;
    }

    /// <summary>"Neklinovsky", "Glushkovskiy": one Latin word with a Russian-style adjective ending (not the KMU "-skyi").</summary>
    private static bool RussianStyleAdjective(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && name.Length > 6 && name.All(static ch => char.IsAsciiLetter(ch)) &&
        (name.EndsWith("sky", StringComparison.Ordinal) || name.EndsWith("skiy", StringComparison.Ordinal) ||
         name.EndsWith("skii", StringComparison.Ordinal) || name.EndsWith("ski", StringComparison.Ordinal));

    private List<Candidate> FindCandidates(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var text = document.Text;
        var result = new List<Candidate>();
        var personTokens = new HashSet<int>(document.NameTitleTokens);
        foreach (var p in document.Persons)
        {
            for (var k = p.Start; k < p.End; k++)
            {
                personTokens.Add(k);
            }
        }

        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                // "the Ukrainian capital", "Ukraine's capital": the capital is a place the text names, though not by its name
                if (i + 1 < sentence.EndToken && tokens[i].Capitalized && tokens[i + 1].Lower == "capital" && CapitalOf(tokens[i].Lower) is { } capital)
                {
                    result.Add(new Candidate(i, i + 2, capital, null, true, null));
                    i += 2;
                    continue;
                }

                var wrapper = lex.PlaceWrappersBefore.MatchAt(tokens, i, sentence.EndToken);
                var runStart = wrapper.Length > 0 ? wrapper.End : i;
                if (runStart >= sentence.EndToken || !tokens[runStart].Capitalized || personTokens.Contains(runStart) ||
                    lex.NotPlaceWords.Contains(tokens[runStart].Lower) || CommonWord(document, runStart, sentence))
                {
                    i++;
                    continue;
                }

                var runEnd = PlaceRun(document, runStart, sentence.EndToken, personTokens);
                if (runEnd == runStart)
                {
                    i++;
                    continue;
                }

                // «Білі Янголи», "Azov": a name wholly inside quotation marks is a unit's, a firm's or a ship's, not a place
                // («Новини Краматорського району»: an outlet's short name in quotation marks, a place word after the run, is none either)
                if (runStart > sentence.FirstToken && runEnd < sentence.EndToken && text[tokens[runStart - 1].Start] is '«' or '“' or '"' &&
                    Enumerable.Range(runEnd, Math.Min(3, sentence.EndToken - runEnd)).FirstOrDefault(k => text[tokens[k].Start] is '»' or '”' or '"' or '.' or ',' or '!' or '?' or ':', -1) is var close &&
                    close >= 0 && text[tokens[close].Start] is '»' or '”' or '"' &&
                    Enumerable.Range(runEnd, close - runEnd).All(k => lex.PlaceWrappersAfter.Contains(tokens[k].Lower) || AdministrativeKinds.Contains(tokens[k].Lower)))
                {
                    i = runEnd;
                    continue;
                }

                var possessive = tokens[runEnd - 1].Lower.EndsWith("'s", StringComparison.Ordinal);
                // "the Donetsk People's Republic": one name (the oblast), not the republic of "Donetsk People"
                if (possessive && tokens[runEnd - 1].Lower == "people's" && runEnd < sentence.EndToken && tokens[runEnd].Lower == "republic")
                {
                    runEnd++;
                    possessive = false;
                }

                var after = runEnd < sentence.EndToken ? tokens[runEnd].Lower : "";
                // "the Odesa region's port": the region, not its capital
                if (StripPossessive(after) is "region" or "oblast" or "province" && after.Length > 6)
                {
                    after = StripPossessive(after);
                }

                // "Миколаївській сільській громаді", "Грайворонского городского округа": the kind of hromada stands between name and wrapper
                // («Смілянській міській територіальній громаді»: two such words)
                var skip = 0;
                while (skip < 2 && runEnd + skip < sentence.EndToken && AdministrativeKinds.Contains(tokens[runEnd + skip].Lower))
                {
                    skip++;
                }

                var wrapperAt = runEnd + skip;
                var wrapperWord = wrapperAt < sentence.EndToken ? HromadaWritten(tokens[wrapperAt].Lower) : "";
                if (skip > 0 && (lex.PlaceWrappersAfter.Contains(wrapperWord) || wrapperWord is "округа" or "округе" or "округ"))
                {
                    after = lex.PlaceWrappersAfter.Contains(wrapperWord) ? wrapperWord : "району";
                }
                else
                {
                    skip = 0;
                    // «Смілянській ТГ», «Смелянской тергромаде»: the hromada by its abbreviation
                    if (HromadaWritten(after) is var hromada && lex.PlaceWrappersAfter.Contains(hromada))
                    {
                        after = hromada;
                    }
                }

                // "in Drohobych and Stryi districts", "the Synelnykivskyi and Samarskyi districts": the plural wrapper after a
                // coordinated list wraps every name in it; the separator after a listed name is not consumed.
                var listed = false;
                if (!possessive && skip == 0)
                {
                    if (after is "and" or "," && ListWrapper(document, runEnd, sentence.EndToken, personTokens) is { } shared)
                    {
                        after = shared;
                        listed = true;
                    }
                    else if (PluralWrapper(after, lex) is { } last && runStart > sentence.FirstToken && tokens[runStart - 1].Lower is "and" or ",")
                    {
                        after = last;
                    }
                }

                // "Kharkiv's Kyivskyi district"
                if (possessive && runEnd + 1 < sentence.EndToken && tokens[runEnd].Capitalized &&
                    tokens[runEnd + 1].Lower is "district" or "raion")
                {
                    var city = StripPossessive(text[tokens[runStart].Start..tokens[runEnd - 1].End]);
                    if (gazetteer.IsKnownName(city))
                    {
                        result.Add(new Candidate(runStart, runEnd + 2, text[tokens[runEnd].Start..tokens[runEnd].End], null, true, city));
                        i = runEnd + 2;
                        continue;
                    }
                }

                // longest known prefix of the run; the wrapper word after the full run ("Kharkiv region")
                var found = false;
                // "the Russian border region of Bryansk": the region, not its capital
                var regionOf = runStart >= sentence.FirstToken + 2 && tokens[runStart - 1].Lower == "of" && tokens[runStart - 2].Lower is "region" or "oblast" or "province";
                for (var end = runEnd; end > runStart; end--)
                {
                    var name = StripPossessive(text[tokens[runStart].Start..tokens[end - 1].End]);
                    var wrapAfter = end == runEnd && !possessive && lex.PlaceWrappersAfter.Contains(after) ? after : null;
                    if (wrapAfter is null && regionOf && end == runEnd && gazetteer.IsKnownName(name + " region"))
                    {
                        result.Add(new Candidate(runStart - 2, end, name, "region", true, null));
                        i = end;
                        found = true;
                        break;
                    }

                    // "Malyi Burluk" where only "Malyi" is a known key: the first word of a two-word village name is no place alone
                    if (end == runStart + 1 && runEnd > end && document.Lexicon.Words.NamePrefixes.Contains(tokens[runStart].Lower))
                    {
                        continue;
                    }

                    if (gazetteer.IsKnownName(name) || (wrapAfter is not null && gazetteer.IsKnownName(name + " " + wrapAfter)))
                    {
                        var stop = wrapAfter is null || listed ? end : end + 1 + skip;
                        result.Add(new Candidate(wrapper.Length > 0 ? wrapper.Start : runStart, stop, name, wrapAfter, wrapper.Length > 0, null));
                        i = stop;
                        found = true;
                        break;
                    }
                }

                if (found)
                {
                    continue;
                }

                // "in Malyi Burluk": an adjective of settlement names and one more capitalised word are a village the gazetteer lacks
                if (runEnd - runStart == 2 && document.Lexicon.Words.NamePrefixes.Contains(tokens[runStart].Lower) && !possessive)
                {
                    result.Add(new Candidate(wrapper.Length > 0 ? wrapper.Start : runStart, runEnd, text[tokens[runStart].Start..tokens[runEnd - 1].End], null, true, null));
                    i = runEnd;
                    continue;
                }

                // "с. Тетянівка Шевченківської громади", "Заолешенка Суджанского района": the last word names the
                // area the village is in, not the village; the village alone is the place (the area only places it).
                if (runEnd - runStart >= 2 && lex.PlaceWrappersAfter.Contains(after) && IsAreaAdjective(tokens[runEnd - 1].Lower))
                {
                    var name = text[tokens[runStart].Start..tokens[runEnd - 2].End];
                    if (!gazetteer.IsKnownName(name + " " + text[tokens[runEnd - 1].Start..tokens[runEnd].End]))
                    {
                        result.Add(new Candidate(wrapper.Length > 0 ? wrapper.Start : runStart, runEnd - 1, name, null, true, null));
                        i = runEnd + 1 + skip;
                        continue;
                    }
                }

                // The text says it is a place but the gazetteer does not know it: unresolved, not guessed. A Cyrillic name
                // wrapped by the area word after it is that area's adjective («Беловского района», «Мирівської громади»):
                // a noun there is someone of the area («Глава области уточнил»), not a place.
                if (wrapper.Length > 0 || (!possessive && lex.PlaceWrappersAfter.Contains(after) && after is not "community" &&
                                           document.OriginalLower(runEnd - 1) is var areaName &&
                                           (!Vigil.Gazetteer.Text.Transliteration.HasCyrillic(areaName) || IsCyrillicAdjective(areaName))))
                {
                    var name = StripPossessive(text[tokens[runStart].Start..tokens[runEnd - 1].End]);
                    var stop = wrapper.Length > 0 || listed ? runEnd : runEnd + 1 + skip;
                    result.Add(new Candidate(wrapper.Length > 0 ? wrapper.Start : runStart, stop, name, wrapper.Length > 0 ? null : after, true, null));
                    i = stop;
                    continue;
                }

                // "Russia Attacked Kherson, At Least 17 Injured": in a title-case line with no closing punctuation (a headline) a
                // capitalised run is not one name; the words after an unknown first one are tried on their own
                i = runEnd - runStart >= 2 && text[sentence.End - 1] is not ('.' or '!' or '?' or '"' or '”') ? runStart + 1 : runEnd;
            }
        }

        return result;
    }

    private static string? PluralWrapper(string lower, Rules.Lexicon lex) => lower switch
    {
        "districts" => "district",
        "raions" or "rayons" => "raion",
        // «у Київській, Харківській та Полтавській областях», «над Курской и Брянской областями»: each name takes the singular
        // of the case its adjective is in (the locative and genitive singular are alike for these nouns), as the language writes it
        "областях" or "областей" or "областями" => ((string[])["області", "области"]).FirstOrDefault(lex.PlaceWrappersAfter.Contains),
        _ => null,
    };

    /// <summary>
    /// The wrapper a coordinated list shares: from the separator after a name, over ", Y", "and Y", ", and Y" (capitalised
    /// runs), to a plural "districts"/"raions" right after the last name. Null when the list ends any other way.
    /// </summary>
    private static string? ListWrapper(AnnotatedDocument document, int k, int limit, HashSet<int> personTokens)
    {
        var tokens = document.Tokens;
        // (the air force lists up to all the oblasts of a night: «у Київській, Харківській, …, Одеській та Херсонській областях»)
        for (var names = 0; names < 24; names++)
        {
            var separators = 0;
            while (k < limit && tokens[k].Lower is "," or "and" && separators < 2)
            {
                k++;
                separators++;
            }

            if (separators == 0 || k >= limit || !tokens[k].Capitalized)
            {
                return null;
            }

            var end = PlaceRun(document, k, limit, personTokens);
            if (end == k || end >= limit || tokens[end - 1].Lower.EndsWith("'s", StringComparison.Ordinal))
            {
                return null;
            }

            if (PluralWrapper(tokens[end].Lower, document.Lexicon) is { } wrapper)
            {
                return wrapper;
            }

            k = end;
        }

        return null;
    }

    private static int PlaceRun(AnnotatedDocument document, int start, int limit, HashSet<int> personTokens)
    {
        var tokens = document.Tokens;
        var k = start;
        var words = 0;
        while (k < limit && words < 4)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Word && t.Capitalized && !personTokens.Contains(k) &&
                (k == start || !document.Lexicon.NotPlaceWords.Contains(t.Lower)))
            {
                k++;
                words++;
                if (t.Lower.EndsWith("'s", StringComparison.Ordinal))
                {
                    break;
                }

                continue;
            }

            // hyphenated names: "Novhorod-Siverskyi", "Kamianets-Podilskyi"
            if (t.Lower == "-" && k > start && k + 1 < limit && tokens[k + 1].Capitalized &&
                tokens[k].Start == tokens[k - 1].End && tokens[k + 1].Start == tokens[k].End)
            {
                k++;
                continue;
            }

            // a lower-case link inside one hyphenated name: "Rostov-on-Don", «Славянске-на-Кубани»
            if (t.Lower == "-" && k > start && k + 3 < limit && tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].Capitalized &&
                tokens[k + 1].Lower.Length <= 4 && tokens[k + 2].Lower == "-" && tokens[k + 3].Capitalized &&
                tokens[k].Start == tokens[k - 1].End && tokens[k + 1].Start == tokens[k].End &&
                tokens[k + 2].Start == tokens[k + 1].End && tokens[k + 3].Start == tokens[k + 2].End)
            {
                // the word after the link belongs to the name even where the report also names a person or body by it («Оперштаб Кубани»)
                k += 4;
                words++;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>
    /// A capitalised word the pack reads as a common word ("Загинули", "Вночі" opening a sentence) is no
    /// place; mid-sentence only an exact gloss counts, so a town whose stem looks like a word ("Мирне") stays.
    /// </summary>
    private static bool CommonWord(AnnotatedDocument document, int token, SentenceSpan sentence)
    {
        if (document.Lexicon.Forms is not { } forms)
        {
            return false;
        }

        var t = document.Tokens[token];
        var raw = document.Text[t.Start..t.End].ToLowerInvariant();
        // «Вранці …» opening a sentence: a word of time (a relative day), not the village Vranka
        // «По Салтовскому району …» opening a sentence: a preposition the pack lists, never a place
        return forms.IsGloss(raw) || document.Lexicon.Words.NounPhraseStops.Contains(raw) || document.Lexicon.Words.SubjectPrepositions.Contains(raw) ||
               InflectedAcronym(document.Text.AsSpan(t.Start, t.End - t.Start)) ||
               document.Lexicon.RelativeDays.MatchAt(document.Tokens, token, sentence.EndToken).Length > 0 ||
               (token == sentence.FirstToken && !string.Equals(raw, t.Lower, StringComparison.Ordinal) && t.Lower.Length > 0 && char.IsAsciiLetter(t.Lower[0]));
    }

    /// <summary>«КАБами», «ЗСУшники»: an acronym with a case ending, not a name.</summary>
    private static bool InflectedAcronym(ReadOnlySpan<char> word) =>
        word.Length > 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]) && word[2..].ContainsAnyInRange('а', 'я');

    // Ukrainian and Russian adjective endings in any case and gender (morphology, not vocabulary: kept beside the rule that reads it)
    private static readonly string[] AdjectiveEndings =
        ["ого", "ому", "ої", "ою", "ій", "ий", "ый", "ой", "ая", "яя", "ую", "юю", "ом", "ым", "им", "ее", "ое", "ей", "на", "ня"];

    /// <summary>A Cyrillic word (as written) with an adjective's ending in any case: an area's name before its area word is one.</summary>
    private static bool IsCyrillicAdjective(string lower) =>
        IsAreaAdjective(lower) || AdjectiveEndings.Any(e => lower.Length > e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal));

    /// <summary>A Cyrillic raion or hromada adjective in any case ("Шевченківської", "Суджанского", "Ізюмському").</summary>
    private static bool IsAreaAdjective(string lower)
    {
        foreach (var stem in (string[])["ськ", "цьк", "зьк", "ск", "цк", "зк"])
        {
            var at = lower.LastIndexOf(stem, StringComparison.Ordinal);
            if (at > 1 && lower[(at + stem.Length)..] is "ого" or "ої" or "ому" or "ій" or "ий" or "а" or "ой" or "ом" or "ая" or "ый" or "ое" or "ую" or "у")
            {
                return true;
            }
        }

        return false;
    }

    private static string? CapitalOf(string lower) => StripPossessive(lower) switch
    {
        "ukrainian" or "ukraine" => "Kyiv",
        "russian" or "russia" => "Moscow",
        _ => null,
    };

    private static string StripPossessive(string s) =>
        s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal) ? s[..^2] : s;
}
