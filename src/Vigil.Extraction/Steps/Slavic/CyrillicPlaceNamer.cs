using System.Text;
using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer;
using Vigil.Gazetteer.Text;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// Places the gazetteer does not know, in a Ukrainian or Russian report. A raion or hromada named by
/// its adjective ("у Ніжинському районі", "в Глушковском районе", "Шосткинській громаді") is read
/// back to the town it is named after, and taken only when the gazetteer knows that town under the
/// same name: the hromada is its centre, the raion is "&lt;centre&gt; Raion" in the centre's oblast
/// (the gazetteer's own raion when it has one, else unresolved but named). A village still unknown
/// keeps its place in the text unresolved, named in the output's script: Ukraine's national
/// romanisation of the Ukrainian spelling (a Russian spelling of a Ukrainian village is brought to
/// the Ukrainian one first: "Ольховка" → Ольхівка → Olkhivka), a Russian place by the usual English
/// spelling ("Новостроевка-Первая" → Novostroyevka-Pervaya). Nothing is guessed into the gazetteer.
/// </summary>
internal sealed class CyrillicPlaceNamer(IGazetteer gazetteer) : IPipelineStep
{
    // (a Russian municipal okrug, «в Валуйском округе», is named and annotated as the raion it replaced)
    private static readonly string[] RaionWords = ["район", "району", "районі", "района", "районе", "районом", "р-н", "р-ну", "р-ні", "р-на", "р-не", "округ", "округа", "округе", "округу", "округом"];
    private static readonly string[] HromadaWords = ["громада", "громади", "громаді", "громаду", "громадою", "громад", "громады", "громаде", "общины", "общине", "община"];

    // Adjective endings of every case and gender, longest first; what is left is the town's stem ("ніжин|ському").
    private static readonly string[] AdjectiveEndings =
    [
        "ському", "ського", "ської", "ській", "ських", "ськими", "ським", "ський", "ська", "ське", "ську",
        "цькому", "цького", "цької", "цькій", "цький", "цька", "зькому", "зького", "зької", "зькій", "зький", "зька",
        "скому", "ского", "ской", "ских", "ским", "ском", "ский", "ская", "ское", "скую",
        "цкому", "цкого", "цкой", "цком", "цкий", "цкая",
    ];

    // How a town's name is made from the adjective's stem: "Ніжин", "Глушков|о", "Рыльск", "Коростен|ь", "Суджа(н)", "Шостк(ин)а".
    private static readonly (string Drop, string Add)[] StemToTown =
    [
        ("", ""), ("", "о"), ("", "а"), ("", "и"), ("", "ь"), ("", "ск"), ("", "ськ"), ("", "е"), ("", "ое"), ("", "ая"), ("", "ка"),
        ("ь", ""), ("ь", "ля"), ("н", "е"), ("н", "а"), ("ин", "а"), ("ен", "и"), ("ан", "а"), ("ян", "я"), ("", "ц"), ("", "ць"), ("", "ье"), ("з", "жжя"),
        // "Бахмацька" from Бахмач; "Пологовский", "Пологівський" from Пологи; Russian "Днепровский" from Днепр
        ("", "ч"), ("ов", "и"), ("ів", "и"), ("ов", ""),
        // "Мирівська" from Мирове, "Синельниківського" from Синельникове
        ("ів", "ове"),
        // Russian «Беловский» from Белая, «Ракитянский» from Ракитное
        ("ов", "ая"), ("ян", "ное"),
        // "Прилуцького" from Прилуки, "Одеському" from Одеса; a town named by an adjective: "Новгород-Сіверської" from Новгород-Сіверський
        ("", "ки"), ("", "са"), ("", "ський"), ("", "цький"),
        // "Ворожбянської" from Ворожба; "Лубенської" from Лубни, "Кременчуцької" from Кременчук
        ("ян", "а"), ("ен", "ни"), ("", "к"),
        // "Губиниській" from Губиниха; Ukrainian "Дніпровський" from Дніпро
        ("", "ха"), ("в", ""),
    ];

    public void Run(AnnotatedDocument document)
    {
        var places = document.Places;
        // a person's forename is no town, and must not decide the report's oblast below
        places.RemoveAll(p => PlacesNotStruck.Forename(document, p));
        // «в с. Курганное Ольховатской громады погиб мужчина»: the hromada named right after a village is the village's address, not
        // a second place struck (two places in one sentence would make its toll neither's)
        places.RemoveAll(q => q.End - q.Start >= 2 && HromadaWords.Contains(TokenText(document, q.End - 1).ToLowerInvariant()) &&
                              places.Any(p => p.End == q.Start && p.Place.Kind is PlaceKind.Settlement or null));
        if (places.Count == 0)
        {
            return;
        }

        var russianReport = string.Equals(document.Info.Language, "ru", StringComparison.Ordinal);
        // Which side's map: the places resolved, else a Ukrainian weapon named as the attacker ("украинский беспилотник").
        var inRussia = RussianMajority(places) || (!places.Any(static p => p.Place.Country == "UA") &&
            document.Lexicon.AttackerUkraine.Contains(document.Tokens, 0, document.Tokens.Count));
        // The report's own oblast decides between namesakes: "Миколаївська громада" on the Sumy page is Mykolaivka, not Mykolaiv.
        var oblast = places.Where(static p => p.Place.Resolved && p.Place.Admin1Code is not null)
            .GroupBy(static p => p.Place.Admin1Code).OrderByDescending(static g => g.Count()).Select(static g => g.Key).FirstOrDefault();
        var russianRegion = russianReport ? RussianRegionOfReport(places, inRussia) : null;
        // «…, сообщил губернатор Белгородской области»: a Russian report may name its region only in the governor's title, which
        // is no place mention of its own; that region then decides the map (the raion «в Борисовском районе», the village «хутора
        // Красиво» spelt the Russian way), unless a Ukrainian town, raion or oblast, or another Russian region, is named
        PlaceRef? titled = null;
        if (russianReport && russianRegion is null &&
            !places.Any(static p => p.Place.Resolved && p.Place.Country == "UA" && p.Place.Kind is not PlaceKind.Settlement) &&
            TitleRegion.AdministrationRegions(document, gazetteer).Where(static r => r.Country == "RU").DistinctBy(static r => r.Admin1Code).ToList() is [var only] &&
            places.All(p => p.Place.Country != "RU" || string.Equals(p.Place.Admin1Code, only.Admin1Code, StringComparison.Ordinal)))
        {
            titled = only;
            russianRegion = only.Admin1Code;
            inRussia = true;
            oblast ??= only.Admin1Code;
        }

        var roadEnd = -1;
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            // «на трассе Янько-Макеево Рыльского района», «на автодороге между селами Курово и Суворово Погарского района»: a road
            // named by its ends is no village; the attack is the raion's (specs/realtext/ru/README.md, set B)
            if (russianReport && (OnRoad(document, p.Start) || p.Start <= roadEnd + 2 && p.Start > roadEnd && p.Start > 0 && TokenText(document, p.Start - 1) is "и" or "–" or "—" or "-") &&
                RoadRaion(document, p, oblast, inRussia ? "RU" : "UA") is { } road)
            {
                places[i] = p with { Place = road.Raion };
                roadEnd = p.End;
                continue;
            }

            if (p.Place.Resolved && Transliteration.HasCyrillic(p.Place.Mention))
            {
                var renamed = OkrugCentre(document, p)
                              ?? EllipticRaion(document, p, oblast, inRussia ? "RU" : "UA")
                              ?? RaionByCentre(document, p)
                              ?? HromadaInReportOblast(document, p, places)
                              ?? HromadaBeforeRaion(document, p)
                              ?? RussianNamesake(p, places, russianRegion, p.Start > 0 ? TokenText(document, p.Start - 1) : "")
                              ?? (russianReport ? null : AbbreviatedVillageElsewhere(document, p, places, oblast));
                if (renamed is not null)
                {
                    places[i] = p with { Place = renamed };
                }

                continue;
            }

            if (!p.Place.Resolved && russianRegion is not null && p.Place.Kind is null or PlaceKind.Settlement &&
                p.Place.Country is null or "RU" && !Transliteration.HasCyrillic(p.Place.Name) && Transliteration.HasCyrillic(p.Place.Mention))
            {
                // a namesake the gazetteer could not choose among, in a report about one Russian region: the Russian village, spelt the Russian way
                places[i] = p with
                {
                    Place = p.Place with
                    {
                        Name = RussianPlaceToLatin(Nominative(NameOnly(p.Place.Mention), russian: true)), Country = "RU",
                        Admin1Code = p.Place.Admin1Code ?? russianRegion,
                    },
                };
                continue;
            }

            if (russianReport && !p.Place.Resolved && p.Place.Country == "UA" && p.Place.Kind is null or PlaceKind.Settlement &&
                !Transliteration.HasCyrillic(p.Place.Name) && RussianIvka(p) is { } ivka)
            {
                places[i] = p with { Place = p.Place with { Name = ivka } };
                continue;
            }

            if (p.Place.Resolved || !Transliteration.HasCyrillic(p.Place.Name))
            {
                continue;
            }

            // "в селе Новостроевка-Первая Грайворонского округа": the okrug's adjective glued to the village is no part of its name
            if (p.End < document.Tokens.Count && document.Tokens[p.End].Lower is "округа" or "района" or "р-на" &&
                p.Place.Name.LastIndexOf(' ') is var space and > 0 && IsAdjective(p.Place.Name[(space + 1)..]) && p.End - p.Start > 1)
            {
                p = p with { End = p.End - 1, Place = p.Place with { Name = p.Place.Name[..space] } };
                places[i] = p;
            }

            // "Новгород-Сіверської громади", "Середино-Будській громаді": the shared step split the village off the area adjective
            // at the hyphen; the whole hyphenated adjective names the area
            if (p.Place.Name.EndsWith('-') && p.End + 1 < document.Tokens.Count && document.Tokens[p.End].Start == document.Tokens[p.End - 1].End &&
                IsAdjective(TokenText(document, p.End)) && (HromadaWords.Contains(document.Tokens[p.End + 1].Lower) || RaionWords.Contains(document.Tokens[p.End + 1].Lower)))
            {
                var adjective = document.Text[document.Tokens[p.Start].Start..document.Tokens[p.End].End];
                var start = adjective.LastIndexOf(' ') + 1;
                p = p with { End = p.End + 2, Place = p.Place with { Name = adjective[start..] } };
                places[i] = p;
            }

            var last = document.Tokens[p.End - 1].Lower;
            var words = p.Place.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            PlaceRef? named = null;
            if (words.Length == 1 && (RaionWords.Contains(last) || HromadaWords.Contains(last)))
            {
                // «Кременского муниципального округа»: an okrug the occupation made of a Ukrainian hromada is its centre, as the hromada
                // is (a Russian okrug is a raion); a Russian-side report that names no Russian region may tell of one
                var okrug = last.StartsWith("округ", StringComparison.Ordinal);
                named = Area(p.Place, words[0], RaionWords.Contains(last) && !(okrug && !inRussia), oblast, inRussia ? "RU" : "UA");
                if (named is null && okrug && inRussia && russianRegion is null)
                {
                    named = Area(p.Place, words[0], raion: false, oblast, "UA");
                }
                // a city district of the report's oblast beats a raion the gazetteer does not have ("в Шевченковском районе" of a
                // Kharkiv report is Kharkiv's district, not a "Shevchenkove Raion" abolished in 2020)
                if ((named is null || named is { Resolved: false, Kind: PlaceKind.Raion }) && RaionWords.Contains(last) && oblast is not null &&
                    CityDistrict(p.Place, words[0], oblast, NamedCityWithDistrict(places, words[0], oblast)) is { } district)
                {
                    named = district;
                }

                if (named is null && RaionWords.Contains(last) && russianReport && russianRegion is not null && IsAdjective(words[0]))
                {
                    // a Russian raion whose centre the gazetteer lacks ("в Большесолдатском районе"): named by its own adjective
                    named = new PlaceRef(RussianPlaceToLatin(MasculineAdjective(words[0])) + " Raion", PlaceKind.Raion, null,
                        places.FirstOrDefault(o => string.Equals(o.Place.Admin1Code, russianRegion, StringComparison.Ordinal))?.Place.Admin1 ?? titled?.Admin1,
                        russianRegion, "RU", null, null, p.Place.Mention, null, Resolved: false);
                }
            }

            if (named is null && !RaionWords.Contains(last) && !HromadaWords.Contains(last) && !IsAreaWord(last))
            {
                var ukrainian = !russianReport || !inRussia;
                var nominative = Nominative(p.Place.Name, russianReport);
                named = p.Place with
                {
                    Country = p.Place.Country ?? (inRussia ? "RU" : "UA"),
                    Name = ukrainian
                        ? Transliteration.UkrainianToLatin(russianReport ? UkrainianSpelling(nominative) : nominative)
                        : RussianPlaceToLatin(nominative),
                };
            }

            if (named is not null)
            {
                places[i] = p with { Place = named };
            }
        }

        HromadasByKind(document, oblast, inRussia ? "RU" : "UA");
        CoordinatedAreas(document, oblast, inRussia ? "RU" : "UA");
        // "у Никитовском районе", "Слобідському": an area adjective the gazetteer could not place is no place name a reader can use
        // (an incident "Никитовском" is a wrong place); its sentence's figures go where the report was before it
        places.RemoveAll(static p => !p.Place.Resolved && p.Place.Kind != PlaceKind.Raion && Transliteration.HasCyrillic(p.Place.Name) && IsAdjective(p.Place.Name));
        DistrictsOfUnnamedCities(document);
        RaionsNotCityDistricts(document);
        CityDistrictBeforeItsCity(document);
    }

    /// <summary>
    /// «На Дніпровський (район) скерували дві ракети» on a Dnipropetrovsk page: the gazetteer knows «Дніпровський район» as the districts
    /// of Kamianske, Kyiv, Kherson and Zaporizhzhia, but a report that names none of those cities means the raion of its own oblast
    /// named after its centre (Dnipro Raion), where the gazetteer has one there.
    /// </summary>
    private void RaionsNotCityDistricts(AnnotatedDocument document)
    {
        var places = document.Places;
        for (var i = 0; i < places.Count; i++)
        {
            if (places[i].Place is not { Kind: PlaceKind.CityDistrict, District: not null, Admin1Code: { } oblast } district)
            {
                continue;
            }

            var words = district.Mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2 || !IsAdjective(words[0]) || (words.Length == 2 && !RaionWords.Contains(words[1].ToLowerInvariant())) ||
                places.Any(o => o.Place.Kind == PlaceKind.City && string.Equals(o.Place.Name, district.Name, StringComparison.Ordinal)))
            {
                continue;
            }

            if (Area(district, words[0], raion: true, oblast, district.Country ?? "UA") is { Resolved: true, Kind: PlaceKind.Raion } raion &&
                string.Equals(raion.Admin1Code, oblast, StringComparison.Ordinal))
            {
                places[i] = places[i] with { Place = raion };
            }
        }
    }

    /// <summary>
    /// «в Пролетарском районе» of a report about Rostov-on-Don: a district of a city the report
    /// never names, in an oblast none of its other places is in, is another city's namesake (Donetsk's), not a place of this report:
    /// the mention is the town or village of that name where the gazetteer has one, else no place.
    /// </summary>
    private void DistrictsOfUnnamedCities(AnnotatedDocument document)
    {
        var places = document.Places;
        for (var i = places.Count - 1; i >= 0; i--)
        {
            if (places[i].Place is not { Kind: PlaceKind.CityDistrict, District: not null } district ||
                places.Any(o => o.Place.Kind != PlaceKind.CityDistrict && string.Equals(o.Place.Admin1Code, district.Admin1Code, StringComparison.Ordinal)))
            {
                continue;
            }

            // (a report that names no other region at all, «в Балаклавском районе … сообщил губернатор», has nothing to be about
            // instead: the district stays)
            if (!places.Any(o => o.Place.Kind != PlaceKind.CityDistrict && o.Place.Admin1Code is not null))
            {
                continue;
            }

            // (a village of that name, «Залізничне», is what the mention is then, where the gazetteer has one)
            if (gazetteer.Geocode(district.Mention).FirstOrDefault(h => h.Kind is PlaceKind.City or PlaceKind.Settlement) is { } town)
            {
                places[i] = places[i] with { Place = town.ToPlaceRef(district.Mention) };
            }
            else
            {
                places.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// «у Залізничному районі Курська», «в Кировском районе Донецка»: a capitalised adjective, a raion word and a city in the genitive name one
    /// of that city's districts. The gazetteer knows few districts outside Ukraine's own cities, so the mention of the district was
    /// read as a place of its own (an untranslated adjective, another city's district of that name) or the city as the raion named
    /// after it («районі Курська», Kursk Raion): the city is the place, and no incident is named by the district's adjective.
    /// </summary>
    private void CityDistrictBeforeItsCity(AnnotatedDocument document)
    {
        var places = document.Places;
        var tokens = document.Tokens;
        for (var i = 0; i < places.Count; i++)
        {
            var city = places[i];
            var word = city.Start - 1;
            if (word < 1 || tokens[word].Sentence != tokens[city.Start].Sentence || !RaionWords.Contains(TokenText(document, word).ToLowerInvariant()) ||
                !tokens[word - 1].Capitalized || city.End - city.Start != 1)
            {
                continue;
            }

            // the city read as the raion named after it: the city itself
            if (city.Place is { Kind: PlaceKind.Raion, Name: var raionName } && raionName.EndsWith(" Raion", StringComparison.Ordinal) &&
                gazetteer.Geocode(city.Place.Mention, city.Place.Admin1Code is null ? null : new GeocodeContext(city.Place.Admin1Code))
                    .FirstOrDefault(h => h.Kind == PlaceKind.City && string.Equals(h.Name, raionName[..^" Raion".Length], StringComparison.Ordinal)) is { } town)
            {
                places[i] = city with { Place = town.ToPlaceRef(city.Place.Mention) };
                city = places[i];
            }

            if (city.Place.Kind != PlaceKind.City)
            {
                continue;
            }

            // the district's own mention, unless the gazetteer placed it in this very city
            var cityName = city.Place.Name;
            // (where the gazetteer knows the city's district by that adjective, the place is the district: «в Кировском районе Донецка»
            // had been read as Kirovsky Raion elsewhere, then dropped)
            if (city.Place.Admin1Code is { } cityOblast && CityDistrict(city.Place, TokenText(document, word - 1), cityOblast, cityName) is { } district)
            {
                places[i] = city with { Place = district };
            }

            var removed = places.RemoveAll(d => d.End > word - 1 && d.End <= city.Start && d.Start >= word - 2 && d.Start < city.Start &&
                                                !string.Equals(d.Place.Name, cityName, StringComparison.Ordinal));
            i -= removed;
        }
    }

    // A plural area word after two adjectives: «Білопільської та Ворожбянської громад», «в Новгород-Сіверському та Чернігівському районах».
    private static readonly HashSet<string> PluralHromadas = new(StringComparer.Ordinal) { "громад", "громадах", "громадам", "громадами", "общин", "общинах" };
    internal static readonly HashSet<string> PluralRaions = new(StringComparer.Ordinal) { "районах", "районів", "районам", "районами", "районов" };
    // The nominative plural, the same word as the genitive singular: an area of several only after a list («Покровська, Марганецька громади»,
    // «Марганецкая, Покровская и Мировская громады»).
    private static readonly HashSet<string> ListHromadas = new(StringComparer.Ordinal) { "громади", "громады", "общины" };
    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "та", "і", "й", "и" };

    /// <summary>
    /// «обстріли Білопільської та Ворожбянської громад», «енергообʼєкти в Новгород-Сіверському та Чернігівському районах», «здригалися
    /// Нікополь, Покровська, Марганецька, Мирівська громади»: two or more hromadas or raions sharing one plural area word, listed with
    /// commas or a conjunction. The shared step reads none of them (or the first as a town): each is its own area, read back to its
    /// centre (a raion as "&lt;centre&gt; Raion") in the report's oblast, and all are places of the sentence.
    /// </summary>
    private void CoordinatedAreas(AnnotatedDocument document, string? oblast, string country)
    {
        var tokens = document.Tokens;
        var found = new List<PlaceMention>();
        for (var w = 3; w < tokens.Count; w++)
        {
            var word = TokenText(document, w).ToLowerInvariant();
            var raion = PluralRaions.Contains(word);
            if (!raion && !PluralHromadas.Contains(word) && !ListHromadas.Contains(word))
            {
                continue;
            }

            // the adjectives before the area word, last first, each after a comma or a conjunction
            var items = new List<(int Start, int End)>();
            var end = w - 1;
            while (AdjectiveStart(document, end) is var start and >= 0 && tokens[start].Sentence == tokens[w].Sentence)
            {
                items.Add((start, end + 1));
                var separator = start - 1;
                if (separator < 1 || tokens[separator].Sentence != tokens[w].Sentence ||
                    !(Joins.Contains(TokenText(document, separator).ToLowerInvariant()) || TokenText(document, separator) == ","))
                {
                    break;
                }

                end = separator - 1;
            }

            if (items.Count < 2)
            {
                continue;
            }

            var areas = items.Select(i => (i.Start, i.End, Text: document.Text[tokens[i.Start].Start..tokens[i.End - 1].End]))
                .Select(i => (i.Start, i.End, i.Text, Place: Area(PlaceRef.Unresolved(i.Text), i.Text, raion, oblast, country)))
                .ToList();
            // (a hromada the gazetteer cannot lead back to its centre, renamed or unknown, stays no place and the others are still read;
            // but a list of three or more is a round-up, which two read places would turn into a story of two towns)
            if (areas.Count(a => a.Place is not null) < Math.Min(3, areas.Count) || areas.Any(a => a.Place is not null && oblast is not null && a.Place.Admin1Code != oblast))
            {
                continue;
            }

            foreach (var a in areas.Where(a => a.Place is not null))
            {
                // the last adjective's mention takes the area word with it («Мирівська громади»)
                found.Add(a.End == w
                    ? new PlaceMention(a.Start, w + 1, a.Place! with { Mention = document.Text[tokens[a.Start].Start..tokens[w].End] }, Strong: true)
                    : new PlaceMention(a.Start, a.End, a.Place! with { Mention = a.Text }, Strong: true));
            }
        }

        if (found.Count == 0)
        {
            return;
        }

        document.Places.RemoveAll(p => found.Any(f => p.Start < f.End && f.Start < p.End));
        document.Places.AddRange(found);
        document.Places.Sort(static (x, y) => x.Start.CompareTo(y.Start));
    }

    /// <summary>The first token of a capitalised adjective ending at <paramref name="end"/>, hyphenated parts included («Новгород-Сіверської»); -1 when none.</summary>
    private static int AdjectiveStart(AnnotatedDocument document, int end)
    {
        var tokens = document.Tokens;
        if (end < 0 || tokens[end].Kind != TokenKind.Word || !IsAdjective(TokenText(document, end)))
        {
            return -1;
        }

        var start = end;
        while (start >= 2 && TokenText(document, start - 1) == "-" && tokens[start - 1].Start == tokens[start - 2].End && tokens[start].Start == tokens[start - 1].End &&
               tokens[start - 2].Kind == TokenKind.Word)
        {
            start -= 2;
        }

        return tokens[start].Capitalized ? start : -1;
    }

    /// <summary>
    /// «по будівлі Кочубеївської територіальної громади (Бериславський р-н., Херсонська область)», «на території Кіндрашівської
    /// сільської громади»: the shared step reads a hromada's adjective only right before its wrapper, so a hromada named with its
    /// kind between them is no place. Where the adjective leads back to a town the gazetteer knows in the report's oblast, the
    /// hromada is that town, its centre (as «Марганецька громада» is Marhanets).
    /// </summary>
    private void HromadasByKind(AnnotatedDocument document, string? oblast, string country)
    {
        if (oblast is null)
        {
            return;
        }

        var tokens = document.Tokens;
        var added = false;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].Capitalized || tokens[i].Sentence != tokens[i + 2].Sentence ||
                !HromadaKinds.Contains(TokenText(document, i + 1).ToLowerInvariant()) || !HromadaWords.Contains(TokenText(document, i + 2).ToLowerInvariant()) ||
                !IsAdjective(TokenText(document, i)) || document.Places.Any(p => p.Start <= i + 2 && p.End > i))
            {
                continue;
            }

            var mention = document.Text[tokens[i].Start..tokens[i + 2].End];
            var area = Area(PlaceRef.Unresolved(mention), TokenText(document, i),
                raion: false, oblast, country);
            if (area is not null && string.Equals(area.Admin1Code, oblast, StringComparison.Ordinal))
            {
                document.Places.Add(new PlaceMention(i, i + 3, area with { Mention = mention }, Strong: true));
                added = true;
            }
        }

        if (added)
        {
            document.Places.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>A Russian adjective in any case brought to its masculine nominative: "Большесолдатском" → "Большесолдатский".</summary>
    internal static string MasculineAdjective(string adjective)
    {
        foreach (var ending in (string[])["ому", "ого", "ой", "ом", "ий", "ая", "ое", "ую", "их", "им"])
        {
            if (adjective.Length > ending.Length + 3 && adjective.EndsWith(ending, StringComparison.Ordinal))
            {
                return adjective[..^ending.Length] + "ий";
            }
        }

        return adjective;
    }

    // the words for a road whose ends name it: «трасса», «автодорога», «дорога» in any case
    private static readonly string[] RoadStems = ["трасс", "автодорог", "дорог"];

    /// <summary>Whether a road word or «между» stands just before the place (over «селами», «деревней», …).</summary>
    private static bool OnRoad(AnnotatedDocument document, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
        {
            var word = TokenText(document, k).ToLowerInvariant();
            // «между деревней Обеста и селом Локоть Рыльского района»: the ground between two villages is no one village either
            if (word == "между" || RoadStems.Any(r => word.StartsWith(r, StringComparison.Ordinal)))
            {
                return true;
            }

            if (word is not ("селами" or "поселками" or "сёлами" or "деревнями" or "деревней" or "селом" or "поселком" or "посёлком" or "хутором"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The raion named by the adjective and «района» within a few words after a road's end (the gazetteer's raion by its centre).</summary>
    private (PlaceRef Raion, int End)? RoadRaion(AnnotatedDocument document, PlaceMention p, string? oblast, string country)
    {
        var tokens = document.Tokens;
        var sentence = tokens[p.Start].Sentence;
        for (var k = p.Start + 1; k < Math.Min(tokens.Count - 1, p.End + 5); k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                break;
            }

            if (TokenText(document, k + 1).ToLowerInvariant() is "района" or "р-на" && IsAdjective(TokenText(document, k).ToLowerInvariant()) &&
                Area(p.Place, document.Text[tokens[k].Start..tokens[k].End], raion: true, oblast, country) is { } raion)
            {
                return (raion with { Mention = document.Text[tokens[p.Start].Start..tokens[k + 1].End] }, k + 2);
            }
        }

        return null;
    }

    private static string TokenText(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End];

    private static bool IsAdjective(string word)
    {
        var lower = word.ToLowerInvariant();
        return AdjectiveEndings.Any(e => lower.Length > e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>
    /// The Russian region a Russian-language report is about: its one Russian oblast, when it names one (or its places are
    /// mostly Russian) and names no Ukrainian oblast; null otherwise.
    /// </summary>
    private static string? RussianRegionOfReport(List<PlaceMention> places, bool inRussia)
    {
        if (places.Any(static p => p.Place.Resolved && p.Place.Country == "UA" && p.Place.Kind is PlaceKind.Oblast))
        {
            return null;
        }

        var regions = places.Where(static p => p.Place.Country == "RU" && p.Place.Admin1Code is not null)
            .Select(static p => p.Place.Admin1Code!).Distinct(StringComparer.Ordinal).ToList();
        return regions.Count == 1 && (inRussia || places.Any(static p => p.Place.Country == "RU" && p.Place.Kind is PlaceKind.Oblast))
            ? regions[0]
            : null;
    }

    /// <summary>
    /// "в селе Отрадное" in a report about Belgorod Oblast: the gazetteer's Ukrainian namesake (a Crimean Otradnoe, Horodyshche in
    /// Cherkasy Oblast) is not the place when nothing else in the report is in that oblast; the village is the Russian one, unresolved
    /// but named by its usual English spelling in the report's region.
    /// </summary>
    private static PlaceRef? RussianNamesake(PlaceMention p, List<PlaceMention> places, string? region, string wordBefore)
    {
        if (region is null || p.Place.Country != "UA" || p.Place.Kind is not (PlaceKind.Settlement or PlaceKind.City) ||
            (p.Place.Kind is PlaceKind.City && !VillageWord(p.Place.Mention + " " + wordBefore)) ||
            // a Ukrainian town, raion or oblast of the same oblast anchors it there; another village of the same name list does not
            places.Any(o => o.Place.Country == "UA" && o.Place.Kind is not PlaceKind.Settlement &&
                            string.Equals(o.Place.Admin1Code, p.Place.Admin1Code, StringComparison.Ordinal) &&
                            !string.Equals(o.Place.Name, p.Place.Name, StringComparison.Ordinal)))
        {
            return null;
        }

        var admin1 = places.First(o => string.Equals(o.Place.Admin1Code, region, StringComparison.Ordinal)).Place.Admin1;
        return new PlaceRef(RussianPlaceToLatin(Nominative(NameOnly(p.Place.Mention), russian: true)), PlaceKind.Settlement, null, admin1, region, "RU",
            null, null, p.Place.Mention, null, Resolved: false);
    }

    /// <summary>
    /// «у с. Борщова Липецької громади» on a Kharkiv page: a name after «с.», «сел.» or «смт» is written in the nominative, so a
    /// place that only an inflected reading of it finds in another oblast (Borshchiv of Ternopil Oblast, read from «Борщова» as its
    /// genitive) is not it: the village is the report's oblast's, named as written. Only where two or more of the report's places
    /// lie in that oblast. Null otherwise.
    /// </summary>
    private static PlaceRef? AbbreviatedVillageElsewhere(AnnotatedDocument document, PlaceMention p, List<PlaceMention> places, string? oblast)
    {
        if (oblast is null || !oblast.StartsWith("UA", StringComparison.Ordinal) || p.Place.Country != "UA" ||
            p.Place.Kind is not (PlaceKind.Settlement or PlaceKind.City) || string.Equals(p.Place.Admin1Code, oblast, StringComparison.Ordinal) || p.Start < 1)
        {
            return null;
        }

        var before = TokenText(document, p.Start - 1).ToLowerInvariant();
        var mention = p.Place.Mention.ToLowerInvariant();
        var abbreviated = before == "смт" || (before == "." && p.Start >= 2 && TokenText(document, p.Start - 2).ToLowerInvariant() is "с" or "сел") ||
                          mention.StartsWith("с. ", StringComparison.Ordinal) || mention.StartsWith("сел. ", StringComparison.Ordinal) ||
                          mention.StartsWith("смт ", StringComparison.Ordinal);
        if (!abbreviated || places.Count(o => o.Place.Resolved && string.Equals(o.Place.Admin1Code, oblast, StringComparison.Ordinal)) < 2)
        {
            return null;
        }

        var written = Transliteration.UkrainianToLatin(NameOnly(p.Place.Mention));
        if (string.Equals(written, p.Place.Name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var admin1 = places.First(o => string.Equals(o.Place.Admin1Code, oblast, StringComparison.Ordinal)).Place.Admin1;
        return new PlaceRef(written, PlaceKind.Settlement, null, admin1, oblast, "UA", null, null, p.Place.Mention, null, Resolved: false);
    }

    private static readonly string[] Wrappers =
    [
        "в", "во", "у", "с", "со", "по", "от", "из", "под", "около", "возле", "близ", "недалеко", "село", "села", "селе", "селу",
        "деревня", "деревни", "деревне", "деревню", "поселок", "посёлок", "поселка", "посёлка", "поселке", "посёлке", "хутор",
        "хутора", "хуторе", "город", "города", "городе", "пгт", "пос", "с.", "д.", "х.", "пос.",
    ];

    private static bool VillageWord(string mention) =>
        mention.Split(' ').Any(static w => w.ToLowerInvariant() is var l && (l.StartsWith("сел", StringComparison.Ordinal) ||
            l.StartsWith("дерев", StringComparison.Ordinal) || l.StartsWith("посел", StringComparison.Ordinal) ||
            l.StartsWith("посёл", StringComparison.Ordinal) || l.StartsWith("хутор", StringComparison.Ordinal)));

    /// <summary>The name in a mention that still holds its wrapper ("В селе Отрадное" → "Отрадное").</summary>
    internal static string NameOnly(string mention)
    {
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length - 1 && (Wrappers.Contains(words[first].ToLowerInvariant()) || !char.IsUpper(words[first][0])))
        {
            first++;
        }

        return string.Join(' ', words[first..]);
    }

    /// <summary>
    /// "двое пострадали в Большесолдатском районе и один — в Рыльском": an adjective standing for a raion named just before is that
    /// raion, not the town the gazetteer matched.
    /// </summary>
    private PlaceRef? EllipticRaion(AnnotatedDocument document, PlaceMention p, string? oblast, string country)
    {
        if (p.End - p.Start != 1 || p.Place.Kind is not (PlaceKind.City or PlaceKind.Settlement) || !IsAdjective(TokenText(document, p.Start)))
        {
            return null;
        }

        var sentence = document.SentenceOfToken(p.Start);
        var raionBefore = false;
        for (var t = p.Start - 1; t >= Math.Max(0, p.Start - 10) && document.SentenceOfToken(t) == sentence; t--)
        {
            raionBefore |= RaionWords.Contains(document.Tokens[t].Lower);
        }

        var next = p.End < document.Tokens.Count ? document.Tokens[p.End].Lower : "";
        // "в Рыльскую районную больницу" names a hospital, not where people were hurt: left as it is
        return raionBefore && !next.StartsWith("район", StringComparison.Ordinal) && !HromadaWords.Contains(next)
            ? Area(p.Place, TokenText(document, p.Start), raion: true, oblast, country)
            : null;
    }

    /// <summary>
    /// "Прилуцького району", which the gazetteer knows as "Prylutskyi Raion": a raion is named after its centre ("Pryluky Raion", as
    /// the raions the gazetteer lacks are), so one raion has one name whichever way a report or the gazetteer spells it. Only when
    /// the adjective leads back to a town of the raion's own oblast; the gazetteer's coordinates are kept.
    /// </summary>
    private PlaceRef? RaionByCentre(AnnotatedDocument document, PlaceMention p)
    {
        if (p.Place.Kind is not PlaceKind.Raion || !p.Place.Name.EndsWith("kyi Raion", StringComparison.Ordinal))
        {
            return null;
        }

        for (var t = p.Start; t + 1 < p.End; t++)
        {
            if (RaionWords.Contains(document.Tokens[t + 1].Lower) && IsAdjective(TokenText(document, t)) &&
                Area(p.Place, TokenText(document, t), raion: true, p.Place.Admin1Code, p.Place.Country ?? "UA") is { } area &&
                string.Equals(area.Admin1Code, p.Place.Admin1Code, StringComparison.Ordinal))
            {
                return p.Place with { Name = area.Name };
            }
        }

        return null;
    }

    /// <summary>
    /// «Старобельского муниципального округа»: an okrug the occupation made in Ukraine is its centre, as a hromada is, though the
    /// gazetteer reads the adjective as the raion of that name (a Russian okrug stays a raion).
    /// </summary>
    private PlaceRef? OkrugCentre(AnnotatedDocument document, PlaceMention p)
    {
        if (p.Place is not { Kind: PlaceKind.Raion, Country: "UA" } raion || !document.Tokens[p.End - 1].Lower.StartsWith("округ", StringComparison.Ordinal) ||
            !raion.Name.EndsWith(" Raion", StringComparison.Ordinal))
        {
            return null;
        }

        var centre = raion.Name[..^" Raion".Length];
        return gazetteer.Geocode(centre, new GeocodeContext(raion.Admin1Code))
            .FirstOrDefault(h => h.Kind is PlaceKind.City or PlaceKind.Settlement && string.Equals(h.Name, centre, StringComparison.Ordinal) &&
                                 string.Equals(h.Admin1Code, raion.Admin1Code, StringComparison.Ordinal))?.ToPlaceRef(p.Place.Mention);
    }

    /// <summary>
    /// «По Малинівській громаді» on a Zaporizhzhia page: the gazetteer read the adjective as a town of another oblast (Malyn);
    /// in a report that names its one oblast and nothing else of that other oblast, the hromada is the one of the report's oblast:
    /// its centre there, else (the centre unknown to the gazetteer) the «-івська» hromada's «-івка», unresolved but named.
    /// </summary>
    private PlaceRef? HromadaInReportOblast(AnnotatedDocument document, PlaceMention p, List<PlaceMention> places)
    {
        if (p.Place.Kind is not (PlaceKind.City or PlaceKind.Settlement) || p.End - p.Start < 2 || !HromadaWords.Contains(document.Tokens[p.End - 1].Lower))
        {
            return null;
        }

        var oblasts = places.Where(static o => o.Place.Resolved && o.Place.Kind == PlaceKind.Oblast).Select(static o => o.Place)
            .DistinctBy(static o => o.Admin1Code).ToList();
        if (oblasts.Count != 1 || string.Equals(oblasts[0].Admin1Code, p.Place.Admin1Code, StringComparison.Ordinal) ||
            places.Any(o => !ReferenceEquals(o, p) && string.Equals(o.Place.Admin1Code, p.Place.Admin1Code, StringComparison.Ordinal)))
        {
            return null;
        }

        var adjective = TokenText(document, p.End - 2);
        var oblast = oblasts[0];
        if (Area(p.Place, adjective, raion: false, oblast.Admin1Code, "UA") is { } there && string.Equals(there.Admin1Code, oblast.Admin1Code, StringComparison.Ordinal))
        {
            return there;
        }

        var lower = adjective.ToLowerInvariant();
        var ending = AdjectiveEndings.FirstOrDefault(e => lower.EndsWith(e, StringComparison.Ordinal) && lower.Length > e.Length + 2);
        var stem = ending is null ? "" : lower[..^ending.Length];
        // «Новопавловской громады» of a Russian report: the Russian spelling of the «-івка» (Новопавлівка)
        var russianIvka = string.Equals(document.Info.Language, "ru", StringComparison.Ordinal) && (stem.EndsWith("ов", StringComparison.Ordinal) || stem.EndsWith("ев", StringComparison.Ordinal));
        if (ending is null || !(stem.EndsWith("ів", StringComparison.Ordinal) || stem.EndsWith("їв", StringComparison.Ordinal) || russianIvka))
        {
            return null;
        }

        var town = adjective[..^ending.Length] + "ка";
        return new PlaceRef(Transliteration.UkrainianToLatin(russianIvka ? UkrainianSpelling(town) : town), PlaceKind.Settlement, null, oblast.Admin1,
            oblast.Admin1Code, "UA", null, null, p.Place.Mention, null, Resolved: false);
    }

    // The kind of a hromada between its adjective and «громади»/«громаді»: «Марганецької територіальної громади».
    private static readonly string[] HromadaKinds = ["територіальної", "міської", "сільської", "селищної", "територіальній", "міській", "сільській", "селищній"];

    /// <summary>
    /// «жителька Марганецької територіальної громади Нікопольського району»: the raion only locates the hromada before it (which
    /// the shared step could not read past its kind); the hromada, that is its centre in the raion's oblast, is the place.
    /// </summary>
    private PlaceRef? HromadaBeforeRaion(AnnotatedDocument document, PlaceMention p)
    {
        var t = p.Start - 1;
        if (p.Place.Kind is not PlaceKind.Raion || t < 2 || !HromadaWords.Contains(document.Tokens[t].Lower))
        {
            return null;
        }

        // the kind as written: the forms may read «сільської» as another word («сільський»)
        var adjective = HromadaKinds.Contains(TokenText(document, t - 1).ToLowerInvariant()) ? t - 2 : t - 1;
        if (!document.Tokens[adjective].Capitalized || !IsAdjective(TokenText(document, adjective)) ||
            Area(p.Place, TokenText(document, adjective), raion: false, p.Place.Admin1Code, p.Place.Country ?? "UA") is not { } centre ||
            !string.Equals(centre.Admin1Code, p.Place.Admin1Code, StringComparison.Ordinal))
        {
            return null;
        }

        return centre with { Mention = document.Text[document.Tokens[adjective].Start..document.Tokens[t].End] };
    }

    private static bool IsAreaWord(string lower) =>
        lower.StartsWith("област", StringComparison.Ordinal) || lower.StartsWith("напрям", StringComparison.Ordinal) ||
        lower.StartsWith("направлен", StringComparison.Ordinal) || lower is "обл" or "округа" or "округ";

    private static bool RussianMajority(List<PlaceMention> places)
    {
        int ru = 0, ua = 0;
        foreach (var p in places)
        {
            if (p.Place.Country == "RU")
            {
                ru++;
            }
            else if (p.Place.Country == "UA")
            {
                ua++;
            }
        }

        return ru > ua;
    }

    /// <summary>The raion or hromada an adjective names, through the town it is named after; null when the gazetteer knows no such town.</summary>
    private PlaceRef? Area(PlaceRef place, string adjective, bool raion, string? oblast, string country)
    {
        var lower = adjective.ToLowerInvariant();
        var ending = AdjectiveEndings.FirstOrDefault(e => lower.Length > e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal));
        if (ending is null)
        {
            return null;
        }

        var stem = adjective[..^ending.Length];
        var towns = new List<GeocodeCandidate>();
        foreach (var (drop, add) in StemToTown)
        {
            if (stem.EndsWith(drop, StringComparison.OrdinalIgnoreCase) && stem.Length - drop.Length >= 2 &&
                Town(stem[..^drop.Length] + add, oblast) is { } found && found.Country == country &&
                (oblast is null || string.Equals(found.Admin1Code, oblast, StringComparison.Ordinal) || !oblast.StartsWith(country, StringComparison.Ordinal)))
            {
                towns.Add(found);
            }
        }

        // "Середино-Будській": the first part of a compound name is inflected like an adjective too (Середина-Буда)
        if (towns.Count == 0 && stem.Contains("о-", StringComparison.Ordinal))
        {
            var compound = stem.Replace("о-", "а-", StringComparison.Ordinal);
            foreach (var add in (string[])["а", "", "е"])
            {
                if (Town(compound + add, oblast) is { } found && found.Country == country &&
                    (oblast is null || string.Equals(found.Admin1Code, oblast, StringComparison.Ordinal)))
                {
                    towns.Add(found);
                }
            }
        }

        // Only a town on the report's side of the border, in the report's oblast when it names one: "Каневской" on a Krasnodar page is not Kaniv.
        // With no oblast to choose by, a raion's centre is the town whose raion the gazetteer has ("Днепровском районе": Dnipro, not Dniprovka)
        var hit = towns.FirstOrDefault(t => string.Equals(t.Admin1Code, oblast, StringComparison.Ordinal))
                  ?? (raion ? towns.FirstOrDefault(t => KnownRaion(t) is not null) : null)
                  ?? towns.FirstOrDefault();
        if (hit is null)
        {
            return null;
        }

        if (!raion)
        {
            return hit.ToPlaceRef(place.Mention);
        }

        return KnownRaion(hit)?.ToPlaceRef(place.Mention)
               ?? new PlaceRef(hit.Name + " Raion", PlaceKind.Raion, null, hit.Admin1, hit.Admin1Code, hit.Country, null, null, place.Mention, null, Resolved: false);
    }

    /// <summary>The gazetteer's raion named after <paramref name="centre"/> in its oblast, else null.</summary>
    private GeocodeCandidate? KnownRaion(GeocodeCandidate centre)
    {
        var raionName = centre.Name + " Raion";
        return gazetteer.Geocode(raionName, new GeocodeContext(centre.Admin1Code))
            .FirstOrDefault(r => r.Kind == PlaceKind.Raion && string.Equals(r.Name, raionName, StringComparison.Ordinal));
    }

    /// <summary>
    /// «Обстрел Горловки. В Калининском районе …»: Donetsk and Horlivka both have a Kalininskyi district; the one meant is the
    /// district of a city the report names. Null (any city's district of that name) when it names none of them or several.
    /// </summary>
    private string? NamedCityWithDistrict(List<PlaceMention> places, string adjective, string oblast)
    {
        var cities = places.Where(o => o.Place is { Resolved: true, Kind: PlaceKind.City, District: null } && string.Equals(o.Place.Admin1Code, oblast, StringComparison.Ordinal))
            .Select(static o => o.Place).DistinctBy(static c => c.Name)
            .Where(c => CityDistrict(c, adjective, oblast, c.Name) is not null)
            .Select(static c => c.Name).ToList();
        return cities is [var only] ? only : null;
    }

    /// <summary>"в Индустриальном районе" of a Kharkiv report: the city district of that name in the report's oblast (of
    /// <paramref name="city"/> where given), read from the nominative.</summary>
    private PlaceRef? CityDistrict(PlaceRef place, string adjective, string oblast, string? city = null)
    {
        var lower = adjective.ToLowerInvariant();
        foreach (var ending in (string[])["ому", "ого", "ом", "ій", "ой", "ім", "им", "ий", "ый"])
        {
            if (lower.Length <= ending.Length + 3 || !lower.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            // a stressed Russian ending is -ой: «в Слободском районе» is the Слободской (Slobidskyi) district
            foreach (var nominative in (string[])["ий", "ый", "ой"])
            {
                var name = adjective[..^ending.Length] + nominative;
                var hit = gazetteer.Geocode(name + " район", new GeocodeContext(oblast))
                    .FirstOrDefault(h => h.District is not null && string.Equals(h.Admin1Code, oblast, StringComparison.Ordinal) &&
                                         (city is null || string.Equals(h.Name, city, StringComparison.Ordinal)));
                if (hit is not null)
                {
                    return hit.ToPlaceRef(place.Mention);
                }
            }

            break;
        }

        return null;
    }

    /// <summary>A city or settlement the gazetteer knows by exactly this Cyrillic name (its romanisation is its name), else null.</summary>
    private GeocodeCandidate? Town(string name, string? oblast)
    {
        // many villages are known by their romanised name only (Кочубеївка as Kochubeivka): known either way
        if (!gazetteer.IsKnownName(name) && !(Transliteration.HasCyrillic(name) && gazetteer.IsKnownName(Transliteration.UkrainianToLatin(name))))
        {
            return null;
        }

        // Consonants only: a Russian spelling of a Ukrainian town (Очаков, Ochakiv) meets it, a different town does not.
        var ukrainian = Consonants(LooseKey(Transliteration.UkrainianToLatin(name)));
        var russian = Consonants(LooseKey(Transliteration.RussianToLatin(name)));
        return gazetteer.Geocode(name, oblast is null ? null : new GeocodeContext(oblast)).FirstOrDefault(h => h.Kind is PlaceKind.City or PlaceKind.Settlement &&
            (Consonants(LooseKey(h.Name)) == ukrainian || Consonants(LooseKey(h.Name)) == russian));
    }

    private static string Consonants(string key) => string.Concat(key.Where(static c => c is not ('a' or 'e' or 'i' or 'o' or 'u')));

    /// <summary>A romanisation-insensitive key: Glushkovo and Hlushkovo, Izium and Izyum meet.</summary>
    internal static string LooseKey(string latin)
    {
        var sb = new StringBuilder(latin.Length);
        // "Zaporizhzhia" and "Zaporozhye": a doubled zh is one sound
        foreach (var c in latin.ToLowerInvariant().Replace("zhzh", "zh", StringComparison.Ordinal))
        {
            var d = c switch { 'y' => 'i', 'h' => 'g', 'j' => 'i', _ => c };
            if (char.IsAsciiLetter(d) && (sb.Length == 0 || sb[^1] != d))
            {
                sb.Append(d);
            }
        }

        return sb.ToString();
    }

    /// <summary>A village named in the locative after "у селі"/"в селе": "Одноробівці" → Одноробівка, "Шостаковке" → Шостаковка.</summary>
    internal static string Nominative(string name, bool russian)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }

        if (!russian && name.EndsWith("ці", StringComparison.Ordinal) && name.Length > 5)
        {
            return name[..^2] + "ка";
        }

        // «у Донецькому Миколаївської громади»: a village named by an adjective is mostly neuter (Донецьке, Покровське); Ukrainian
        // «-ому» is an adjective's ending only (Russian «-ском» is also a town's instrumental, «над Бердянском», so not read)
        if (!russian && name.EndsWith("ому", StringComparison.Ordinal) && name.Length > 6)
        {
            return name[..^3] + "е";
        }

        // the locative of a plural name, «у Калениках» (Каленики), in either language
        if (name.EndsWith("ках", StringComparison.Ordinal) && name.Length > 6)
        {
            return name[..^3] + "ки";
        }

        // «в станице Стародеревянковской»: Russian «-ской» is a feminine adjective's oblique case only, a stanitsa's (or a village's)
        // name whose nominative is «-ская»
        if (russian && name.EndsWith("ской", StringComparison.Ordinal) && name.Length > 6)
        {
            return name[..^2] + "ая";
        }

        // the accusative of "на/в Ковшаровку" in either language; the genitive of an «-івка/-овка» («біля Бугаївки», «из Тополевки»;
        // not any «-ки»: «Зідьки» is a plural's nominative)
        if ((name.EndsWith("ку", StringComparison.Ordinal) || name.EndsWith("вки", StringComparison.Ordinal)) && name.Length > 5)
        {
            return name[..^2] + "ка";
        }

        // «жители Кировского», «мешканці Кіровського»: the genitive of a village named by an adjective, mostly neuter
        if (name.EndsWith("ого", StringComparison.Ordinal) && name.Length > 6)
        {
            return name[..^3] + (russian ? "ое" : "е");
        }

        return russian && name.EndsWith("ке", StringComparison.Ordinal) && name.Length > 5 ? name[..^2] + "ка" : name;
    }

    /// <summary>
    /// «по селу Новопавловка», «по Новопавловской громаде» in a Dnipropetrovsk report: the gazetteer's only namesake of the Russian
    /// spelling lay in another oblast (Crimea's Novopavlovka), so the village was left unresolved in the report's oblast under that
    /// namesake's spelling. A Ukrainian «-івка» written «-овка/-евка» is named the Ukrainian way instead (Novopavlivka), as the
    /// gazetteer names its places; other endings keep the namesake's spelling (their Ukrainian form is not regular enough).
    /// </summary>
    private static string? RussianIvka(PlaceMention p)
    {
        var name = NameOnly(p.Place.Mention);
        var words = name.Split(' ');
        if (words.Length == 2 && HromadaWords.Contains(words[1].ToLowerInvariant()) &&
            AdjectiveEndings.FirstOrDefault(e => words[0].EndsWith(e, StringComparison.Ordinal) && words[0].Length > e.Length + 3) is { } ending)
        {
            name = words[0][..^ending.Length] + "ка"; // «Новопавловской громаде»: the hromada of Новопавловка
        }
        else if (words.Length != 1)
        {
            return null;
        }

        name = Nominative(name, russian: true);
        return name.Length > 6 && char.IsUpper(name[0]) && (name.EndsWith("овка", StringComparison.Ordinal) || name.EndsWith("евка", StringComparison.Ordinal))
            ? Transliteration.UkrainianToLatin(UkrainianSpelling(name))
            : null;
    }

    /// <summary>A Ukrainian village written the Russian way, brought to the Ukrainian spelling its romanisation needs: "Ольховка" → "Ольхівка".</summary>
    internal static string UkrainianSpelling(string russian)
    {
        var words = russian.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w].Replace("ы", "и", StringComparison.Ordinal).Replace("Ы", "И", StringComparison.Ordinal)
                .Replace("э", "е", StringComparison.Ordinal).Replace("Э", "Е", StringComparison.Ordinal)
                .Replace("ё", "ьо", StringComparison.Ordinal).Replace("ъ", "'", StringComparison.Ordinal);
            // first names that villages are named after are spelt otherwise in Ukrainian: Татьяновка is Тетянівка
            word = word.Replace("Татьян", "Тетян", StringComparison.Ordinal).Replace("Никола", "Микола", StringComparison.Ordinal);
            // the endings by the gazetteer's correspondences (Курганное → Курганне, Очеретино → Очеретине, Золочев → Золочів),
            // the word's own capitals kept
            if (word.Length > 5 && word.EndsWith("евка", StringComparison.Ordinal) && "аеиоу".Contains(word[^5], StringComparison.Ordinal))
            {
                // after a vowel: Николаевка → Миколаївка, Андреевка → Андріївка
                word = word[..^5] + (word[^5] == 'е' ? "і" : word[^5].ToString()) + "ївка";
            }
            else if (RussianSpelling.UkrainianForms(word.ToLowerInvariant()) is [var form, ..])
            {
                var cased = form.ToCharArray();
                for (var k = 0; k < Math.Min(word.Length, cased.Length); k++)
                {
                    if (char.IsUpper(word[k]))
                    {
                        cased[k] = char.ToUpperInvariant(cased[k]);
                    }
                }

                word = new string(cased);
            }
            else if (word.EndsWith("ее", StringComparison.Ordinal))
            {
                // Верхнее → Верхне (the gazetteer's correspondences leave the soft neuter as it is)
                word = word[..^1];
            }

            words[w] = word;
        }

        return string.Join(' ', words);
    }

    /// <summary>A Russian place by the usual English spelling: BGN-like, with a final -ий/-ый as -y ("Октябрьский" → Oktyabrsky).</summary>
    internal static string RussianPlaceToLatin(string russian)
    {
        var words = russian.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var latin = Transliteration.RussianToLatin(words[w]);
            if (latin.EndsWith("iy", StringComparison.Ordinal) || latin.EndsWith("yy", StringComparison.Ordinal))
            {
                latin = latin[..^2] + "y";
            }

            words[w] = latin;
        }

        return string.Join(' ', words);
    }
}
